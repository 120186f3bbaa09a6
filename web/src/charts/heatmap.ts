import { color, interpolateCividis, scaleBand, scaleSequential, select } from 'd3';
import type { HeatCell, Heatmap } from '../transforms/sweep-grid.js';
import { formatMetric, metricLabel } from '../transforms/metric-names.js';
import { axisTitle, chartWidth, clearEmptyState, emptyState, frame, layer } from './frame.js';
import { dataTable } from './data-table.js';

/** Options of the sweep heatmap. */
export interface HeatmapRenderOptions {
  target: number | null;
}

/** Draws a sweep as a grid coloured by value (cividis), cells meeting the target outlined and ticked. */
export function renderHeatmap(element: HTMLElement, heatmap: Heatmap, options: HeatmapRenderOptions): void {
  if (heatmap.cells.length === 0 || heatmap.min === null || heatmap.max === null) {
    emptyState(element, `No point of this sweep has ${metricLabel(heatmap.metric)} (${heatmap.statistic}) for ${heatmap.model || 'any model'}.`);
    return;
  }
  clearEmptyState(element);
  const columns = heatmap.columns?.labels ?? ['(one parameter)'];
  const rows = heatmap.rows.labels;
  const width = chartWidth(element);
  const margin = { top: 46, right: 20, bottom: 20, left: 150 };
  const cellHeight = 46;
  const f = frame(element, {
    width,
    height: margin.top + margin.bottom + cellHeight * rows.length,
    margin,
    title: `Sweep: ${metricLabel(heatmap.metric)} (${heatmap.statistic}) of ${heatmap.model}`,
    description: `${heatmap.rows.path} down, ${heatmap.columns?.path ?? 'no second parameter'} across; ${heatmap.cells.filter((c) => c.meets).length} of ${heatmap.cells.length} cells meet the target.`,
  });
  const x = scaleBand<string>().domain(columns).range([0, Math.min(f.innerWidth, columns.length * 130)]).padding(0.06);
  const y = scaleBand<string>().domain(rows).range([0, f.innerHeight]).padding(0.06);
  const lo = heatmap.min;
  const hi = heatmap.max > lo ? heatmap.max : lo + 1;
  // Better values are lighter in both directions of "better", so the eye goes to the light cells.
  const colour = scaleSequential(interpolateCividis).domain(heatmap.lowerIsBetter ? [hi, lo] : [lo, hi]);

  const top = layer(f.plot, 'column-labels');
  top
    .selectAll('text.column')
    .data(columns)
    .join('text')
    .attr('class', 'column tick-label')
    .attr('x', (d) => (x(d) ?? 0) + x.bandwidth() / 2)
    .attr('y', -8)
    .attr('text-anchor', 'middle')
    .text((d) => d);
  axisTitle(f.plot, 'column-title', heatmap.columns?.path ?? '', { x: (x.range()[1] ?? 0) / 2, y: -28 });
  layer(f.plot, 'row-labels')
    .selectAll('text.row')
    .data(rows)
    .join('text')
    .attr('class', 'row tick-label')
    .attr('x', -10)
    .attr('y', (d) => (y(d) ?? 0) + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((d) => d);
  axisTitle(f.plot, 'row-title', heatmap.rows.path, { x: -136, y: f.innerHeight / 2, rotate: true });

  const cells = layer(f.plot, 'cells')
    .selectAll<SVGGElement, HeatCell>('g.cell')
    .data(heatmap.cells, (d) => `${d.row}:${d.column}`)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'cell');
      g.append('rect');
      g.append('text');
      g.append('title');
      return g;
    })
    .attr('transform', (d) => `translate(${x(columns[d.column]) ?? 0},${y(rows[d.row]) ?? 0})`)
    .classed('meets', (d) => d.meets);
  cells
    .select('rect')
    .attr('width', x.bandwidth())
    .attr('height', y.bandwidth())
    .attr('rx', 3)
    .attr('fill', (d) => (d.value === null ? '#eee' : colour(d.value)));
  cells
    .select('text')
    .attr('x', x.bandwidth() / 2)
    .attr('y', y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'middle')
    // A style, not an attribute: the stylesheet's `svg.chart text { fill }` outranks attributes.
    .style('fill', (d) => (d.value === null ? '#333' : textColour(colour(d.value))))
    .text((d) => `${d.meets ? '✓ ' : ''}${d.value === null ? 'n/a' : formatMetric(heatmap.metric, d.value)}`);
  cells.select('title').text((d) => `${Object.entries(d.settings).map(([k, v]) => `${k} = ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ')}: ${d.value === null ? 'n/a' : formatMetric(heatmap.metric, d.value)}${d.meets ? ' (meets the target)' : ''}`);

  scaleKey(element, heatmap, colour, options.target);
  dataTable(
    element,
    `Sweep of ${heatmap.rows.path}${heatmap.columns ? ` and ${heatmap.columns.path}` : ''}: ${metricLabel(heatmap.metric)} (${heatmap.statistic})`,
    [heatmap.rows.path, ...(heatmap.columns ? [heatmap.columns.path] : []), 'value', 'meets target'],
    heatmap.cells.map((c) => [rows[c.row], ...(heatmap.columns ? [columns[c.column]] : []), c.value === null ? 'n/a' : formatMetric(heatmap.metric, c.value), c.meets ? 'yes' : 'no']),
  );
}

/** WCAG relative luminance of an sRGB channel (0–255). */
function channel(v: number): number {
  const s = v / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/**
 * Black text or white, whichever contrasts more with the cell (WCAG contrast ratio): one of the two
 * always reaches 4.58, so every label is readable whatever the colour scale gives a cell.
 */
function textColour(fill: string): string {
  const c = color(fill)?.rgb();
  if (!c) return '#000';
  const l = 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000' : '#fff';
}

function scaleKey(element: HTMLElement, heatmap: Heatmap, colour: (v: number) => string, target: number | null): void {
  const key = select(element).selectAll<HTMLDivElement, null>('div.legend').data([null]).join('div').attr('class', 'legend heat-key');
  const stops = [0, 0.25, 0.5, 0.75, 1].map((t) => heatmap.min! + t * (heatmap.max! - heatmap.min!));
  key
    .selectAll('span.ramp')
    .data([null])
    .join('span')
    .attr('class', 'ramp')
    .attr('aria-hidden', 'true')
    .style('background', `linear-gradient(to right, ${stops.map((v) => colour(v)).join(', ')})`);
  key
    .selectAll('span.ramp-text')
    .data([`${formatMetric(heatmap.metric, heatmap.min)} → ${formatMetric(heatmap.metric, heatmap.max)} (lighter is better)`])
    .join('span')
    .attr('class', 'ramp-text')
    .text((d) => d);
  key
    .selectAll('span.target-text')
    .data([target === null ? 'No target set.' : `Outlined with ✓: ${heatmap.lowerIsBetter ? '≤' : '≥'} ${formatMetric(heatmap.metric, target)}.`])
    .join('span')
    .attr('class', 'target-text')
    .text((d) => d);
}
