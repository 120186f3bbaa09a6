// How the viewer names, writes and ranks metrics: all of it read from the metric catalogue in
// src/sim (the CLI reads the same entries), so a metric is described in one place.
import { betterOf, formatOf, metricSpec, unitOf, type Better } from '../../../src/sim/metrics/catalogue.js';
import type { MetricFormat } from '../../../src/sim/metrics/metric-units.js';
import { formatHours, formatNumber, formatPercent } from './format.js';

/** Splits a camelCase name into lower-case words ("someNewMetric" → "some new metric"). */
function words(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A metric's label from the catalogue; a name it does not know (a newer document's) in plain words. */
export function metricLabel(name: string): string {
  const spec = metricSpec(name);
  if (spec) return spec.label;
  const text = words(name);
  return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}

/** A metric's definition from the catalogue (empty for a name it does not know). */
export function metricDefinition(name: string): string {
  return metricSpec(name)?.definition ?? '';
}

/** How a metric's value is written: hours, a percentage or a number. */
export function metricFormat(name: string): MetricFormat {
  return formatOf(name);
}

/** The unit as axis text ("hours per asset", "person-hours", "%"). */
export function unitText(name: string): string {
  const unit = unitOf(name);
  return unit.text === 'count' ? '' : unit.text;
}

/** Formats a value of a metric in its unit ("5.2 h", "12%", "340 person-h", "13.5 per week"). */
export function formatMetric(name: string, value: number | null | undefined): string {
  const unit = unitOf(name);
  if (unit.format === 'hours') return formatHours(value);
  if (unit.format === 'percent') return formatPercent(value);
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return unit.symbol ? `${formatNumber(value)} ${unit.symbol}` : formatNumber(value);
}

/** Formats a difference of a metric: shares in percentage points ("+8.0 pp"), others in their unit. */
export function formatDifference(name: string, diff: number): string {
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  if (formatOf(name) === 'percent') return `${sign}${(Math.abs(diff) * 100).toFixed(1)} pp`;
  return `${sign}${formatMetric(name, Math.abs(diff))}`;
}

/** Which direction of a metric is better (from the catalogue). */
export function betterDirection(name: string): Better {
  return betterOf(name);
}

/** Whether less is better (cycle time, rework, hours); false for metrics where more is better (throughput, SLA attainment). */
export function lowerIsBetter(name: string): boolean {
  return betterOf(name) !== 'higher';
}
