import { axisBottom, axisLeft, curveStepAfter, line, scaleLinear, scaleLog } from 'd3';
import { curvesMaxHours, type CycleTimeCurve } from '../transforms/cycle-time.js';
import { formatHours } from '../transforms/format.js';
import { axisTitle, chartWidth, clearEmptyState, emptyState, frame, layer } from './frame.js';
import { legend } from './legend.js';
import { dataTable } from './data-table.js';
import { modelColour } from './palette.js';

/** Options of the cycle-time ECDF. */
export interface EcdfOptions {
  height?: number;
  /** A log time axis shows short and long tails together. */
  logScale?: boolean;
  /** The chart's accessible title and description (default: by model). */
  title?: string;
  description?: string;
}

/** Draws each model's cycle-time distribution as a step ECDF with p50 and p90 marked. */
export function renderCycleTimeEcdf(element: HTMLElement, curves: readonly CycleTimeCurve[], options: EcdfOptions = {}): void {
  const drawn = curves.filter((c) => c.points.length > 0);
  if (drawn.length === 0) {
    emptyState(element, 'No asset was approved in the measurement window, so there is no cycle-time distribution.');
    return;
  }
  clearEmptyState(element);
  const width = chartWidth(element);
  const margin = { top: 14, right: 20, bottom: 46, left: 54 };
  const f = frame(element, {
    width,
    height: options.height ?? 300,
    margin,
    title: options.title ?? 'Cycle time distribution by model',
    description: options.description ?? `Share of assets approved within a given number of hours, for ${drawn.map((c) => c.model).join(', ')}; p50 and p90 marked.`,
  });
  const maxHours = curvesMaxHours(drawn) * 1.04;
  const minHours = Math.max(0.1, Math.min(...drawn.map((c) => c.points[0].hours)));
  const x = options.logScale ? scaleLog().domain([minHours, maxHours]).range([0, f.innerWidth]).clamp(true) : scaleLinear().domain([0, maxHours]).range([0, f.innerWidth]).nice();
  const y = scaleLinear().domain([0, 1]).range([f.innerHeight, 0]);

  layer(f.plot, 'gridlines')
    .call(axisLeft(y).tickValues([0.25, 0.5, 0.75, 0.9, 1]).tickSize(-f.innerWidth).tickFormat(() => ''))
    .call((g) => g.select('.domain').remove());
  layer(f.plot, 'axis x-axis')
    .attr('transform', `translate(0,${f.innerHeight})`)
    .call(axisBottom(x).ticks(Math.max(3, Math.floor(f.innerWidth / 80)), options.logScale ? '~g' : undefined));
  layer(f.plot, 'axis y-axis').call(axisLeft(y).tickValues([0, 0.25, 0.5, 0.75, 0.9, 1]).tickFormat((d) => `${Math.round(Number(d) * 100)}%`));
  axisTitle(f.plot, 'x-title', `cycle time, hours (first submission → approval)${options.logScale ? ', log scale' : ''}`, { x: f.innerWidth / 2, y: f.innerHeight + 38 });
  axisTitle(f.plot, 'y-title', 'assets approved within', { x: -42, y: f.innerHeight / 2, rotate: true });

  const guides = layer(f.plot, 'guides')
    .selectAll('g.guide')
    .data([
      { share: 0.5, label: 'p50' },
      { share: 0.9, label: 'p90' },
    ])
    .join((enter) => {
      const g = enter.append('g').attr('class', 'guide');
      g.append('line');
      g.append('text');
      return g;
    });
  guides.select('line').attr('x1', 0).attr('x2', f.innerWidth).attr('y1', (d) => y(d.share)).attr('y2', (d) => y(d.share));
  guides
    .select('text')
    .attr('x', f.innerWidth - 4)
    .attr('y', (d) => y(d.share) - 4)
    .attr('text-anchor', 'end')
    .text((d) => d.label);

  const path = line<{ hours: number; share: number }>()
    .x((p) => x(Math.max(p.hours, options.logScale ? minHours : 0)))
    .y((p) => y(p.share))
    .curve(curveStepAfter);
  layer(f.plot, 'curves')
    .selectAll('path.curve')
    .data(drawn, (d) => (d as CycleTimeCurve).model)
    .join('path')
    .attr('class', 'curve')
    .attr('fill', 'none')
    .attr('stroke', (d) => modelColour(d.model))
    .attr('stroke-width', 2.25)
    .attr('d', (d) => path([{ hours: options.logScale ? minHours : 0, share: 0 }, ...d.points]));

  const markers = drawn.flatMap((c) => [
    { model: c.model, label: 'p50', hours: c.p50, share: 0.5 },
    { model: c.model, label: 'p90', hours: c.p90, share: 0.9 },
  ]).filter((m): m is { model: string; label: string; hours: number; share: number } => m.hours !== null);
  layer(f.plot, 'markers')
    .selectAll('circle.marker')
    .data(markers, (d) => `${(d as { model: string }).model}-${(d as { label: string }).label}`)
    .join((enter) => {
      const c = enter.append('circle').attr('class', 'marker');
      c.append('title');
      return c;
    })
    .attr('r', 4.5)
    .attr('cx', (d) => x(Math.max(d.hours, options.logScale ? minHours : 0)))
    .attr('cy', (d) => y(d.share))
    .attr('fill', '#fff')
    .attr('stroke', (d) => modelColour(d.model))
    .attr('stroke-width', 2)
    .select('title')
    .text((d) => `${d.model} ${d.label}: ${formatHours(d.hours)}`);

  legend(
    element,
    curves.map((c) => ({
      colour: modelColour(c.model),
      label: c.model,
      note: c.points.length > 0 ? `p50 ${formatHours(c.p50)} · p90 ${formatHours(c.p90)}` : 'no approvals',
      shape: 'line' as const,
    })),
  );
  dataTable(
    element,
    'Cycle time percentiles by model (hours)',
    ['model', 'p50', 'p90', 'mean'],
    curves.map((c) => [c.model, formatHours(c.p50), formatHours(c.p90), formatHours(c.mean)]),
  );
}
