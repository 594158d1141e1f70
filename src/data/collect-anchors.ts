import { load } from 'cheerio';

/** Attributes through which one element names another; ids used only this way are plumbing, not places to link to. */
const REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'];

/**
 * The ids a reader can link to on a built article page: every id in the
 * article, except ids inside a chart figure or an SVG (the figure's own id is
 * the anchor) and ids that exist only to label or describe another element.
 * Kinds of anchor are not listed by hand, so sections, charts and any
 * enumerated item an article renders with an id are all covered.
 */
export function collectAnchors(html: string): Set<string> {
  const $ = load(html);
  const referenced = new Set(REFERENCES.flatMap((attr) => $(`[${attr}]`).map((_, el) => ($(el).attr(attr) ?? '').split(/\s+/)).get() as string[]));
  const ids = $('main article [id]')
    .filter((_, el) => $(el).parents('svg, figure.chart').length === 0 && !$(el).is('svg'))
    .map((_, el) => $(el).attr('id'))
    .get() as string[];
  return new Set(ids.filter((id) => !referenced.has(id)));
}
