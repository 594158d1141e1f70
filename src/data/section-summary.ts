/** Components whose rendered text belongs in a paragraph; any other component starts a block we skip. */
const INLINE = new Set(['Value', 'Term', 'em', 'strong', 'a', 'abbr', 'code', 'span', 'sup', 'sub']);

/** `<Value of="x" where="a=b" />` → { of: 'x', where: 'a=b' } */
export function readAttributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** The MDX of a section: an H2 runs to the next H2 (its H3s included, since an H2 may open with a list), an H3 to the next heading. */
function sectionBody(body: string, id: string): string {
  const start = body.search(new RegExp(`<H[23]\\s+id="${id}"\\s*>`));
  if (start < 0) return '';
  const level = body[start + 2];
  const afterHeading = body.slice(start).replace(/^<H([23])[\s\S]*?<\/H\1>/, '');
  const next = afterHeading.search(level === '2' ? /<H2\s/ : /<H[23]\s/);
  return next < 0 ? afterHeading : afterHeading.slice(0, next);
}

function isProse(block: string): boolean {
  const tag = block.match(/^<\/?([A-Za-z][\w.]*)/);
  if (block.startsWith('{') || /^(import|export)\s/.test(block)) return false;
  return !tag || INLINE.has(tag[1]);
}

/** MDX paragraph → plain text, with each `<Value>` replaced by what it renders. */
function plainText(block: string, value: (attrs: Record<string, string>) => string): string {
  return block
    .replace(/<Value\b[^>]*\/>/g, (tag) => value(readAttributes(tag)))
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:[\s\S]*?\S)?)\1/g, '$2')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Straight quotes as MDX prints them in the article (its typographer turns ' and "…" into ’ and “…”). */
export function curlQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '“$1”').replace(/'/g, '’');
}

/** Cuts at the last sentence end that fits, else at a word (English) or character (Chinese), and marks the cut. */
export function trimText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentence = Math.max(...['。', '！', '？', '. ', '! ', '? '].map((end) => head.lastIndexOf(end)));
  if (sentence > max / 2) return head.slice(0, sentence + 1).trim();
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head.slice(0, max - 1)).trim()}…`;
}

/**
 * The first paragraph of a section as plain text, at most `max` characters:
 * the description a link preview shows for the section. Empty when the
 * section has no prose (only charts, say).
 */
export function sectionSummary(body: string, id: string, value: (attrs: Record<string, string>) => string, max = 160): string {
  const blocks = sectionBody(body, id)
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const first = blocks.find(isProse);
  return first ? trimText(curlQuotes(plainText(first, value)), max) : '';
}
