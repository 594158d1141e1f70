import type { APIRoute } from 'astro';
import { buildDataPackage } from '../../data/datapackage.ts';
import { langHref, routes } from '../../i18n/routes.ts';

/** A Frictionless Data Package for every CSV here: frictionless, pandas, R and Open Data tools load it in one call. */
export const GET: APIRoute = ({ site }) => {
  const abs = (path: string) => new URL(path, site).href;
  const descriptor = buildDataPackage({
    // The CSVs sit beside this file: /data/<id>.csv.
    pathOf: (ds) => `${ds.meta.id}.csv`,
    reportUrl: (report) => abs(routes.report('en', report)),
    homepage: abs(langHref('en', 'data/')),
  });
  return new Response(JSON.stringify(descriptor, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
