import { axisBottom, axisLeft, curveStepAfter, line, scaleLinear } from 'd3';
import { axisTitle, chartWidth, clearEmptyState, emptyState, frame, layer } from './frame.js';
import { dataTable } from './data-table.js';
import { legend } from './legend.js';

/** One curve of probabilities against x, with optional per-point intervals and labelled marks. */
export interface ProbabilityCurve {
  key: string;
  label: string;
  colour: string;
  points: Array<{ x: number; p: number; lo?: number; hi?: number }>;
  /** Drawn as steps (an empirical distribution) or straight segments with dots (estimates at lengths). */
  steps: boolean;
  marks?: Array<{ x: number; p: number; label: string }>;
}

/** Axes, rules and the data table of a probability chart. */
export interface ProbabilityOptions {
  title: string;
  description: string;
  xLabel: string;
  xDomain: [number, number];
  /** Tick text of an x value (dates for the odds, weeks for a pilot). */
  xFormat: (x: number) => string;
  yLabel: string;
  vRules?: Array<{ x: number; label: string }>;
  hRules?: Array<{ p: number; label: string }>;
  table: { caption: string; header: string[]; rows: string[][] };
  height?: number;
}

/** Draws probability curves (0–100%) with vertical rules (a deadline), horizontal rules (80% power) and marks (50/85/95% dates). */
export function renderProbabilityCurves(element: HTMLElement, curves: readonly ProbabilityCurve[], options: ProbabilityOptions): void {
  if (curves.every((c) => c.points.length === 0)) {
    emptyState(element, 'Nothing to draw: no run gave a value.');
    return;
  }
  clearEmptyState(element);
  const f = frame(element, { width: chartWidth(element), height: options.height ?? 300, margin: { top: 16, right: 24, bottom: 48, left: 56 }, title: options.title, description: options.description });
  const x = scaleLinear().domain(options.xDomain).range([0, f.innerWidth]);
  const y = scaleLinear().domain([0, 1]).range([f.innerHeight, 0]);
  layer(f.plot, 'gridlines').call(axisLeft(y).tickValues([0.25, 0.5, 0.75, 1]).tickSize(-f.innerWidth).tickFormat(() => '')).call((g) => g.select('.domain').remove());
  layer(f.plot, 'axis x-axis').attr('transform', `translate(0,${f.innerHeight})`).call(axisBottom(x).ticks(Math.max(3, Math.floor(f.innerWidth / 110))).tickFormat((d) => options.xFormat(Number(d))));
  layer(f.plot, 'axis y-axis').call(axisLeft(y).tickValues([0, 0.25, 0.5, 0.75, 1]).tickFormat((d) => `${Math.round(Number(d) * 100)}%`));
  axisTitle(f.plot, 'x-title', options.xLabel, { x: f.innerWidth / 2, y: f.innerHeight + 40 });
  axisTitle(f.plot, 'y-title', options.yLabel, { x: -44, y: f.innerHeight / 2, rotate: true });
  const rule = (className: string, data: Array<{ x1: number; x2: number; y1: number; y2: number; label: string; tx: number; ty: number; anchor: string }>) => {
    const g = layer(f.plot, className).selectAll('g').data(data).join((e) => {
      const r = e.append('g');
      r.append('line');
      r.append('text');
      return r;
    });
    g.select('line').attr('x1', (d) => d.x1).attr('x2', (d) => d.x2).attr('y1', (d) => d.y1).attr('y2', (d) => d.y2);
    g.select('text').attr('x', (d) => d.tx).attr('y', (d) => d.ty).attr('text-anchor', (d) => d.anchor).text((d) => d.label);
  };
  rule('v-rules', (options.vRules ?? []).map((r) => ({ x1: x(r.x), x2: x(r.x), y1: 0, y2: f.innerHeight, label: r.label, tx: x(r.x) + 4, ty: 12, anchor: 'start' })));
  rule('h-rules', (options.hRules ?? []).map((r) => ({ x1: 0, x2: f.innerWidth, y1: y(r.p), y2: y(r.p), label: r.label, tx: 4, ty: y(r.p) - 5, anchor: 'start' })));
  const clampX = (v: number) => Math.min(options.xDomain[1], Math.max(options.xDomain[0], v));
  const series = layer(f.plot, 'curves')
    .selectAll<SVGGElement, ProbabilityCurve>('g.curve')
    .data(curves, (c) => c.key)
    .join((e) => {
      const g = e.append('g').attr('class', 'curve');
      g.append('path').attr('class', 'line');
      g.append('g').attr('class', 'intervals');
      g.append('g').attr('class', 'marks');
      return g;
    })
    .attr('data-key', (c) => c.key);
  series.select('path.line').attr('fill', 'none').attr('stroke', (c) => c.colour).attr('stroke-width', 2.25).attr('d', (c) => {
    const path = line<{ x: number; p: number }>().x((p) => x(clampX(p.x))).y((p) => y(p.p));
    if (c.steps) path.curve(curveStepAfter);
    const last = c.points[c.points.length - 1];
    return path(c.steps && last ? [...c.points, { x: options.xDomain[1], p: last.p }] : c.points);
  });
  series.select('g.intervals').selectAll('line').data((c) => c.points.filter((p) => p.lo !== undefined && p.hi !== undefined).map((p) => ({ ...p, colour: c.colour }))).join('line')
    .attr('x1', (p) => x(p.x)).attr('x2', (p) => x(p.x)).attr('y1', (p) => y(p.lo!)).attr('y2', (p) => y(p.hi!)).attr('stroke', (p) => p.colour);
  series.select('g.marks').selectAll('circle').data((c) => [...(c.steps ? [] : c.points.map((p) => ({ ...p, label: '' }))), ...(c.marks ?? [])].map((m) => ({ ...m, colour: c.colour, key: c.label }))).join((e) => {
    const dot = e.append('circle');
    dot.append('title');
    return dot;
  })
    .attr('cx', (m) => x(clampX(m.x))).attr('cy', (m) => y(m.p)).attr('r', (m) => (m.label ? 5 : 3.5)).attr('fill', (m) => (m.label ? '#fff' : m.colour)).attr('stroke', (m) => m.colour).attr('stroke-width', 2)
    .select('title').text((m) => `${m.key}${m.label ? ` ${m.label}` : ''}: ${options.xFormat(m.x)}, ${Math.round(m.p * 100)}%`);
  legend(element, curves.map((c) => ({ colour: c.colour, label: c.label, shape: 'line' as const })));
  dataTable(element, options.table.caption, options.table.header, options.table.rows);
}
