import {
  assemble,
  assembleSweep,
  formatProblem,
  loadScenario,
  parseSweepParameter,
  pointSettings,
  sweepGrid,
  type ModelName,
  type Override,
  type Scenario,
  type SweepParameter,
} from '../sim/index.js';
import type { DocumentViews, ReportSource } from './emit.js';
import { sweepCsv, metricsCsv } from './format/csv.js';
import { resultTable } from './format/result-table.js';
import { sweepTable } from './format/sweep-table.js';
import { UserError } from './io.js';
import { seedOf } from './options.js';
import type { PointReplications } from './parallel/run-replications.js';

/** The simulating commands whose work can be split into shards and merged. */
export type JobCommand = 'run' | 'compare' | 'sweep';

/**
 * Everything that decides a simulating command's document besides the scenario text, resolved
 * (defaults of the scenario filled in): two runs with equal stamps and texts write equal bytes.
 */
export interface JobStamp {
  command: JobCommand;
  models: ModelName[];
  replications: number;
  /** `--seed` as given, or null for the scenario's own seed (each sweep point's, which a --set may change). */
  seed: string | null;
  /** The sweep's `--set` options as typed (sweep only). */
  sets?: string[];
}

/** A command's work laid out: the points to replicate, and how their replications become the document. */
export interface Job {
  stamp: JobStamp;
  points: Array<{ overrides: Override[]; scenario: Scenario }>;
  /** Builds the document from every point's replications (all of them, in index order). */
  finish: (reps: PointReplications[]) => unknown;
  views: DocumentViews<never>;
  reportKind: ReportSource['kind'];
}

/**
 * Lays out a command's work from the scenario text and a stamp. The command line and `merge` both
 * come through here, so a merged document is assembled exactly as the unsharded run assembles it.
 */
export function prepareJob(file: string, text: string, stamp: JobStamp, loaded?: Scenario): Job {
  const base = loaded ?? loadOrThrow(file, text);
  const seed = stamp.seed ?? undefined;
  const scenario = { ...base, seed: seedOf(seed, base.seed) };
  const { models, replications } = stamp;
  if (stamp.command === 'sweep') {
    const parameters = parseSets(stamp.sets ?? []);
    const points = loadPoints(file, text, sweepGrid(parameters), seed);
    return {
      stamp,
      points,
      finish: (reps) =>
        assembleSweep({ base: scenario, models, replications, parameters, points: points.map((p, i) => ({ ...p, reps: reps[i] })) }),
      views: { table: sweepTable, csv: sweepCsv } as DocumentViews<never>,
      reportKind: 'sweep',
    };
  }
  return {
    stamp,
    points: [{ overrides: [], scenario }],
    finish: (reps) => assemble(scenario, models, reps[0], replications),
    views: { table: resultTable, csv: metricsCsv } as DocumentViews<never>,
    reportKind: 'document',
  };
}

function loadOrThrow(file: string, text: string): Scenario {
  const result = loadScenario(text);
  if (!result.ok) throw new UserError(result.problems.map((p) => formatProblem(file, p)).join('\n'));
  return result.scenario;
}

/** More points than this is almost certainly a typo in a --set. */
export const MAX_POINTS = 10_000;

/** Parses the repeated `--set path=v1,v2,...` options (usage errors: malformed, or a path set twice). */
export function parseSets(sets: readonly string[]): SweepParameter[] {
  if (sets.length === 0) throw new UserError('sweep needs at least one --set path=v1,v2,...', 2);
  const parameters = sets.map((text) => {
    const p = parseSweepParameter(text);
    if (typeof p === 'string') throw new UserError(`--set ${p}`, 2);
    return p;
  });
  const paths = parameters.map((p) => p.path);
  const twice = paths.find((p, i) => paths.indexOf(p) !== i);
  if (twice) throw new UserError(`--set ${twice} is given twice; list all its values in one --set`, 2);
  const points = parameters.reduce((n, p) => n * p.values.length, 1);
  if (points > MAX_POINTS) throw new UserError(`the grid has ${points.toLocaleString('en-US')} points (at most ${MAX_POINTS.toLocaleString('en-US')})`, 2);
  return parameters;
}

/** Loads every point of the grid; a point's problems name the file, the field and the setting. */
export function loadPoints(file: string, text: string, grid: Override[][], seed: string | undefined): Array<{ overrides: Override[]; scenario: Scenario }> {
  const problems = new Set<string>();
  const points = grid.flatMap((overrides) => {
    const loaded = loadScenario(text, { overrides });
    if (loaded.ok) return [{ overrides, scenario: { ...loaded.scenario, seed: seedOf(seed, loaded.scenario.seed) } }];
    const at = Object.entries(pointSettings(overrides)).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ');
    for (const p of loaded.problems) {
      const line = formatProblem(file, p);
      problems.add(line.includes('by an override') ? line : `${line} (at the point ${at})`);
    }
    return [];
  });
  if (problems.size > 0) throw new UserError([...problems].join('\n'));
  return points;
}
