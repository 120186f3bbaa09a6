import {
  formatProblem,
  loadScenario,
  parseValue,
  pointSettings,
  sweepDocument,
  sweepGrid,
  type Estimate,
  type ModelName,
  type SweepDocument,
  type SweepParameter,
  type SweepPoint,
} from '../../sim/index.js';
import { writeFileAtomic } from '../atomic-write.js';
import { UserError, type CliIO } from '../io.js';
import { num, pct } from '../format/numbers.js';
import { renderTable } from '../format/table.js';
import { readScenario } from '../scenario-file.js';
import { parseModel, seedOf, simulate, type RunLikeOptions } from './run.js';

/** Parses repeated `--set path=v1,v2,...` options into sweep parameters. */
export function parseSets(sets: readonly string[]): SweepParameter[] {
  if (sets.length === 0) throw new UserError('sweep needs at least one --set path=v1,v2,...', 2);
  return sets.map((text) => {
    const eq = text.indexOf('=');
    if (eq <= 0 || eq === text.length - 1) throw new UserError(`--set "${text}": write path=v1,v2,..., e.g. team.reviewers.count=2,3,4`, 2);
    return { path: text.slice(0, eq), values: text.slice(eq + 1).split(',').map((v) => parseValue(v.trim())) };
  });
}

/** `handoff sweep FILE --set path=v1,v2 ...`: every point of the grid, replicated. */
export async function sweepCommand(file: string, opts: RunLikeOptions & { set: string[]; model?: string }, io: CliIO): Promise<void> {
  const { scenario: base, text } = await readScenario(file);
  const parameters = parseSets(opts.set);
  const model: ModelName = opts.model ? parseModel(opts.model) : base.model;
  const grid = sweepGrid(parameters);
  const loaded = grid.map((overrides) => ({ overrides, result: loadScenario(text, { overrides }) }));
  const problems = loaded.flatMap(({ result }) => (result.ok ? [] : result.problems.map((p) => formatProblem(file, p))));
  if (problems.length > 0) throw new UserError([...new Set(problems)].join('\n'));
  const points: SweepPoint[] = [];
  let first: Awaited<ReturnType<typeof simulate>> | null = null;
  for (const [i, { overrides, result }] of loaded.entries()) {
    if (!result.ok) continue;
    const scenario = { ...result.scenario, seed: seedOf(opts.seed, result.scenario.seed) };
    const doc = await simulate({ scenario, scenarioText: text, overrides, models: [model], opts, io, label: `point ${i + 1}/${grid.length}` });
    first ??= doc;
    points.push({ settings: pointSettings(overrides), results: doc.results });
  }
  const sweep = sweepDocument(first!, parameters, points);
  const json = `${JSON.stringify(sweep, null, 2)}\n`;
  if (opts.out) await writeFileAtomic(opts.out, json);
  io.stdout(opts.json ? json : sweepTable(sweep));
}

/** A sweep as a table: one row per point. */
export function sweepTable(doc: SweepDocument): string {
  const paths = doc.sweep.parameters.map((p) => p.path);
  const header = [...paths, 'cycle h (mean)', 'cycle h (p90)', 'rework', 'SLA met', 'person-h'];
  const rows = doc.points.map((p) => {
    const m = p.results[0].metrics;
    const e = (k: string) => m[k] as (Estimate & { p90?: number }) | null;
    return [
      ...paths.map((k) => String(p.settings[k])),
      num(e('cycleTimeHours')?.mean),
      num(e('cycleTimeHours')?.p90),
      pct(e('reworkRate')?.mean),
      pct(e('slaAttainment')?.mean),
      num(e('personHoursTotal')?.mean),
    ];
  });
  return `${doc.scenario.name} — sweep of ${doc.points.length} points, ${doc.replications} replications each\n\n${renderTable(header, rows, paths.map(() => 'left' as const))}`;
}
