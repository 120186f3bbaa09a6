import { parse } from 'yaml';
import { assumptionsInForce, decideSensitivity, parseMetric, planLevers, rowInputs, sensitivityGrid, type SensitivityDocument } from '../../sim/index.js';
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

/** Lays out `handoff sensitivity`: a fixed plan (decideSensitivity), every setting of its grid --replications times. */
export async function prepareSensitivity(file: string, opts: SensitivityOptions, load: LoadScenario): Promise<DecidePlan<SensitivityDocument>> {
  const metric = parseMetric(opts.metric);
  if (typeof metric === 'string') throw new UserError(metric);
  if (opts.replications < 2) throw new UserError('--replications must be at least 2 (a paired interval needs two replications)');
  const chosen = opts.model ? parseModel(opts.model) : undefined;
  const { scenario: loaded, text } = await load(chosen ? [chosen] : []);
  const model = chosen ?? loaded.model;
  const plan = planLevers(assumptionsInForce(parse(text)));
  const layout = sensitivityGrid(plan, opts.morris, seedOf(opts.seed, loaded.seed));
  const points = loadPoints(file, text, layout.grid, opts.seed);
  return {
    stamp: decideStamp('sensitivity', opts, STAMPED),
    setup: { scenarioText: text, points },
    models: [model],
    cap: opts.replications,
    keep: (r) => rowInputs(r, [metric], { kind: 'setting', path: '' }),
    views: { table: sensitivityTable, csv: sensitivityTable },
    decide: (run) => decideSensitivity({ model, metric, replications: opts.replications, plan, morris: opts.morris, layout, points, run }),
  };
}

/** `handoff sensitivity FILE --metric M`: every behavioural assumption at its plausible low and high, one at a time, ranked by how far it moves M. */
export async function sensitivityCommand(file: string, opts: SensitivityOptions & DecideRunOptions, io: CliIO): Promise<void> {
  await executeDecide(await prepareSensitivity(file, opts, fileLoader(file)), file, opts, io);
}
