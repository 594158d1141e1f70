import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * /embed.js: one small self-hosted file, so a host with a strict
 * Content-Security-Policy can allow it by URL. Written in TypeScript
 * (src/client/embed-host.ts) and transpiled here at build time.
 */
export const GET: APIRoute = () => {
  const source = readFileSync('src/client/embed-host.ts', 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.None, removeComments: false } });
  return new Response(outputText.replace(/^export \{\};\s*$/m, ''), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
