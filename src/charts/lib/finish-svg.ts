import type { ChartText } from './types.ts';

/**
 * Makes Plot's SVG one accessible image: axe rejects the aria-label Plot puts
 * on role-less <g> elements, and a screen reader needs the takeaway, not the
 * marks. Works on any DOM (linkedom at build time, the browser's at run time).
 */
export function finishChartSvg(svg: Element, text: ChartText, id: string): Element {
  const doc = svg.ownerDocument;
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  moveFontVariant(svg);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-svg-title`);
  svg.setAttribute('aria-describedby', `${id}-svg-desc`);
  svg.removeAttribute('aria-label');
  svg.removeAttribute('aria-description');
  const title = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', `${id}-svg-title`);
  title.textContent = text.title;
  const desc = doc.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.setAttribute('id', `${id}-svg-desc`);
  desc.textContent = text.alt;
  svg.prepend(title, desc);
  svg.setAttribute('class', `${svg.getAttribute('class') ?? ''} chart-svg`.trim());
  return svg;
}

/**
 * Plot writes font-variant="tabular-nums" on axis groups, but SVG's font-variant attribute does
 * not take that value (the HTML validator rejects it). The CSS property font-variant-numeric does.
 */
function moveFontVariant(svg: Element): void {
  for (const el of svg.querySelectorAll('[font-variant]')) {
    const value = el.getAttribute('font-variant');
    el.removeAttribute('font-variant');
    const style = el.getAttribute('style');
    el.setAttribute('style', `${style ? `${style.replace(/;?\s*$/, '')}; ` : ''}font-variant-numeric: ${value}`);
  }
}
