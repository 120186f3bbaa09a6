import { axisBottom, axisLeft, bisector, line, pointer, scaleLinear, scaleUtc, select } from 'd3';
import type { SeriesLines } from '../transforms/time-series.js';
import { formatInstant, formatNumber } from '../transforms/format.js';
import { axisTitle, chartWidth, clearEmptyState, emptyState, frame, layer } from './frame.js';
import { legend } from './legend.js';
import { dataTable } from './data-table.js';
import { modelColour } from './palette.js';
import { hideTooltip, showTooltip } from './tooltip.js';

/** Options of a time-series chart. */
export interface LinesOptions {
  title: string;
  unit: string;
  /** The scenario's start instant (ms since the epoch) for a date axis. */
  originMs: number;
  height?: number;
}

/** Draws one line per model through the horizon, the warm-up shaded, with a hover read-out. */
export function renderLines(element: HTMLElement, series: SeriesLines, options: LinesOptions): void {
  if (series.lines.every((l) => l.points.length === 0)) {
    emptyState(element, 'This document has no time series.');
    return;
  }
  clearEmptyState(element);
  const width = chartWidth(element);
  const margin = { top: 12, right: 20, bottom: 46, left: 56 };
  const f = frame(element, {
    width,
    height: options.height ?? 240,
    margin,
    title: `${options.title} through the horizon`,
    description: `${options.unit}, mean across replications, for ${series.lines.map((l) => l.model).join(', ')}.`,
  });
  const date = (hours: number) => new Date(options.originMs + hours * 3_600_000);
  const x = scaleUtc().domain([date(0), date(series.horizonHours)]).range([0, f.innerWidth]);
  const y = scaleLinear().domain([0, series.maxValue > 0 ? series.maxValue * 1.08 : 1]).range([f.innerHeight, 0]).nice();

  layer(f.plot, 'warmup')
    .selectAll('rect')
    .data(series.warmupHours > 0 ? [series.warmupHours] : [])
    .join((enter) => {
      const r = enter.append('rect');
      r.append('title').text('warm-up: not counted in the metrics');
      return r;
    })
    .attr('x', 0)
    .attr('y', 0)
    .attr('height', f.innerHeight)
    .attr('width', (d) => x(date(d)));
  layer(f.plot, 'warmup-label')
    .selectAll('text')
    .data(series.warmupHours > 0 ? ['warm-up'] : [])
    .join('text')
    .attr('x', 4)
    .attr('y', 12)
    .text((d) => d);
  layer(f.plot, 'gridlines')
    .call(axisLeft(y).ticks(4).tickSize(-f.innerWidth).tickFormat(() => ''))
    .call((g) => g.select('.domain').remove());
  layer(f.plot, 'axis x-axis').attr('transform', `translate(0,${f.innerHeight})`).call(axisBottom(x).ticks(Math.max(3, Math.floor(f.innerWidth / 90))));
  layer(f.plot, 'axis y-axis').call(axisLeft(y).ticks(4, '~s'));
  axisTitle(f.plot, 'x-title', 'date (UTC)', { x: f.innerWidth / 2, y: f.innerHeight + 38 });
  axisTitle(f.plot, 'y-title', options.unit, { x: -44, y: f.innerHeight / 2, rotate: true });

  const path = line<{ hours: number; value: number }>()
    .x((p) => x(date(p.hours)))
    .y((p) => y(p.value));
  layer(f.plot, 'lines')
    .selectAll('path.series')
    .data(series.lines, (d) => (d as SeriesLines['lines'][number]).model)
    .join('path')
    .attr('class', 'series')
    .attr('fill', 'none')
    .attr('stroke', (d) => modelColour(d.model))
    .attr('stroke-width', 2)
    .attr('d', (d) => path(d.points));

  const rule = layer(f.plot, 'hover-rule').style('display', 'none');
  rule.selectAll('line').data([null]).join('line').attr('y1', 0).attr('y2', f.innerHeight);
  const times = series.lines[0]?.points.map((p) => p.hours) ?? [];
  const nearest = bisector((h: number) => h).center;
  layer(f.plot, 'hover-area')
    .selectAll('rect')
    .data([null])
    .join('rect')
    .attr('width', f.innerWidth)
    .attr('height', f.innerHeight)
    .attr('fill', 'transparent')
    .on('pointermove', (event: PointerEvent) => {
      const [px] = pointer(event);
      const hours = (x.invert(px).getTime() - options.originMs) / 3_600_000;
      const i = nearest(times, hours);
      if (i < 0 || i >= times.length) return;
      rule.style('display', null).attr('transform', `translate(${x(date(times[i]))},0)`);
      showTooltip(element, [formatInstant(options.originMs, times[i] * 60), ...series.lines.map((l) => `${l.model}: ${formatNumber(l.points[i]?.value)}`)], {
        x: event.clientX,
        y: event.clientY,
      });
    })
    .on('pointerleave', () => {
      rule.style('display', 'none');
      hideTooltip(element);
    });
  select(element).classed('has-tooltip', true);

  legend(element, series.lines.map((l) => ({ colour: modelColour(l.model), label: l.model, shape: 'line' as const })));
  const step = Math.max(1, Math.floor(times.length / 12));
  const sampled = times.map((t, i) => ({ t, i })).filter(({ i }) => i % step === 0 || i === times.length - 1);
  dataTable(
    element,
    `${options.title} (${options.unit}), sampled through the horizon`,
    ['time (UTC)', ...series.lines.map((l) => l.model)],
    sampled.map(({ t, i }) => [formatInstant(options.originMs, t * 60), ...series.lines.map((l) => formatNumber(l.points[i]?.value))]),
  );
}
