import { formatOf, labelOf, unitOf } from '../../sim/index.js';

/** A statistic of a metric a table can show besides its mean. */
export type Percentile = 'p50' | 'p90' | 'p95';

/** A metric's table header from the catalogue: its label, the percentile if any, and its unit symbol ("Cycle time, p90 (h)"). */
export function columnLabel(metric: string, stat?: Percentile): string {
  const { symbol } = unitOf(metric);
  return `${labelOf(metric)}${stat ? `, ${stat}` : ''}${symbol ? ` (${symbol})` : ''}`;
}

/** True when a metric is a share, printed as a percentage. */
export function isShare(metric: string): boolean {
  return formatOf(metric) === 'percent';
}

/** A metric chosen on the command line, with the percentile to show instead of the mean. */
export interface MetricChoice {
  metric: string;
  stat?: Percentile;
}
