import { decidePilot, MAX_PILOT_WEEKS, parsePilotRoute, pilotOverrides, pilotSpanWeeks, type ModelName, type PilotDocument } from '../../sim/index.js';
import { runBatch } from '../decide/run-batch.js';
import { emit } from '../emit.js';
import { pilotTable } from '../format/pilot-table.js';
import { UserError, type CliIO } from '../io.js';
import { loadPoints } from '../job.js';
import { parseModel, seedOf } from '../options.js';
import { readScenario } from '../scenario-file.js';

/** Options of `handoff pilot`. */
export interface PilotOptions {
  baseline: string;
  pilot: string;
  route: string;
  weeks: string;
  maxWeeks?: number;
  alpha: number;
  power: number;
  replications: number;
  seed?: string;
  json?: boolean;
  out?: string;
  workers?: number;
}

/** The two review models a pilot can mix in one team: a hybrid route sends each asset to the sync gate or the async queue. */
function routeModel(option: string, text: string): 'sync' | 'async' {
  const model: ModelName = parseModel(text);
  if (model !== 'sync' && model !== 'async') {
    throw new UserError(`${option} ${text}: a pilot is simulated as a hybrid route, which sends each asset to the sync gate or the async queue; choose sync or async`);
  }
  return model;
}

/** Reads --weeks: whole numbers of weeks, at least one. */
function parseWeeks(text: string): number[] {
  const parts = text.split(',').map((w) => w.trim()).filter((w) => w !== '');
  const weeks = parts.map(Number);
  const bad = parts.find((w, i) => !Number.isInteger(weeks[i]) || weeks[i] < 1 || weeks[i] > 520);
  if (parts.length === 0 || bad !== undefined) throw new UserError(`--weeks "${text}": list pilot lengths in whole weeks (1 to 520), e.g. 2,4,6`);
  return [...new Set(weeks)].sort((a, b) => a - b);
}

/** `handoff pilot FILE --baseline sync --pilot async --route channel=…`: the power of each pilot length, the weeks needed, the smallest detectable difference. */
export async function pilotCommand(file: string, opts: PilotOptions, io: CliIO): Promise<void> {
  const baseline = routeModel('--baseline', opts.baseline);
  const pilot = routeModel('--pilot', opts.pilot);
  const weeks = parseWeeks(opts.weeks);
  if (!(opts.alpha > 0 && opts.alpha < 1)) throw new UserError(`--alpha ${opts.alpha}: a significance level lies strictly between 0 and 1`);
  if (!(opts.power > 0 && opts.power < 1)) throw new UserError(`--power ${opts.power}: a power lies strictly between 0 and 1`);
  const { scenario: loaded, text } = await readScenario(file, [baseline, pilot]);
  const route = parsePilotRoute(opts.route, loaded);
  if (typeof route === 'string') throw new UserError(route);
  const spanWeeks = pilotSpanWeeks(loaded, weeks, opts.maxWeeks);
  if (spanWeeks > MAX_PILOT_WEEKS) throw new UserError(`--max-weeks ${spanWeeks}: at most ${MAX_PILOT_WEEKS} weeks`);
  const points = loadPoints(file, text, [pilotOverrides({ scenario: loaded, route, baseline, pilot, spanWeeks })], opts.seed);
  const setup = { scenarioText: text, points, workers: opts.workers, pilotRoute: route, io, label: 'pilot' };
  const scenario = { ...points[0].scenario, seed: seedOf(opts.seed, loaded.seed) };
  const doc = await decidePilot({
    scenario,
    baseline,
    pilot,
    routeText: opts.route,
    route,
    weeks,
    spanWeeks,
    alpha: opts.alpha,
    power: opts.power,
    replications: opts.replications,
    run: (requests) => runBatch(setup, requests),
  });
  await emit<PilotDocument>(doc, opts, io, { table: pilotTable, csv: pilotTable });
}

