// A simulation worker: loads a run's scenario (with its overrides), then runs the replications,
// assemblies and event logs the pool hands it. Several run side by side; the result is the same
// for any number of them (replications are seeded by index and assembled in index order). It
// stays up between runs: the scenario file's own reading and the compiled code are kept.
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
import type { AssumptionInForce } from '../../../src/sim/scenario/assumptions-in-force.js';
import { whatIfBaseline, type WhatIfBaseline } from '../transforms/what-if.js';
import { replicationValues } from '../transforms/what-if-deltas.js';
import type { TimelineInput } from '../transforms/timeline.js';
import type { WorkerAnswer, WorkerTask } from './protocol.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const answer = (a: WorkerAnswer) => scope.postMessage(a);
/** The run loaded here, and the replication results kept for its assemblies. */
let loaded: { run: number; scenario: Scenario; models: ModelName[]; kept: Map<string, ReplicationResult[]> } | null = null;
/** The last scenario file read, without overrides: a lever move re-reads only the overrides. */
let file: { text: string; scenario: Scenario; baseline: WhatIfBaseline; assumptions: AssumptionInForce[] } | null = null;

// Tasks wait in a queue and run one a turn of the event loop, so a load that arrives while a task
// runs is seen before the next one and the earlier run's waiting tasks are dropped. An assembly or
// the event logs go before the chunks of replications waiting (the pool sends them only when the
// results they need are in), so the page does not wait on chunks handed out ahead.
const queue: WorkerTask[] = [];
const turn = new MessageChannel();
turn.port1.onmessage = () => {
  const urgent = queue.findIndex((t) => t.type !== 'replicate');
  const task = queue.splice(urgent > 0 ? urgent : 0, 1)[0];
  if (queue.length > 0) turn.port2.postMessage(null);
  if (task) perform(task);
};

scope.onmessage = (event: MessageEvent<WorkerTask>) => {
  const task = event.data;
  if (task.type === 'decide') return void decide(task);
  if (task.type === 'load') for (const stale of queue.splice(0)) answer({ type: 'skipped', run: stale.run });
  queue.push(task);
  if (queue.length === 1) turn.port2.postMessage(null);
};

function perform(task: WorkerTask): void {
  try {
    handle(task);
  } catch (e) {
    answer({ type: 'failed', run: task.run, message: (e as Error).message ?? String(e) });
  }
}

function handle(task: WorkerTask): void {
  if (task.type === 'load') return load(task);
  if (!loaded || loaded.run !== task.run) throw new Error(`run ${task.run} was not loaded in this worker`);
  const { scenario, kept } = loaded;
  switch (task.type) {
    case 'replicate': {
      const started = performance.now();
      const results: ReplicationResult[] = [];
      for (let i = task.first; i < task.first + task.count; i++) results.push(runReplication(scenario, task.model as ModelName, i));
      const ms = performance.now() - started;
      if (task.keep) keep(kept, results);
      answer({ type: 'replicated', run: task.run, model: task.model, first: task.first, count: task.count, ms, results: task.keep ? null : results });
      return;
    }
    case 'assemble': {
      keep(kept, task.results);
      // A provisional assembly takes only each model's first replications, as a run of that many would.
      const upTo = (list: ReplicationResult[]) => list.filter((r) => r.index < task.replications);
      const reps = new Map<ModelName, ReplicationResult[]>(task.models.map((m) => [m as ModelName, upTo(kept.get(m) ?? [])]));
      answer({ type: 'assembled', run: task.run, document: assemble(scenario, task.models as ModelName[], reps, task.replications), values: replicationValues(reps.values(), task.replications) });
      return;
    }
    case 'timelines':
      answer({ type: 'timelines', run: task.run, timelines: loaded.models.map((m) => timelineOf(scenario, m)) });
      return;
  }
}

function keep(kept: Map<string, ReplicationResult[]>, results: readonly ReplicationResult[]): void {
  for (const r of results) {
    let list = kept.get(r.model);
    if (!list) kept.set(r.model, (list = []));
    list.push(r);
  }
}

/** Reads the scenario file, or takes the last reading of the same text. */
function readFile(text: string): { ok: true; file: NonNullable<typeof file> } | { ok: false; problems: string[] } {
  if (file?.text === text) return { ok: true, file };
  const base = loadScenario(text);
  if (!base.ok) return { ok: false, problems: base.problems.map((p) => formatProblem('scenario', p)) };
  const raw: unknown = parseYaml(text);
  file = { text, scenario: base.scenario, baseline: whatIfBaseline(raw, base.scenario), assumptions: assumptionsInForce(raw) };
  return { ok: true, file };
}

function load(task: Extract<WorkerTask, { type: 'load' }>): void {
  const { options, run } = task;
  const read = readFile(options.scenarioText);
  if (!read.ok) return answer({ type: 'problems', run, problems: read.problems });
  const withOverrides = options.overrides.length > 0 ? loadScenario(options.scenarioText, { overrides: options.overrides }) : { ok: true as const, scenario: read.file.scenario };
  if (!withOverrides.ok) return answer({ type: 'problems', run, problems: withOverrides.problems.map((p) => formatProblem('scenario', p)) });
  const scenario: Scenario = { ...withOverrides.scenario, seed: options.seed ?? withOverrides.scenario.seed };
  const models = (options.models ?? scenario.models).filter((m): m is ModelName => (MODELS as readonly string[]).includes(m));
  loaded = { run, scenario, models, kept: new Map() };
  answer({
    type: 'loaded',
    run,
    name: scenario.name,
    baseline: read.file.baseline,
    assumptions: read.file.assumptions,
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
