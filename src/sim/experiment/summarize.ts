import { warningsOf } from '../scenario/warnings.js';
import { Histogram } from '../metrics/histogram.js';
import { distributionEstimate, estimate, pairedDifference } from '../metrics/summary.js';
import { SERIES_POINTS } from '../metrics/collector.js';
import type { ModelName, Scenario } from '../scenario/types.js';
import type { ReplicationResult } from './replication.js';
import type { MetricValue, ModelResult, ResultDocument, TimeSeries } from './result-document.js';
import { SCHEMA_VERSION } from './result-document.js';

import { HEADLINE_METRICS } from '../metrics/catalogue.js';

const QUANTILES = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/** Turns NaN and infinities into null for JSON; rounds to 6 significant digits for stable text. */
function clean(x: number): number | null {
  return Number.isFinite(x) ? Number(x.toPrecision(9)) : null;
}

function cleanMetric<T extends object>(m: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) {
    out[k] = typeof v === 'number' ? clean(v) : Array.isArray(v) ? v.map((x) => (typeof x === 'number' ? clean(x) : x)) : v;
  }
  return out as T;
}

/** Combines the replications of one model (in index order) into its result. */
export function summarizeModel(model: ModelName, reps: readonly ReplicationResult[]): ModelResult {
  const ordered = [...reps].sort((a, b) => a.index - b.index);
  const pooled = Histogram.sumOfSparse(ordered.map((r) => r.cycleTimeHistogram));
  const columns = metricColumns(ordered);
  const metrics: Record<string, MetricValue> = {};
  for (const name of [...columns.keys()].sort()) {
    const values = columns.get(name)!;
    if (values.every((v) => !Number.isFinite(v))) {
      metrics[name] = null;
      continue;
    }
    metrics[name] = cleanMetric(name === 'cycleTimeHours' ? distributionEstimate(values, pooled, 60) : estimate(values));
  }
  return {
    model,
    metrics,
    cycleTimeQuantiles: {
      q: QUANTILES,
      hours: pooled.quantiles(QUANTILES).map((x) => clean(x / 60) ?? 0),
    },
    series: meanSeries(ordered),
  };
}

/** Every metric any replication reports, with its value in each replication (NaN where one does not). */
function metricColumns(ordered: readonly ReplicationResult[]): Map<string, number[]> {
  const columns = new Map<string, number[]>();
  // for-in visits a result's own keys in the order Object.entries would, without an array per entry
  // (a thousand results of 58 values each were 58 000 of them, on code that runs once, unoptimised).
  for (let i = 0; i < ordered.length; i++) {
    const values = ordered[i].values;
    for (const name in values) {
      let column = columns.get(name);
      if (!column) columns.set(name, (column = new Array<number>(ordered.length).fill(NaN)));
      column[i] = values[name] ?? NaN;
    }
  }
  return columns;
}

/** Each series point's mean over the replications, summed in index order (a column at a time: one pass over each replication's array). */
function meanSeries(reps: readonly ReplicationResult[]): Omit<TimeSeries, 'timeHours'> & { timeHours: number[] } {
  const avg = (key: keyof ReplicationResult['series']) => {
    const sums = new Float64Array(SERIES_POINTS);
    for (const r of reps) {
      const series = r.series[key];
      for (let i = 0; i < SERIES_POINTS; i++) sums[i] += series[i];
    }
    return Array.from(sums, (sum) => clean(sum / reps.length) ?? 0);
  };
  return {
    timeHours: [],
    queueLength: avg('queueLength'),
    oldestTicketAgeHours: avg('oldestTicketAgeHours'),
    workInProgress: avg('workInProgress'),
    assetsOpen: avg('assetsOpen'),
  };
}

/** Adds each headline metric's paired difference against the first model (common random numbers). */
export function addPairedDifferences(results: ModelResult[], reps: Map<ModelName, readonly ReplicationResult[]>): void {
  const first = results[0];
  const base = [...(reps.get(first.model) ?? [])].sort((a, b) => a.index - b.index);
  for (const r of results.slice(1)) {
    const mine = [...(reps.get(r.model) ?? [])].sort((a, b) => a.index - b.index);
    r.versusFirst = {};
    for (const name of HEADLINE_METRICS) {
      const a = base.map((x) => x.values[name] ?? NaN);
      const b = mine.map((x) => x.values[name] ?? NaN);
      if (a.every((v) => !Number.isFinite(v)) || b.every((v) => !Number.isFinite(v))) continue;
      r.versusFirst[name] = cleanMetric(pairedDifference(a, b));
    }
  }
}

/** Builds the result document of a run or comparison. */
export function buildDocument(scenario: Scenario, results: ModelResult[], replications: number): ResultDocument {
  const timeHours = Array.from({ length: SERIES_POINTS }, (_, i) => clean(((i + 1) * scenario.horizonMin) / SERIES_POINTS / 60) ?? 0);
  for (const r of results) {
    r.series.timeHours = timeHours;
    const warnings = warningsOf(scenario, r.model);
    if (warnings.length > 0) r.warnings = warnings;
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    scenario: {
      name: scenario.name,
      description: scenario.description,
      start: new Date(scenario.originMs).toISOString(),
      horizonHours: scenario.horizonMin / 60,
      warmupHours: scenario.warmupMin / 60,
      people: scenario.people.map((p) => ({ name: p.name, group: p.group, role: p.role, tz: p.calendar.tz })),
    },
    seed: scenario.seed,
    replications,
    results,
  };
}
