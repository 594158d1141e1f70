/**
 * In-page checks for chart layout, run with page.evaluate (so everything a
 * probe needs is defined inside it). Each returns problems as one line each,
 * naming the chart, so one page load checks every chart on the page.
 */

/**
 * Text inside the SVG's box, no two labels overlapping, label contrast against what is painted behind.
 * `geometry` false checks contrast only (for the second colour scheme: the layout is the same).
 */
export function probeChartText([selector, geometry]: [string, boolean]): string[] {
  const problems: string[] = [];
  const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
  const lum = ([r, g, b]: number[]) => {
    const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a: number[], b: number[]) => {
    const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const blend = (fg: number[], alpha: number, bg: number[]) => fg.slice(0, 3).map((v, i) => v * alpha + bg[i] * (1 - alpha));
  const pageBg = (el: Element): number[] => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  for (const svg of document.querySelectorAll<SVGSVGElement>(selector)) {
    if (!visible(svg)) continue;
    const id = svg.closest('figure')?.id ?? '?';
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter(
      (t) => !t.closest('[data-plot-tip], g[aria-label="tip"]') && visible(t) && t.textContent!.trim(),
    );
    // Filled shapes with their paint, read once per SVG (not once per label).
    const shapes = [...svg.querySelectorAll<SVGGeometryElement>('rect, path, circle, polygon, line')]
      .filter((s) => !s.closest('[data-plot-tip], g[aria-label="tip"]'))
      .map((s) => ({ s, style: getComputedStyle(s), m: s.getScreenCTM() }))
      .filter(({ style, m }) => m && style.fill !== 'none' && style.fill.startsWith('rgb') && style.display !== 'none')
      .map(({ s, style, m }) => ({ s, inverse: m!.inverse(), fill: rgb(style.fill), alpha: Number(style.fillOpacity) * Number(style.opacity) }));
    const rects = texts.map((t) => t.getBoundingClientRect());
    // A label of several lines is compared line by line: its whole box also covers the empty
    // space beside its shorter lines, where a neighbour's line may sit without touching it.
    const lineRects = texts.map((t) => {
      if (!geometry) return [];
      const lines = [...t.querySelectorAll('tspan')].map((s) => s.getBoundingClientRect()).filter((r) => r.width > 0);
      return lines.length ? lines : [t.getBoundingClientRect()];
    });
    texts.forEach((t, i) => {
      const r = rects[i];
      const name = `${id}: "${t.textContent!.trim().slice(0, 30)}"`;
      if (geometry && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1))
        problems.push(`${name} outside the SVG (${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)})`);
      for (let j = i + 1; geometry && j < texts.length; j++) {
        let worst: [number, number] | null = null;
        for (const a of lineRects[i])
          for (const o of lineRects[j]) {
            const w = Math.min(a.right, o.right) - Math.max(a.left, o.left);
            // Glyph boxes include the font's line gap: count vertical overlap beyond 20 % of the smaller box.
            const h = Math.min(a.bottom, o.bottom) - Math.max(a.top, o.top) - 0.2 * Math.min(a.height, o.height);
            if (w > 1 && h > 1 && (!worst || w * h > worst[0] * worst[1])) worst = [w, h];
          }
        if (worst) problems.push(`${name} overlaps "${texts[j].textContent!.trim().slice(0, 30)}" by ${Math.round(worst[0])}×${Math.round(worst[1])} px`);
      }
      // What is painted behind the middle of the label: the last shape before it (in paint order) whose fill holds that point.
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      let bg = pageBg(svg);
      for (const { s, inverse, fill, alpha } of shapes) {
        if (!(s.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
        if (!s.isPointInFill(new DOMPoint(cx, cy).matrixTransform(inverse))) continue;
        bg = blend(fill, alpha * (fill[3] ?? 1), bg);
      }
      const style = getComputedStyle(t);
      const fg = rgb(style.fill);
      const size = parseFloat(style.fontSize) * (box.width / (svg.viewBox.baseVal?.width || box.width));
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const min = large ? 3 : 4.5;
      const c = ratio(blend(fg, (fg[3] ?? 1) * Number(style.fillOpacity), bg), bg);
      if (c < min) problems.push(`${name} contrast ${c.toFixed(2)}:1 (needs ${min})`);
    });
  }
  return problems;
}

/** Opens every tip of every live chart with the keyboard (as chart-access does) and checks it lies inside the chart and the viewport. */
export async function probeChartTips(): Promise<string[]> {
  const problems: string[] = [];
  // Plot draws a tip at once and places it in a microtask (and keep-tips-inside.ts shifts it in
  // another), so a macrotask later it is in place; a faceted chart draws it in the next frame.
  const tick = () => new Promise((r) => setTimeout(r, 0));
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const tipOf = (live: Element) => [...live.querySelectorAll('[data-plot-tip], g[aria-label="tip"]')].find((g) => g.querySelector('text'));
  const press = (el: Element, key: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  for (const live of document.querySelectorAll<HTMLElement>('.chart-live[tabindex="0"]')) {
    const id = live.closest('figure')?.id ?? '?';
    const container = live.closest('chart-figure')!.getBoundingClientRect();
    const announcer = live.parentElement!.querySelector('.chart-announcer');
    // A widget role (not a bare group), so browse-mode screen readers hand it the arrow keys; named and described.
    const described = document.getElementById(live.getAttribute('aria-describedby') ?? '')?.textContent;
    if (live.getAttribute('role') !== 'application' || !live.getAttribute('aria-labelledby') || !described)
      problems.push(`${id}: the live chart is role="${live.getAttribute('role')}" without a widget role, a name and key instructions`);
    live.focus({ preventScroll: true });
    let last = '';
    for (let stop = 0; stop < 120; stop++) {
      press(live, stop === 0 ? 'Home' : 'ArrowRight');
      await tick();
      let said = tipOf(live)?.textContent ?? '';
      // No tip yet, or the same as before: a faceted chart (Plot draws its tip in the next frame),
      // or the last stop. One frame tells.
      if (!tipOf(live) || (stop > 0 && said === last)) {
        await frame();
        said = tipOf(live)?.textContent ?? '';
        if (stop > 0 && said === last) break;
      }
      last = said;
      const tip = tipOf(live);
      if (!tip) {
        problems.push(`${id}: stop ${stop} opens no tip`);
        continue;
      }
      const r = tip.getBoundingClientRect();
      const where = `${id}: tip ${stop} ("${said.replace(/\u200b/g, '').slice(0, 24)}") at ${Math.round(r.left - container.left)},${Math.round(r.top - container.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;
      if (r.left < container.left - 1 || r.right > container.right + 1 || r.top < container.top - 1 || r.bottom > container.bottom + 1)
        problems.push(`${where} leaves the chart (${Math.round(container.width)}×${Math.round(container.height)})`);
      if (r.left < -1 || r.right > innerWidth + 1) problems.push(`${where} leaves the viewport`);
    }
    // The polite live region reads the tip (written in the frame after the move).
    await frame();
    if (!announcer?.textContent?.trim()) problems.push(`${id}: the live region announces nothing for its tips`);
    press(live, 'Escape');
    live.blur();
  }
  return problems;
}
