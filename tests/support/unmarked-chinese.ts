import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const SKIP = new Set(['script', 'style', 'noscript', 'template']);

/** The language an element declares, or inherits from its nearest ancestor with lang. */
function langOf(node: AnyNode | null): string {
  for (let el = node; el; el = el.parent as AnyNode | null) {
    const lang = (el as Element).attribs?.lang;
    if (lang !== undefined) return lang;
  }
  return '';
}

/**
 * Text nodes with Chinese characters whose language is not declared Chinese (WCAG 3.1.2:
 * a passage in another language than the page's is marked with lang).
 */
export function unmarkedChinese($: CheerioAPI, root: AnyNode = $.root()[0]): string[] {
  const found: string[] = [];
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      const text = (node as unknown as { data: string }).data;
      if (HAN.test(text) && !langOf(node.parent as AnyNode).startsWith('zh')) found.push(text.trim().slice(0, 60));
      return;
    }
    const el = node as Element;
    if (el.name && SKIP.has(el.name)) return;
    for (const child of el.children ?? []) walk(child as AnyNode);
  };
  walk(root);
  return found;
}
