/**
 * <chart-figure> holds a chart's static SVG and its data. When it comes near
 * the viewport it loads Plot and the chart's spec (split into their own
 * chunks) and swaps in the interactive chart, so an article ships no chart
 * code until a chart is about to be seen.
 */
class ChartFigure extends HTMLElement {
  connectedCallback(): void {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        void import('./hydrate-chart.ts').then(({ hydrateChart }) => hydrateChart(this));
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(this);
  }
}

if (!customElements.get('chart-figure')) customElements.define('chart-figure', ChartFigure);
