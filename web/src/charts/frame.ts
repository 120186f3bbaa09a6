import { select, type ScaleBand, type Selection } from 'd3';

/** Space around the plotting area. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** An svg joined into an element (once), sized, with an accessible title and description. */
export interface Frame {
  svg: Selection<SVGSVGElement, null, null, undefined>;
  plot: Selection<SVGGElement, null, null, undefined>;
  width: number;
  height: number;
  innerWidth: number;
  innerHeight: number;
}

/** The width a chart should take in `element` (its box, within sensible bounds). */
export function chartWidth(element: HTMLElement, fallback = 640): number {
  const w = element.clientWidth;
  return Math.max(300, Math.min(1600, w > 0 ? w : fallback));
}

/**
 * Joins the chart's svg into `element` with d3's data([null]).join idiom, so calling a renderer
 * again on the same element updates it instead of stacking a second chart.
 */
export function frame(element: HTMLElement, options: { width: number; height: number; margin: Margin; title: string; description: string }): Frame {
  const { width, height, margin } = options;
  const root = select<HTMLElement, null>(element as HTMLElement & { __data__?: null });
  const svg = root
    .selectAll<SVGSVGElement, null>('svg.chart')
    .data([null])
    .join('svg')
    .attr('class', 'chart')
    .attr('role', 'img')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`) as unknown as Frame['svg'];
  svg.selectAll('title').data([options.title]).join('title').text((d) => d);
  svg.selectAll('desc').data([options.description]).join('desc').text((d) => d);
  svg.attr('aria-label', `${options.title}. ${options.description}`);
  const plot = svg
    .selectAll<SVGGElement, null>('g.plot')
    .data([null])
    .join('g')
    .attr('class', 'plot')
    .attr('transform', `translate(${margin.left},${margin.top})`) as unknown as Frame['plot'];
  return { svg, plot, width, height, innerWidth: Math.max(10, width - margin.left - margin.right), innerHeight: Math.max(10, height - margin.top - margin.bottom) };
}

/** A `g` with a class inside `parent`, created once. */
export function layer<P extends Element>(parent: Selection<P, null, null, undefined>, className: string): Selection<SVGGElement, null, null, undefined> {
  return parent
    .selectAll<SVGGElement, null>(`g.${className.split(' ').join('.')}`)
    .data([null])
    .join('g')
    .attr('class', className) as unknown as Selection<SVGGElement, null, null, undefined>;
}

/**
 * One row per model in a horizontal bar chart: a group placed on the band scale, its model's name
 * as the row label, and whatever marks `build` appends to a new row (in that order, so CSS and
 * tests find them the same way in every chart).
 */
export function modelRows<D extends { model: string }>(
  plot: Selection<SVGGElement, null, null, undefined>,
  data: readonly D[],
  y: ScaleBand<string>,
  build: (row: Selection<SVGGElement, D, SVGGElement, null>) => void,
): Selection<SVGGElement, D, SVGGElement, null> {
  const rows = layer(plot, 'rows')
    .selectAll<SVGGElement, D>('g.row')
    .data(data, (d) => d.model)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'row');
      g.append('text').attr('class', 'row-label');
      build(g);
      return g;
    })
    .attr('transform', (d) => `translate(0,${y(d.model)})`);
  rows.select('text.row-label').attr('x', -8).attr('y', y.bandwidth() / 2).attr('dy', '0.35em').attr('text-anchor', 'end').text((d) => d.model);
  return rows;
}

/** An axis title (text only). */
export function axisTitle(
  parent: Selection<SVGGElement, null, null, undefined>,
  className: string,
  text: string,
  position: { x: number; y: number; rotate?: boolean; anchor?: string },
): void {
  parent
    .selectAll<SVGTextElement, string>(`text.${className}`)
    .data([text])
    .join('text')
    .attr('class', `axis-title ${className}`)
    .attr('text-anchor', position.anchor ?? 'middle')
    .attr('transform', position.rotate ? `translate(${position.x},${position.y}) rotate(-90)` : `translate(${position.x},${position.y})`)
    .text((d) => d);
}

/** Removes everything a renderer drew in `element` and shows a message instead (text only). */
export function emptyState(element: HTMLElement, message: string): void {
  const root = select(element);
  root.selectAll('svg.chart, div.legend, div.sr-only, div.chart-tools, div.tooltip').remove();
  root.selectAll('p.chart-empty').data([message]).join('p').attr('class', 'chart-empty').text((d) => d);
}

/** Clears an empty-state message left by an earlier render. */
export function clearEmptyState(element: HTMLElement): void {
  select(element).selectAll('p.chart-empty').remove();
}
