import { decidePilot, MAX_PILOT_WEEKS, parsePilotRoute, pilotOverrides, pilotSpanWeeks, type ModelName, type PilotDocument } from '../../sim/index.js';
import { decideStamp, type DecidePlan, type LoadScenario } from '../decide/decide-plan.js';
import { executeDecide, type DecideRunOptions } from '../decide/execute-decide.js';
import { fileLoader } from '../decide/prepare-decide.js';
import { pilotTable } from '../format/pilot-table.js';
import { UserError, type CliIO } from '../io.js';
import { loadPoints } from '../job.js';
import { parseModel, seedOf } from '../options.js';

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

/** The options of `handoff pilot` that decide its document. */
const STAMPED = ['baseline', 'pilot', 'route', 'weeks', 'maxWeeks', 'alpha', 'power', 'replications', 'seed'] as const;

/** Lays out `handoff pilot`: a fixed plan (decidePilot), the hybrid with the pilot and the baseline, each --replications times. */
export async function preparePilot(file: string, opts: PilotOptions, load: LoadScenario): Promise<DecidePlan<PilotDocument>> {
  const baseline = routeModel('--baseline', opts.baseline);
  const pilot = routeModel('--pilot', opts.pilot);
  const weeks = parseWeeks(opts.weeks);
  if (!(opts.alpha > 0 && opts.alpha < 1)) throw new UserError(`--alpha ${opts.alpha}: a significance level lies strictly between 0 and 1`);
  if (!(opts.power > 0 && opts.power < 1)) throw new UserError(`--power ${opts.power}: a power lies strictly between 0 and 1`);
  const { scenario: loaded, text } = await load([baseline, pilot]);
  const route = parsePilotRoute(opts.route, loaded);
  if (typeof route === 'string') throw new UserError(route);
  const spanWeeks = pilotSpanWeeks(loaded, weeks, opts.maxWeeks);
  if (spanWeeks > MAX_PILOT_WEEKS) throw new UserError(`--max-weeks ${spanWeeks}: at most ${MAX_PILOT_WEEKS} weeks`);
  const points = loadPoints(file, text, [pilotOverrides({ scenario: loaded, route, baseline, pilot, spanWeeks })], opts.seed);
  const scenario = { ...points[0].scenario, seed: seedOf(opts.seed, loaded.seed) };
  return {
    stamp: decideStamp('pilot', opts, STAMPED),
    setup: { scenarioText: text, points, pilotRoute: route },
    models: ['hybrid', baseline],
    cap: opts.replications,
    // The pilot's statistics read the per-asset rows.
    keep: (r) => ({ pilot: r.pilot }),
    views: { table: pilotTable, csv: pilotTable },
    decide: (run) =>
      decidePilot({
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
        run,
      }),
  };
}

/** `handoff pilot FILE --baseline sync --pilot async --route channel=…`: the power of each pilot length, the weeks needed, the smallest detectable difference. */
export async function pilotCommand(file: string, opts: PilotOptions & DecideRunOptions, io: CliIO): Promise<void> {
  await executeDecide(await preparePilot(file, opts, fileLoader(file)), file, opts, io);
}
