import type { Override } from '../scenario/overrides.js';
import { SCHEMA_VERSION, type ModelResult, type ResultDocument } from './result-document.js';

/** One swept setting: a path and the values it takes. */
export interface SweepParameter {
  path: string;
  values: unknown[];
}

/** One point of a sweep: its settings and the results of each model there. */
export interface SweepPoint {
  settings: Record<string, unknown>;
  results: ModelResult[];
}

/** The result document of `sweep`: the grid and, per point, the usual results. */
export interface SweepDocument extends Omit<ResultDocument, 'results'> {
  sweep: { parameters: SweepParameter[] };
  points: SweepPoint[];
}

/** Every combination of the parameters' values (the first parameter varies slowest), as overrides. */
export function sweepGrid(parameters: readonly SweepParameter[]): Override[][] {
  let grid: Override[][] = [[]];
  for (const p of parameters) {
    const path = p.path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    grid = grid.flatMap((combo) => p.values.map((value) => [...combo, { path, value }]));
  }
  return grid;
}

/** Assembles a sweep document from the base run's document header and the points' results. */
export function sweepDocument(base: ResultDocument, parameters: SweepParameter[], points: SweepPoint[]): SweepDocument {
  const { results: _omit, ...header } = base;
  return { ...header, schemaVersion: SCHEMA_VERSION, sweep: { parameters }, points };
}

/** The settings of a grid point keyed by dotted path. */
export function pointSettings(overrides: readonly Override[]): Record<string, unknown> {
  return Object.fromEntries(overrides.map((o) => [o.path.join('.'), o.value]));
}
