import { METRIC_KEYS, MODELS, metricSpec, type ModelName } from '../sim/index.js';
import type { ShardSpec } from './arguments.js';
import type { MetricChoice, Percentile } from './format/metric-text.js';
import { UserError } from './io.js';

/** Options shared by run, compare and sweep. */
export interface RunLikeOptions {
  replications?: number;
  seed?: string;
  json?: boolean;
  csv?: boolean;
  out?: string;
  report?: string;
  workers?: number;
  shard?: ShardSpec;
  /** `--metric` as typed (repeatable, each comma-separated). */
  metric?: string[];
}

/** Parses a model name given on the command line (a usage error when unknown). */
export function parseModel(name: string): ModelName {
  if (!(MODELS as readonly string[]).includes(name)) {
    throw new UserError(`unknown model "${name}"; choose one of ${MODELS.join(', ')}`, 2);
  }
  return name as ModelName;
}

/** Parses a comma-separated list of models, keeping the first of any repeats. */
export function parseModels(list: string): ModelName[] {
  const names = list.split(',').map((m) => m.trim()).filter((m) => m !== '');
  if (names.length === 0) throw new UserError('--models needs at least one model, e.g. --models sync,async', 2);
  return [...new Set(names.map(parseModel))];
}

/**
 * The seed to use: --seed (a number when it looks like one), else the scenario's. Like a file's
 * seed, a number must be a whole number JavaScript holds exactly and text must not be empty.
 */
export function seedOf(seed: string | undefined, fallback: number | string): number | string {
  if (seed === undefined) return fallback;
  if (seed.trim() === '') throw new UserError('--seed is empty; give a whole number or a word');
  if (!/^-?\d+$/.test(seed)) return seed;
  const n = Number(seed);
  if (!Number.isSafeInteger(n)) {
    throw new UserError(`--seed ${seed}: a number seed must lie between ${Number.MIN_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER} (the same bound as a scenario file's seed); write it as a word to use it as text`);
  }
  return n;
}

const PERCENTILES: readonly Percentile[] = ['p50', 'p90', 'p95'];

/** The known metric names, for an error message: every name of the catalogue, wrapped. */
function knownMetrics(): string {
  const lines: string[] = [];
  let line = '';
  for (const key of METRIC_KEYS) {
    if (line && line.length + key.length + 2 > 100) {
      lines.push(line);
      line = '';
    }
    line += line ? `, ${key}` : `  ${key}`;
  }
  return [...lines, line].join(',\n');
}

/**
 * Parses `--metric` (repeatable, each a comma-separated list of catalogue names, a name optionally
 * with `:p50`, `:p90` or `:p95` where the metric has percentiles). Undefined when not given; an
 * unknown name is a usage error that lists the known ones.
 */
export function parseMetricOptions(values: readonly string[] | undefined): MetricChoice[] | undefined {
  if (values === undefined) return undefined;
  const items = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  if (items.length === 0) throw new UserError('--metric needs a metric name, e.g. --metric cycleTimeHours,reworkRate', 2);
  return items.map((item): MetricChoice => {
    const [metric, stat, extra] = item.split(':');
    const spec = metricSpec(metric);
    if (!spec) {
      const near = METRIC_KEYS.find((k) => k.toLowerCase() === metric.toLowerCase());
      const hint = near ? ` (did you mean ${near}?)` : '';
      throw new UserError(`--metric: unknown metric "${metric}"${hint}; the known metrics are (handoff's metric catalogue):\n${knownMetrics()}`, 2);
    }
    if (stat === undefined) return { metric };
    if (extra !== undefined || !(PERCENTILES as readonly string[]).includes(stat) || !spec.percentiles) {
      const allowed = spec.percentiles ? `${metric}:p50, ${metric}:p90 or ${metric}:p95` : `${metric} alone (it has no percentiles)`;
      throw new UserError(`--metric ${item}: write ${allowed}`, 2);
    }
    return { metric, stat: stat as Percentile };
  });
}
