import { axisBottom, scaleBand, scaleLinear } from 'd3';
import type { Breakdown } from '../transforms/breakdowns.js';
import { formatNumber } from '../transforms/format.js';
import { axisTitle, chartWidth, clearEmptyState, emptyState, frame, layer, modelRows } from './frame.js';
import { legend } from './legend.js';
import { dataTable } from './data-table.js';
import { CATEGORY_COLOURS } from './palette.js';

/** Options of a stacked bar chart. */
export interface StackedBarsOptions {
  title: string;
  /** Axis text with the unit, e.g. "hours per asset". */
  unit: string;
}

interface Segment {
  model: string;
  metric: string;
  label: string;
  value: number;
  x0: number;
  colour: string;
}

/** Draws one horizontal bar per model, split into the breakdown's categories. */
export function renderStackedBars(element: HTMLElement, breakdown: Breakdown, options: StackedBarsOptions): void {
  if (breakdown.keys.length === 0 || breakdown.rows.every((r) => r.total === 0)) {
    emptyState(element, `Nothing to show: the document has no ${options.unit}.`);
    return;
  }
  clearEmptyState(element);
  const colour = new Map(breakdown.keys.map((k, i) => [k.metric, CATEGORY_COLOURS[i % CATEGORY_COLOURS.length]]));
  const width = chartWidth(element, 420);
  const rowHeight = 34;
  const margin = { top: 8, right: 70, bottom: 42, left: 104 };
  const f = frame(element, {
    width,
    height: margin.top + margin.bottom + rowHeight * breakdown.rows.length,
    margin,
    title: options.title,
    description: breakdown.rows.map((r) => `${r.model}: ${formatNumber(r.total)} ${options.unit}`).join('; '),
  });
  const max = Math.max(...breakdown.rows.map((r) => r.total)) || 1;
  const x = scaleLinear().domain([0, max * 1.02]).range([0, f.innerWidth]).nice();
  const y = scaleBand<string>().domain(breakdown.rows.map((r) => r.model)).range([0, f.innerHeight]).padding(0.28);
  layer(f.plot, 'axis x-axis')
    .attr('transform', `translate(0,${f.innerHeight})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.floor(f.innerWidth / 70)), '~s'));
  axisTitle(f.plot, 'x-title', options.unit, { x: f.innerWidth / 2, y: f.innerHeight + 36 });

  const rows = modelRows(f.plot, breakdown.rows, y, (g) => {
    g.append('g').attr('class', 'segments');
    g.append('text').attr('class', 'value');
  });
  const bw = y.bandwidth();
  rows
    .select('g.segments')
    .selectAll<SVGRectElement, Segment>('rect')
    .data((r) => {
      let x0 = 0;
      return breakdown.keys.map((k) => {
        const s = { model: r.model, metric: k.metric, label: k.label, value: r.values[k.metric], x0, colour: colour.get(k.metric)! };
        x0 += s.value;
        return s;
      });
    }, (d) => d.metric)
    .join((enter) => {
      const rect = enter.append('rect');
      rect.append('title');
      return rect;
    })
    .attr('x', (d) => x(d.x0))
    .attr('width', (d) => Math.max(0, x(d.x0 + d.value) - x(d.x0)))
    .attr('height', bw)
    .attr('fill', (d) => d.colour)
    .attr('stroke', '#fff')
    .attr('stroke-width', 0.75)
    .select('title')
    .text((d) => `${d.model}, ${d.label}: ${formatNumber(d.value)} ${options.unit}`);
  rows
    .select('text.value')
    .attr('x', (d) => x(d.total) + 6)
    .attr('y', bw / 2)
    .attr('dy', '0.35em')
    .text((d) => formatNumber(d.total));

  legend(element, breakdown.keys.map((k) => ({ colour: colour.get(k.metric)!, label: k.label })));
  dataTable(
    element,
    `${options.title} (${options.unit})`,
    ['model', ...breakdown.keys.map((k) => k.label), 'total'],
    breakdown.rows.map((r) => [r.model, ...breakdown.keys.map((k) => formatNumber(r.values[k.metric])), formatNumber(r.total)]),
  );
}
