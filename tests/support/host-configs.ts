// Small readers for the three host configurations the build writes, each answering "which
// headers does this host send for this path", the way that host chooses (tests/unit/host-configs.test.ts).

/** A `_headers` block: a URL pattern and its headers, in file order. */
export interface HeadersBlock {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeadersBlock[] {
  const blocks: HeadersBlock[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) blocks.push({ pattern: line.trim(), headers: [] });
    else {
      const [, name, value] = line.match(/^\s+([^:\s]+):\s*(.*)$/) ?? [];
      if (!name || !blocks.length) throw new Error(`not a header line: ${line}`);
      blocks.at(-1)!.headers.push([name, value]);
    }
  }
  return blocks;
}

/** A `*` (Netlify's and Cloudflare's splat, Caddy's path glob) matches anything, "/" and nothing included. */
export function globMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** Every header a `_headers` file sends for a path, as [name, value] pairs: both hosts apply every matching block. */
export function headersFileAt(blocks: HeadersBlock[], path: string): [string, string][] {
  return blocks.filter((b) => globMatches(b.pattern, path)).flatMap((b) => b.headers);
}

/** One directive of an nginx config or a Caddyfile, with its block if it opens one. */
export interface Directive {
  words: string[];
  block?: Directive[];
}

/**
 * Reads nginx (`;` ends a directive) or Caddyfile (a line ends it) syntax into a tree; throws on
 * an unclosed quote or an unbalanced brace, which both servers refuse.
 */
export function parseBlocks(text: string, dialect: 'nginx' | 'caddy'): Directive[] {
  const tokens = text.match(/"(?:[^"\\]|\\.)*"|[{};]|#[^\n]*|\n|[^\s{};"]+|"/g) ?? [];
  const stack: Directive[][] = [[]];
  let words: string[] = [];
  const end = () => {
    if (words.length) stack.at(-1)!.push({ words });
    words = [];
  };
  for (const token of tokens) {
    if (token.startsWith('#')) continue;
    if (token === '"') throw new Error('unclosed quote');
    if (token === '{') {
      const directive: Directive = { words, block: [] };
      stack.at(-1)!.push(directive);
      stack.push(directive.block!);
      words = [];
    } else if (token === '}') {
      if (words.length && dialect === 'nginx') throw new Error(`missing ";" after ${words.join(' ')}`);
      end();
      if (stack.length === 1) throw new Error('unbalanced "}"');
      stack.pop();
    } else if (token === ';' && dialect === 'nginx') end();
    else if (token === '\n') {
      if (dialect === 'caddy') end();
    } else words.push(token.startsWith('"') ? token.slice(1, -1) : token);
  }
  if (stack.length !== 1 || words.length) throw new Error('unclosed block or directive at the end');
  return stack[0];
}

export const find = (block: Directive[] | undefined, name: string) => (block ?? []).filter((d) => d.words[0] === name);

/** The location nginx picks for a path: an exact `=` match, else the longest prefix (there are no regex locations). */
export function nginxLocationFor(server: Directive[], path: string): Directive | undefined {
  const locations = find(server, 'location');
  const exact = locations.find((l) => l.words[1] === '=' && l.words[2] === path);
  if (exact) return exact;
  const prefixOf = (l: Directive) => (l.words[1] === '^~' ? l.words[2] : l.words[1]);
  return locations.filter((l) => l.words[1] !== '=' && path.startsWith(prefixOf(l))).sort((a, b) => prefixOf(b).length - prefixOf(a).length)[0];
}
