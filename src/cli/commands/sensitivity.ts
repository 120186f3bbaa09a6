import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { assumptionsInForce, decideSensitivity, parseMetric, planLevers, sensitivityGrid, type SensitivityDocument } from '../../sim/index.js';
import { runBatch } from '../decide/run-batch.js';
import { emit } from '../emit.js';
import { sensitivityTable } from '../format/sensitivity-table.js';
import { UserError, type CliIO } from '../io.js';
import { loadPoints } from '../job.js';
import { parseModel, seedOf } from '../options.js';
import { readScenario } from '../scenario-file.js';

/** Options of `handoff sensitivity`. */
export interface SensitivityOptions {
  metric: string;
  model?: string;
  replications: number;
  morris?: number;
  seed?: string;
  json?: boolean;
  out?: string;
  workers?: number;
}

/** `handoff sensitivity FILE --metric M`: every behavioural assumption at its plausible low and high, one at a time, ranked by how far it moves M. */
export async function sensitivityCommand(file: string, opts: SensitivityOptions, io: CliIO): Promise<void> {
  const metric = parseMetric(opts.metric);
  if (typeof metric === 'string') throw new UserError(metric);
  if (opts.replications < 2) throw new UserError('--replications must be at least 2 (a paired interval needs two replications)');
  const chosen = opts.model ? parseModel(opts.model) : undefined;
  const { scenario: loaded, text } = await readScenario(file, chosen ? [chosen] : []);
  const model = chosen ?? loaded.model;
  const plan = planLevers(assumptionsInForce(parse(await readFile(file, 'utf8'))));
  const layout = sensitivityGrid(plan, opts.morris, seedOf(opts.seed, loaded.seed));
  const points = loadPoints(file, text, layout.grid, opts.seed);
  const setup = { scenarioText: text, points, workers: opts.workers, io, label: 'sensitivity' };
  const doc = await decideSensitivity({ model, metric, replications: opts.replications, plan, morris: opts.morris, layout, points, run: (requests) => runBatch(setup, requests) });
  await emit<SensitivityDocument>(doc, { json: opts.json, out: opts.out }, io, { table: sensitivityTable, csv: sensitivityTable });
}
