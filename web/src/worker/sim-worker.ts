// A simulation worker: loads a run's scenario (with its overrides), then runs the replications,
// assemblies and event logs the pool hands it. Several run side by side; the result is the same
// for any number of them (replications are seeded by index and assembled in index order).
import { parse as parseYaml } from 'yaml';
import {
  assemble,
  assumptionsInForce,
  formatProblem,
  loadScenario,
  MODELS,
  runDecisionRequest,
  runReplication,
  WorkingCalendar,
  type EventRow,
  type ModelName,
  type ReplicationResult,
  type Scenario,
} from '../../../src/sim/index.js';
import { whatIfBaseline } from '../transforms/what-if.js';
import type { TimelineInput } from '../transforms/timeline.js';
import type { WorkerAnswer, WorkerTask } from './protocol.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const answer = (a: WorkerAnswer) => scope.postMessage(a);
let loaded: { run: number; scenario: Scenario; models: ModelName[] } | null = null;

scope.onmessage = (event: MessageEvent<WorkerTask>) => {
  const task = event.data;
  try {
    handle(task);
  } catch (e) {
    answer({ type: 'failed', run: task.run, message: (e as Error).message ?? String(e) });
  }
};

function handle(task: WorkerTask): void {
  if (task.type === 'load') return load(task);
  if (task.type === 'decide') return void decide(task);
  if (!loaded || loaded.run !== task.run) throw new Error(`run ${task.run} was not loaded in this worker`);
  const { scenario } = loaded;
  switch (task.type) {
    case 'replicate':
      answer({ type: 'replicated', run: task.run, results: task.indices.map((i) => runReplication(scenario, task.model as ModelName, i)) });
      return;
    case 'assemble': {
      const reps = new Map<ModelName, ReplicationResult[]>();
      for (const r of task.results) {
        let list = reps.get(r.model);
        if (!list) reps.set(r.model, (list = []));
        list.push(r);
      }
      answer({ type: 'assembled', run: task.run, document: assemble(scenario, task.models as ModelName[], reps, task.replications) });
      return;
    }
    case 'timelines':
      answer({ type: 'timelines', run: task.run, timelines: loaded.models.map((m) => timelineOf(scenario, m)) });
      return;
  }
}

function load(task: Extract<WorkerTask, { type: 'load' }>): void {
  const { options, run } = task;
  const base = loadScenario(options.scenarioText);
  if (!base.ok) return answer({ type: 'problems', run, problems: base.problems.map((p) => formatProblem('scenario', p)) });
  const withOverrides = options.overrides.length > 0 ? loadScenario(options.scenarioText, { overrides: options.overrides }) : base;
  if (!withOverrides.ok) return answer({ type: 'problems', run, problems: withOverrides.problems.map((p) => formatProblem('scenario', p)) });
  const scenario: Scenario = { ...withOverrides.scenario, seed: options.seed ?? withOverrides.scenario.seed };
  const models = (options.models ?? scenario.models).filter((m): m is ModelName => (MODELS as readonly string[]).includes(m));
  loaded = { run, scenario, models };
  const raw: unknown = parseYaml(options.scenarioText);
  answer({
    type: 'loaded',
    run,
    name: scenario.name,
    baseline: whatIfBaseline(raw, base.scenario),
    assumptions: assumptionsInForce(raw),
    models,
    replications: options.replications ?? scenario.replications,
    seed: scenario.seed,
  });
}

/** Runs a decision command's procedure here (the Decide view's re-run), telling the page how many replications ran now and then. */
async function decide(task: Extract<WorkerTask, { type: 'decide' }>): Promise<void> {
  const started = performance.now();
  let replications = 0;
  let told = started;
  try {
    const outcome = await runDecisionRequest(task.scenarioText, task.request, () => {
      replications++;
      const now = performance.now();
      if (now - told < 200) return;
      told = now;
      answer({ type: 'decide-progress', run: task.run, replications });
    });
    if (outcome.ok) answer({ type: 'decided', run: task.run, document: outcome.document, elapsedMs: performance.now() - started });
    else answer({ type: 'problems', run: task.run, problems: outcome.problems });
  } catch (e) {
    answer({ type: 'failed', run: task.run, message: (e as Error).message ?? String(e) });
  }
}

/** Replication 0 of one model with its event log, and each person's working windows. */
function timelineOf(scenario: Scenario, model: ModelName): TimelineInput {
  const rows: EventRow[] = [];
  runReplication(scenario, model, 0, { eventLog: (row) => rows.push(row) });
  const names = (ids: readonly number[]) => ids.map((i) => scenario.people[i].name);
  const meetings: Record<string, string[]> = { 'review meeting': names(scenario.sync.attendees) };
  if (scenario.async.triage) meetings.triage = names(scenario.async.triage.attendees);
  return {
    model,
    originMs: scenario.originMs,
    horizonMin: scenario.horizonMin,
    warmupMin: scenario.warmupMin,
    people: scenario.people.map((p) => ({
      name: p.name,
      group: p.group,
      role: p.role,
      tz: p.calendar.tz,
      windows: new WorkingCalendar(p.calendar, scenario.originMs).windows(0, scenario.horizonMin),
    })),
    meetings,
    rows,
  };
}
