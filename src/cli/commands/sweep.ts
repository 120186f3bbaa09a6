import {
  assembleSweep,
  formatProblem,
  loadScenario,
  parseSweepParameter,
  pointSettings,
  sweepGrid,
  type Override,
  type Scenario,
  type SweepParameter,
} from '../../sim/index.js';
import { emit } from '../emit.js';
import { sweepCsv } from '../format/csv.js';
import { sweepTable } from '../format/sweep-table.js';
import { UserError, type CliIO } from '../io.js';
import { parseModel, seedOf, type RunLikeOptions } from '../options.js';
import { readScenario } from '../scenario-file.js';
import { simulate } from '../simulate.js';

/** More points than this is almost certainly a typo in a --set. */
const MAX_POINTS = 10_000;

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
function loadPoints(file: string, text: string, grid: Override[][], seed: string | undefined): Array<{ overrides: Override[]; scenario: Scenario }> {
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

/** `handoff sweep FILE --set path=v1,v2 ...`: every point of the grid of settings, replicated. */
export async function sweepCommand(file: string, opts: RunLikeOptions & { set?: string[]; model?: string }, io: CliIO): Promise<void> {
  const parameters = parseSets(opts.set ?? []);
  const { scenario: loaded, text } = await readScenario(file);
  const model = opts.model ? parseModel(opts.model) : loaded.model;
  const points = loadPoints(file, text, sweepGrid(parameters), opts.seed);
  const replications = opts.replications ?? loaded.replications;
  const reps = await simulate({ scenarioText: text, points, models: [model], replications, workers: opts.workers, io, label: 'sweep' });
  const doc = assembleSweep({
    base: { ...loaded, seed: seedOf(opts.seed, loaded.seed) },
    models: [model],
    replications,
    parameters,
    points: points.map((p, i) => ({ ...p, reps: reps[i] })),
  });
  await emit(doc, opts, io, { table: sweepTable, csv: sweepCsv }, { kind: 'sweep', scenarioFile: file, scenarioText: text });
}
