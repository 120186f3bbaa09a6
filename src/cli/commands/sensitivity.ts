import { parse } from 'yaml';
import { assumptionsInForce, buildSensitivityDocument, createStream, elementaryEffects, morrisTrajectories, parseMetric, planLevers, rowOf, type Override, type SensitivityDocument } from '../../sim/index.js';
import { decideStamp, type DecidePlan, type LoadScenario } from '../decide/decide-plan.js';
import { executeDecide, type DecideRunOptions } from '../decide/execute-decide.js';
import { fileLoader } from '../decide/prepare-decide.js';
import { sensitivityTable } from '../format/sensitivity-table.js';
import { UserError, type CliIO } from '../io.js';
import { loadPoints } from '../job.js';
import { parseModel, seedOf } from '../options.js';

/** Options of `handoff sensitivity`. */
export interface SensitivityOptions {
  metric: string;
  model?: string;
  replications: number;
  morris?: number;
  seed?: string;
}

/** The options of `handoff sensitivity` that decide its document. */
const STAMPED = ['metric', 'model', 'replications', 'morris', 'seed'] as const;

/** Lays out `handoff sensitivity`: a fixed plan, every setting (scenario, each lever's low and high, Morris's) --replications times. */
export async function prepareSensitivity(file: string, opts: SensitivityOptions, load: LoadScenario): Promise<DecidePlan<number, SensitivityDocument>> {
  const metric = parseMetric(opts.metric);
  if (typeof metric === 'string') throw new UserError(metric);
  if (opts.replications < 2) throw new UserError('--replications must be at least 2 (a paired interval needs two replications)');
  const chosen = opts.model ? parseModel(opts.model) : undefined;
  const { scenario: loaded, text } = await load(chosen ? [chosen] : []);
  const model = chosen ?? loaded.model;
  const plan = planLevers(assumptionsInForce(parse(text)));
  // Point 0 is the scenario as it is; then each lever's low and high that differ from it.
  const grid: Override[][] = [[]];
  const at = plan.levers.map((l) => {
    const index = (side: typeof l.low) => (side.sameAsScenario ? null : grid.push(side.overrides) - 1);
    return { low: index(l.low), high: index(l.high) };
  });
  // Morris trajectories: their settings are points too, each distinct setting run once.
  const design = opts.morris ? morrisTrajectories(plan.levers.length, opts.morris, createStream(seedOf(opts.seed, loaded.seed), 'morris')) : [];
  const settingPoint = new Map<string, number>();
  const morrisPoints = design.map((t) =>
    t.settings.map((levels) => {
      const key = levels.map((high) => (high ? 1 : 0)).join('');
      let point = settingPoint.get(key);
      if (point === undefined) {
        point = grid.push(plan.levers.flatMap((l, i) => (levels[i] ? l.high.overrides : l.low.overrides))) - 1;
        settingPoint.set(key, point);
      }
      return point;
    }),
  );
  const points = loadPoints(file, text, grid, opts.seed);
  const n = opts.replications;
  return {
    stamp: decideStamp('sensitivity', opts, STAMPED),
    setup: { scenarioText: text, points },
    models: [model],
    cap: n,
    valueOf: (r) => rowOf(r, [metric], { kind: 'setting', path: '' })[0],
    views: { table: sensitivityTable, csv: sensitivityTable },
    decide: async (fetch) => {
      const values = await fetch(points.map((_, point) => ({ point, model, from: 0, to: n })));
      const morris = opts.morris
        ? { trajectories: opts.morris, settingsRun: settingPoint.size, effects: elementaryEffects(design, morrisPoints.map((t) => t.map((p) => mean(values[p]))), plan.levers.length) }
        : undefined;
      return buildSensitivityDocument({
        scenario: points[0].scenario,
        model,
        metric,
        replications: n,
        plan,
        baseline: values[0],
        sides: at.map((p) => ({ low: p.low === null ? null : values[p.low], high: p.high === null ? null : values[p.high] })),
        morris,
      });
    },
  };
}

/** The mean of the finite values (NaN when there are none). */
function mean(xs: readonly number[]): number {
  const finite = xs.filter((x) => Number.isFinite(x));
  return finite.length > 0 ? finite.reduce((a, b) => a + b, 0) / finite.length : NaN;
}

/** `handoff sensitivity FILE --metric M`: every behavioural assumption at its plausible low and high, one at a time, ranked by how far it moves M. */
export async function sensitivityCommand(file: string, opts: SensitivityOptions & DecideRunOptions, io: CliIO): Promise<void> {
  await executeDecide(await prepareSensitivity(file, opts, fileLoader(file)), file, opts, io);
}
