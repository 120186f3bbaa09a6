import { axisBottom, scaleBand, scaleLinear } from 'd3';
import type { EstimateBar } from '../transforms/estimates.js';
import { formatMetric, metricFormat, metricLabel, unitText } from '../transforms/metric-names.js';
import { axisTitle, chartWidth, clearEmptyState, emptyState, frame, layer, modelRows } from './frame.js';
import { dataTable } from './data-table.js';
import { modelColour } from './palette.js';

/** Options of a CI bar chart. */
export interface CiBarsOptions {
  metric: string;
  /** Shown instead of the chart when no model has the metric (e.g. the scenario sets no SLA). */
  missingMessage?: string;
}

/** Draws one bar per model with its 95% confidence interval as a whisker. */
export function renderCiBars(element: HTMLElement, bars: readonly EstimateBar[], options: CiBarsOptions): void {
  const { metric } = options;
  if (bars.every((b) => b.mean === null)) {
    emptyState(element, options.missingMessage ?? `${metricLabel(metric)} does not apply to this scenario.`);
    return;
  }
  clearEmptyState(element);
  const share = metricFormat(metric) === 'percent';
  const width = chartWidth(element, 420);
  const rowHeight = 34;
  const margin = { top: 8, right: 84, bottom: 42, left: 104 };
  const f = frame(element, {
    width,
    height: margin.top + margin.bottom + rowHeight * bars.length,
    margin,
    title: `${metricLabel(metric)} by model, with 95% confidence intervals`,
    description: bars.map((b) => `${b.model}: ${b.mean === null ? 'not applicable' : formatMetric(metric, b.mean)}`).join('; '),
  });
  const max = Math.max(...bars.map((b) => b.hi ?? 0), share ? 1 : 0) || 1;
  const x = scaleLinear().domain([0, share ? 1 : max * 1.05]).range([0, f.innerWidth]);
  if (!share) x.nice();
  const y = scaleBand<string>().domain(bars.map((b) => b.model)).range([0, f.innerHeight]).padding(0.28);

  layer(f.plot, 'axis x-axis')
    .attr('transform', `translate(0,${f.innerHeight})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.floor(f.innerWidth / 70)), share ? '.0%' : '~s'));
  axisTitle(f.plot, 'x-title', `${metricLabel(metric)}${unitText(metric) && !share ? `, ${unitText(metric)}` : ''} — mean and 95% CI`, { x: f.innerWidth / 2, y: f.innerHeight + 36 });

  const rows = modelRows(f.plot, bars, y, (g) => {
    g.append('rect').attr('class', 'bar');
    g.append('line').attr('class', 'whisker');
    g.append('line').attr('class', 'whisker-cap lo');
    g.append('line').attr('class', 'whisker-cap hi');
    g.append('text').attr('class', 'value');
  });
  const bw = y.bandwidth();
  rows
    .select('rect.bar')
    .attr('x', 0)
    .attr('height', bw)
    .attr('width', (d) => (d.mean === null ? 0 : Math.max(1, x(d.mean))))
    .attr('fill', (d) => modelColour(d.model))
    .attr('fill-opacity', 0.85);
  const whiskerY = bw / 2;
  rows
    .selectAll<SVGLineElement, EstimateBar>('line.whisker')
    .attr('x1', (d) => x(d.lo ?? 0))
    .attr('x2', (d) => x(d.hi ?? 0))
    .attr('y1', whiskerY)
    .attr('y2', whiskerY)
    .attr('visibility', (d) => (d.mean === null ? 'hidden' : 'visible'));
  for (const end of ['lo', 'hi'] as const) {
    rows
      .select(`line.whisker-cap.${end}`)
      .attr('x1', (d) => x((d as EstimateBar)[end] ?? 0))
      .attr('x2', (d) => x((d as EstimateBar)[end] ?? 0))
      .attr('y1', whiskerY - 6)
      .attr('y2', whiskerY + 6)
      .attr('visibility', (d) => ((d as EstimateBar).mean === null ? 'hidden' : 'visible'));
  }
  rows
    .select('text.value')
    .attr('x', (d) => (d.mean === null ? 4 : x(Math.max(d.hi ?? 0, d.mean)) + 6))
    .attr('y', bw / 2)
    .attr('dy', '0.35em')
    .text((d) => (d.mean === null ? 'n/a' : formatMetric(metric, d.mean)));

  dataTable(
    element,
    `${metricLabel(metric)} by model (mean and 95% confidence interval)`,
    ['model', 'mean', '95% CI low', '95% CI high'],
    bars.map((b) => [b.model, b.mean === null ? 'not applicable' : formatMetric(metric, b.mean), formatMetric(metric, b.lo), formatMetric(metric, b.hi)]),
  );
}
