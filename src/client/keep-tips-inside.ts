/**
 * Plot places a tip beside its point on the side that has room, and when no side has room
 * (a tall tip in a short chart, a wide one on a point mid-chart) falls back to above the
 * point, past the chart's top edge, where the text above the chart covers it. This watches a
 * live chart's SVG and, once Plot has placed a tip (it shows the tip by clearing its
 * `visibility`), shifts the tip just enough to lie inside the SVG's box. The tip then may
 * cover its own mark; the emphasis ring still shows which one it describes.
 */
const TIP = ':is([data-plot-tip], g[aria-label="tip"]) > g';

/** How far to move an interval [lo, hi] so it lies in [0, size] (start wins when it cannot). */
export function shiftInside(lo: number, hi: number, size: number): number {
  if (lo < 0) return -lo;
  if (hi > size) return Math.max(size - hi, -lo);
  return 0;
}

function fit(svg: SVGSVGElement, tip: SVGGElement): void {
  const frame = svg.getBoundingClientRect();
  const r = tip.getBoundingClientRect();
  if (!frame.width || !r.width) return;
  // Screen px to the SVG's user units (the live chart is drawn at its width, so usually 1).
  const scale = (svg.viewBox.baseVal?.width || frame.width) / frame.width;
  const dx = shiftInside(r.left - frame.left, r.right - frame.left, frame.width) * scale;
  const dy = shiftInside(r.top - frame.top, r.bottom - frame.top, frame.height) * scale;
  if (!dx && !dy) return;
  const [, tx = '0', ty = '0'] = tip.getAttribute('transform')?.match(/translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)/) ?? [];
  tip.setAttribute('transform', `translate(${Number(tx) + dx},${Number(ty) + dy})`);
}

/** Keeps every tip Plot draws in `svg` inside it, from now on. */
export function keepTipsInside(svg: SVGSVGElement): void {
  new MutationObserver(() => {
    for (const tip of svg.querySelectorAll<SVGGElement>(TIP)) if (!tip.closest('[visibility="hidden"]')) fit(svg, tip);
  }).observe(svg, { subtree: true, childList: true, attributes: true, attributeFilter: ['visibility'] });
}
