import { parsePath, parseValue, type Override } from '../scenario/overrides.js';
import type { ModelName, Scenario } from '../scenario/types.js';
import type { ReplicationResult } from './replication.js';
import type { ModelResult, ResultDocument } from './result-document.js';
import { assemble } from './run.js';
import { buildDocument } from './summarize.js';

/** One swept setting: a dotted path and the values it takes. */
export interface SweepParameter {
  path: string;
  values: unknown[];
}

/** One point of a sweep: its settings (dotted path → value) and the results of each model there. */
export interface SweepPoint {
  settings: Record<string, unknown>;
  results: ModelResult[];
}

/** The result document of a sweep: the usual header, the grid, and per point the usual results. */
export interface SweepDocument extends Omit<ResultDocument, 'results'> {
  sweep: { parameters: SweepParameter[] };
  points: SweepPoint[];
}

/** A point of the grid once run: its overrides, the scenario they gave, and its replications per model. */
export interface SweepPointRun {
  overrides: readonly Override[];
  scenario: Scenario;
  reps: Map<ModelName, readonly ReplicationResult[]>;
}

/**
 * Parses "path=v1,v2,..." into a parameter (values by YAML scalar rules, so "3" is a number and
 * "4bh" a string; commas inside [...], {...} or quotes do not split). Returns a message when malformed.
 */
export function parseSweepParameter(text: string): SweepParameter | string {
  const eq = text.indexOf('=');
  const example = 'write path=v1,v2,..., e.g. team.reviewers.count=2,3,4';
  if (eq <= 0) return `"${text}" is not a setting; ${example}`;
  const path = text.slice(0, eq).trim();
  const values = splitValues(text.slice(eq + 1));
  if (parsePath(path).length === 0 || values.some((v) => v === '')) return `"${text}" has an empty path or value; ${example}`;
  return { path, values: values.map(parseValue) };
}

/** Splits a value list at top-level commas. */
function splitValues(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out;
}

/** Every combination of the parameters' values as overrides; the first parameter varies slowest. */
export function sweepGrid(parameters: readonly SweepParameter[]): Override[][] {
  let grid: Override[][] = [[]];
  for (const p of parameters) {
    const path = parsePath(p.path);
    grid = grid.flatMap((combo) => p.values.map((value) => [...combo, { path, value }]));
  }
  return grid;
}

/** The settings of a grid point keyed by dotted path. */
export function pointSettings(overrides: readonly Override[]): Record<string, unknown> {
  return Object.fromEntries(overrides.map((o) => [o.path.join('.'), o.value]));
}

/** Builds the sweep document: the base scenario's header, the grid, and each point assembled as a run. */
export function assembleSweep(options: {
  base: Scenario;
  models: readonly ModelName[];
  replications: number;
  parameters: SweepParameter[];
  points: readonly SweepPointRun[];
}): SweepDocument {
  const { results: _none, ...header } = buildDocument(options.base, [], options.replications);
  const points = options.points.map((p) => ({
    settings: pointSettings(p.overrides),
    results: assemble(p.scenario, options.models, p.reps, options.replications).results,
  }));
  return { ...header, sweep: { parameters: options.parameters }, points };
}
