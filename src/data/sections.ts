export interface Section {
  id: string;
  depth: 2 | 3;
  /** Heading text without markup. */
  text: string;
  line: number;
}

const HEADING = /<H([23])\s+id="([^"]*)"\s*>([\s\S]*?)<\/H\1>/g;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function lineAt(body: string, index: number): number {
  return body.slice(0, index).split('\n').length;
}

/**
 * The sections of an article, read from its MDX source. Section ids are
 * promises to teachers, so they are written by hand (`<H2 id="computing-power">`),
 * never derived from heading text that changes with each edit and language.
 * Markdown `##` headings, missing, malformed or duplicate ids stop the build.
 */
export function readSections(body: string, file: string): Section[] {
  const markdownHeading = body.match(/^#{2,6} .*/m);
  if (markdownHeading) throw new Error(`${file}:${lineAt(body, markdownHeading.index!)}: write sections as <H2 id="…">…</H2> so the id is explicit, not "${markdownHeading[0]}"`);
  const sections: Section[] = [];
  for (const match of body.matchAll(HEADING)) {
    const [, depth, id, inner] = match;
    const line = lineAt(body, match.index);
    if (!KEBAB.test(id)) throw new Error(`${file}:${line}: section id "${id}" must be ASCII kebab-case`);
    const clash = sections.find((s) => s.id === id);
    if (clash) throw new Error(`${file}:${line}: duplicate section id "${id}" (first used on line ${clash.line})`);
    sections.push({ id, depth: Number(depth) as 2 | 3, text: inner.replace(/<[^>]+>/g, '').trim(), line });
  }
  return sections;
}
