import { parse as parseYaml } from 'yaml';
import { sweepGrid } from '../experiment/sweep.js';
import { assumptionsInForce } from '../scenario/assumptions-in-force.js';
import { loadScenario } from '../scenario/load.js';
import { formatProblem } from '../scenario/problem.js';
import type { Scenario } from '../scenario/types.js';
import { selectAssets } from './asset-set.js';
import { parseDeadline } from './deadline.js';
import type { DecisionDocument, DecisionRequest, OddsRequest, PilotRequest, SensitivityRequest, SizeRequest } from './decision-request.js';
import { decisionPoints, localRunner } from './decision-runner.js';
import { parseMetric } from './metric-spec.js';
import { decideOdds } from './odds-decision.js';
import { decidePilot, MAX_PILOT_WEEKS, pilotOverrides } from './pilot-decision.js';
import { parsePilotRoute } from './pilot-route.js';
import { decideSensitivity, sensitivityGrid } from './sensitivity-decision.js';
import { planLevers } from './sensitivity-levers.js';
import { decideSize } from './size-decision.js';
import { parseCost } from './size-values.js';
import { parseTarget, type Target } from './target.js';

/** A re-run's outcome: the document, or what is wrong with the request (one line each). */
export type RerunOutcome = { ok: true; document: DecisionDocument } | { ok: false; problems: string[] };

const fail = (...problems: string[]): RerunOutcome => ({ ok: false, problems });

/**
 * Runs a decision command's procedure here, in this thread, from the scenario text and the
 * command's options: the viewer's worker re-runs a Decide view's document this way. Given the
 * options a document was made with (`requestOf`), it makes the same document.
 */
export async function runDecisionRequest(scenarioText: string, request: DecisionRequest, onReplication?: () => void): Promise<RerunOutcome> {
  const loaded = loadScenario(scenarioText);
  if (!loaded.ok) return fail(...loaded.problems.map((p) => formatProblem('scenario', p)));
  const scenario: Scenario = { ...loaded.scenario, seed: request.seed };
  switch (request.kind) {
    case 'size':
      return size(scenarioText, scenario, request, onReplication);
    case 'odds':
      return odds(scenario, request, onReplication);
    case 'pilot':
      return pilot(scenarioText, scenario, request, onReplication);
    case 'sensitivity':
      return sensitivity(scenarioText, scenario, request, onReplication);
  }
}

async function size(text: string, scenario: Scenario, r: SizeRequest, tick?: () => void): Promise<RerunOutcome> {
  const targets = r.targets.map((t) => parseTarget(t));
  const bad = targets.filter((t): t is string => typeof t === 'string');
  if (bad.length > 0) return fail(...bad);
  if (!(r.confidence > 0 && r.confidence < 1)) return fail(`confidence ${r.confidence}: a confidence lies strictly between 0 and 1`);
  const cost = parseCost(r.cost, r.levers);
  if (typeof cost === 'string') return fail(cost);
  const points = decisionPoints(text, sweepGrid(r.levers), r.seed);
  if (typeof points[0] === 'string') return fail(...(points as string[]));
  const ready = points as Exclude<typeof points, string[]>;
  const document = await decideSize({
    scenario,
    model: r.model,
    targets: targets as Target[],
    cost,
    levers: r.levers,
    points: ready,
    confidence: r.confidence,
    minReplications: r.minReplications,
    maxReplications: r.maxReplications,
    run: localRunner(ready, {}, tick),
  });
  return { ok: true, document };
}

async function odds(scenario: Scenario, r: OddsRequest, tick?: () => void): Promise<RerunOutcome> {
  const deadline = parseDeadline(r.deadline, scenario);
  if (typeof deadline === 'string') return fail(deadline);
  const selector = { deadlineMin: deadline.minutes, ...(r.campaign !== null ? { campaign: r.campaign } : {}), ...(r.channels ? { channels: r.channels } : {}), ...(r.types ? { types: r.types } : {}) };
  const set = selectAssets(scenario, selector);
  if (typeof set === 'string') return fail(set);
  const rule = { precision: r.precision, maxReplications: r.maxReplications, confidence: 0.95 };
  const run = localRunner([{ overrides: [], scenario }], { completionOf: new Set(set.keys) }, tick);
  return { ok: true, document: await decideOdds({ scenario, models: r.models, deadline, selector, set, rule, batch: r.batch, run }) };
}

async function pilot(text: string, scenario: Scenario, r: PilotRequest, tick?: () => void): Promise<RerunOutcome> {
  if (r.weeks.length === 0 || !r.weeks.every((w) => Number.isInteger(w) && w >= 1 && w <= MAX_PILOT_WEEKS)) return fail(`weeks ${r.weeks.join(',')}: list pilot lengths in whole weeks (1 to ${MAX_PILOT_WEEKS})`);
  if (!(r.alpha > 0 && r.alpha < 1)) return fail(`alpha ${r.alpha}: a significance level lies strictly between 0 and 1`);
  const route = parsePilotRoute(r.route, scenario);
  if (typeof route === 'string') return fail(route);
  const weeks = [...new Set(r.weeks)].sort((a, b) => a - b);
  const spanWeeks = Math.max(r.spanWeeks, weeks[weeks.length - 1]);
  const points = decisionPoints(text, [pilotOverrides({ scenario, route, baseline: r.baseline, pilot: r.pilot, spanWeeks })], r.seed);
  if (typeof points[0] === 'string') return fail(...(points as string[]));
  const ready = points as Exclude<typeof points, string[]>;
  const document = await decidePilot({
    scenario: ready[0].scenario,
    baseline: r.baseline,
    pilot: r.pilot,
    routeText: r.route,
    route,
    weeks,
    spanWeeks,
    alpha: r.alpha,
    power: r.power,
    replications: r.replications,
    run: localRunner(ready, { pilotRoute: route }, tick),
  });
  return { ok: true, document };
}

async function sensitivity(text: string, scenario: Scenario, r: SensitivityRequest, tick?: () => void): Promise<RerunOutcome> {
  const metric = parseMetric(r.metric);
  if (typeof metric === 'string') return fail(metric);
  if (!scenario.models.includes(r.model) && r.model !== scenario.model) return fail(`model ${r.model}: the scenario does not define it`);
  const plan = planLevers(assumptionsInForce(parseYaml(text)));
  const layout = sensitivityGrid(plan, r.morris ?? undefined, r.seed);
  const points = decisionPoints(text, layout.grid, r.seed);
  if (typeof points[0] === 'string') return fail(...(points as string[]));
  const ready = points as Exclude<typeof points, string[]>;
  const document = await decideSensitivity({ model: r.model, metric, replications: r.replications, plan, morris: r.morris ?? undefined, layout, points: ready, run: localRunner(ready, {}, tick) });
  return { ok: true, document };
}
