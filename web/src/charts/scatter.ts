import { axisBottom, axisLeft, extent, line, scaleLinear } from 'd3';
import { formatNumber } from '../transforms/format.js';
import { axisTitle, chartWidth, clearEmptyState, emptyState, frame, layer } from './frame.js';
import { dataTable } from './data-table.js';
import { legend } from './legend.js';

/** One point of a scatter: where it sits, its intervals, its class (colour), and whether it is the one to mark. */
export interface ScatterPoint {
  key: string;
  label: string;
  x: number;
  y: number;
  xInterval?: [number, number] | null;
  yInterval?: [number, number] | null;
  group: string;
  marked?: boolean;
  /** A label written beside the point (the chosen setting, the leading assumptions). */
  note?: string;
}

/** What a scatter draws besides its points. */
export interface ScatterOptions {
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  /** Colour of each group, in legend order. */
  groups: Array<{ group: string; colour: string; label: string }>;
  /** A line through these points, in order (a Pareto front). */
  path?: Array<{ x: number; y: number }>;
  pathLabel?: string;
  /** A horizontal line (a target) with its label. */
  hLine?: { y: number; label: string } | null;
  /** Label of the marked point ("chosen"). */
  markLabel?: string;
  height?: number;
  /** The data table's columns beyond label, x and y. */
  table: { caption: string; header: string[]; rows: string[][] };
}

/** Draws points with their intervals (whiskers), an optional front line, a target line and one marked point. */
export function renderScatter(element: HTMLElement, points: readonly ScatterPoint[], options: ScatterOptions): void {
  if (points.length === 0) {
    emptyState(element, 'No point to draw: nothing in this document has both a value and a cost.');
    return;
  }
  clearEmptyState(element);
  const f = frame(element, { width: chartWidth(element), height: options.height ?? 320, margin: { top: 16, right: 24, bottom: 48, left: 64 }, title: options.title, description: options.description });
  const xs = points.flatMap((p) => [p.x, ...(p.xInterval ?? [])]);
  const ys = points.flatMap((p) => [p.y, ...(p.yInterval ?? [])]).concat(options.hLine ? [options.hLine.y] : []);
  const pad = ([lo, hi]: [number, number]) => (hi > lo ? [lo - (hi - lo) * 0.06, hi + (hi - lo) * 0.06] : [lo - 1, hi + 1]);
  const x = scaleLinear().domain(pad(extent(xs) as [number, number])).range([0, f.innerWidth]).nice();
  const y = scaleLinear().domain(pad(extent(ys) as [number, number])).range([f.innerHeight, 0]).nice();
  layer(f.plot, 'gridlines').call(axisLeft(y).ticks(5).tickSize(-f.innerWidth).tickFormat(() => '')).call((g) => g.select('.domain').remove());
  layer(f.plot, 'axis x-axis').attr('transform', `translate(0,${f.innerHeight})`).call(axisBottom(x).ticks(Math.max(3, Math.floor(f.innerWidth / 90)), '~s'));
  layer(f.plot, 'axis y-axis').call(axisLeft(y).ticks(5, '~s'));
  axisTitle(f.plot, 'x-title', options.xLabel, { x: f.innerWidth / 2, y: f.innerHeight + 40 });
  axisTitle(f.plot, 'y-title', options.yLabel, { x: -50, y: f.innerHeight / 2, rotate: true });
  const target = layer(f.plot, 'target-line').selectAll('g').data(options.hLine ? [options.hLine] : []).join((e) => {
    const g = e.append('g');
    g.append('line');
    g.append('text');
    return g;
  });
  target.select('line').attr('x1', 0).attr('x2', f.innerWidth).attr('y1', (d) => y(d.y)).attr('y2', (d) => y(d.y));
  target.select('text').attr('x', f.innerWidth - 4).attr('y', (d) => y(d.y) - 5).attr('text-anchor', 'end').text((d) => d.label);
  const path = line<{ x: number; y: number }>().x((p) => x(p.x)).y((p) => y(p.y));
  layer(f.plot, 'front').selectAll('path').data(options.path && options.path.length > 1 ? [options.path] : []).join('path').attr('fill', 'none').attr('d', (d) => path(d));
  const colour = new Map(options.groups.map((g) => [g.group, g.colour]));
  const marks = layer(f.plot, 'points')
    .selectAll<SVGGElement, ScatterPoint>('g.point')
    .data(points, (d) => d.key)
    .join((e) => {
      const g = e.append('g').attr('class', 'point');
      g.append('line').attr('class', 'whisker y');
      g.append('line').attr('class', 'whisker x');
      g.append('circle').attr('class', 'dot');
      g.append('circle').attr('class', 'ring');
      g.append('text').attr('class', 'mark-label');
      g.append('title');
      return g;
    })
    .attr('data-group', (d) => d.group)
    .classed('marked', (d) => Boolean(d.marked));
  marks.select('line.whisker.y').attr('x1', (d) => x(d.x)).attr('x2', (d) => x(d.x)).attr('y1', (d) => y(d.yInterval?.[0] ?? d.y)).attr('y2', (d) => y(d.yInterval?.[1] ?? d.y)).attr('stroke', (d) => colour.get(d.group) ?? '#000');
  marks.select('line.whisker.x').attr('y1', (d) => y(d.y)).attr('y2', (d) => y(d.y)).attr('x1', (d) => x(d.xInterval?.[0] ?? d.x)).attr('x2', (d) => x(d.xInterval?.[1] ?? d.x)).attr('stroke', (d) => colour.get(d.group) ?? '#000');
  marks.select('circle.dot').attr('cx', (d) => x(d.x)).attr('cy', (d) => y(d.y)).attr('r', 5).attr('fill', (d) => colour.get(d.group) ?? '#000');
  marks.select('circle.ring').attr('cx', (d) => x(d.x)).attr('cy', (d) => y(d.y)).attr('r', 10).attr('fill', 'none').attr('visibility', (d) => (d.marked ? 'visible' : 'hidden'));
  marks.select('text.mark-label').attr('x', (d) => x(d.x) + 13).attr('y', (d) => y(d.y) - 10).text((d) => d.note ?? (d.marked ? (options.markLabel ?? '') : ''));
  marks.select('title').text((d) => `${d.label}: ${options.xLabel} ${formatNumber(d.x)}, ${options.yLabel} ${formatNumber(d.y)}`);
  legend(element, [
    ...options.groups.filter((g) => points.some((p) => p.group === g.group)).map((g) => ({ colour: g.colour, label: g.label })),
    ...(options.path && options.path.length > 1 ? [{ colour: '#444', label: options.pathLabel ?? 'front', shape: 'line' as const }] : []),
  ]);
  dataTable(element, options.table.caption, options.table.header, options.table.rows);
}
