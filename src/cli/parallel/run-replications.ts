import { availableParallelism } from 'node:os';
import { runReplication, type ModelName, type Override, type ReplicationResult, type RouteCondition, type Scenario } from '../../sim/index.js';
import { InterruptedError } from '../io.js';
import type { ReplicationTask } from './protocol.js';
import { TaskQueue } from './task-queue.js';
import { startWorkers, type WorkerPool } from './worker-pool.js';

/** What to run: every point of a grid (one point outside sweeps) under each model, `replications` times. */
export interface ReplicationPlan {
  /** Each point's overrides, and the scenario they give with the seed applied (worker threads get a copy). */
  points: ReadonlyArray<{ overrides: Override[]; scenario: Scenario }>;
  models: readonly ModelName[];
  replications: number;
  /**
   * Only the units (point × replication, numbered point-major) from start up to but not including
   * end, every model of each: a shard's slice. Default: all of them.
   */
  units?: { start: number; end: number };
  /**
   * Exactly these tasks instead of every (point, replication, model) — a sequential procedure's
   * next batch. `replications` and `units` are then ignored.
   */
  tasks?: readonly ReplicationTask[];
  /** Asset keys whose set completion each replication reports (handoff odds). */
  completionOf?: readonly string[];
  /** The pilot's route: each replication reports per-asset rows (handoff pilot). */
  pilotRoute?: RouteCondition;
  /** Each replication reports per-asset outcomes as its audit reads them (handoff backtest). */
  outcomes?: boolean;
  /** How many replications run at once: this thread and workers − 1 worker threads. Default: the number of cores. */
  workers?: number;
  /**
   * How this thread shares the work with the worker threads. 'as-ready' (the default): threads
   * start with a run of THREADS_AT_ONCE_FROM tasks or more, else only once this thread has timed
   * its replications and the rest is worth them; a thread gets work once it is ready; and once
   * the queue is empty this thread runs what the threads still hold rather than wait for them
   * (the first result of a task is kept: a replication gives the same result wherever it runs).
   * So a run too short for threads is not slowed by them. 'threads-too': threads start with the
   * run, are handed work at once and keep all of it, so that even a tiny run crosses threads
   * (what the tests of thread-independence need; HANDOFF_THREADS=threads-too in the environment
   * sets it for the CLI).
   */
  sharing?: 'as-ready' | 'threads-too';
  onProgress?: (done: number, total: number) => void;
  /** Aborts the run (Ctrl-C): workers are terminated and the promise rejects with InterruptedError. */
  signal?: AbortSignal;
}

/** The replications of one point, by model, in index order. */
export type PointReplications = Map<ModelName, ReplicationResult[]>;

/**
 * Work left, estimated for this thread alone, above which worker threads are worth starting. A
 * thread takes about 0.3 s to be ready and its first replications run on cold code; on two cores
 * its start-up also slowed this thread by about 0.1 s. Started for less, threads made runs slower
 * (the flagship's 30-replication comparison: 0.45 s on one thread, 0.65 s on two).
 */
const THREADS_WORTH_MS = 1500;
/**
 * Runs of at least this many tasks start their threads at once: waiting to time the first
 * replications cost the flagship's 1000-replication comparison about 0.2 s on two threads (the
 * thread then started while this one was busiest compiling), and so many tasks are rarely short.
 */
const THREADS_AT_ONCE_FROM = 400;
/**
 * This thread runs this long before it estimates the rest, from its latest replication's time:
 * the first replications of a process run on cold code, several times slower than the later ones.
 */
const ESTIMATE_AFTER_MS = 250;

/** The default number of workers: the machine's cores. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** Every (point, replication, model), models interleaved so that any stretch of tasks mixes them. */
function planTasks(plan: ReplicationPlan): ReplicationTask[] {
  if (plan.tasks) return [...plan.tasks];
  const tasks: ReplicationTask[] = [];
  const { start, end } = plan.units ?? { start: 0, end: plan.points.length * plan.replications };
  for (let unit = start; unit < end; unit++) {
    const point = Math.floor(unit / plan.replications);
    const index = unit % plan.replications;
    for (const model of plan.models) tasks.push({ point, model, index });
  }
  return tasks;
}

/**
 * Runs every (point, model, replication) with up to `workers` at once: this thread takes its
 * share between the batches the worker threads pull (it is warm already; a thread takes a while
 * to start), then whatever the threads still hold (see `sharing`). Results are sorted by index,
 * so whatever the number of workers, and whoever ran what, the document is the same.
 */
export async function runReplications(plan: ReplicationPlan): Promise<PointReplications[]> {
  const queue = new TaskQueue(planTasks(plan));
  const total = queue.tasks.length;
  const results = new ResultTable(plan, total);
  const accept = (point: number, result: ReplicationResult) => results.accept(point, result);
  const threads = Math.max(0, Math.min(plan.workers ?? defaultWorkers(), total) - 1);
  const setup = {
    scenarios: plan.points.map((p) => p.scenario),
    ...(plan.completionOf ? { completionOf: [...plan.completionOf] } : {}),
    ...(plan.pilotRoute ? { pilotRoute: plan.pilotRoute } : {}),
    ...(plan.outcomes ? { outcomes: true } : {}),
  };
  const options = {
    ...(plan.completionOf ? { completionOf: new Set(plan.completionOf) } : {}),
    ...(plan.pilotRoute ? { pilotRoute: plan.pilotRoute } : {}),
    ...(plan.outcomes ? { outcomes: true } : {}),
  };
  const threadsToo = (plan.sharing ?? (process.env.HANDOFF_THREADS === 'threads-too' ? 'threads-too' : 'as-ready')) === 'threads-too';
  let pool: WorkerPool | null = null;
  const startPool = () => (pool = startWorkers({ setup, queue, threads, accept, feedBeforeReady: threadsToo }));
  // Threads that keep their work start with the run; otherwise once the work left is worth them.
  let decided = threads === 0;
  if (!decided && (threadsToo || total >= THREADS_AT_ONCE_FROM)) {
    startPool();
    decided = true;
  }
  const began = performance.now();
  const runTask = (t: ReplicationTask) => {
    if (results.has(t)) return;
    const from = performance.now();
    accept(t.point, runReplication(plan.points[t.point].scenario, t.model, t.index, options));
    if (decided) return;
    const now = performance.now();
    if (now - began < ESTIMATE_AFTER_MS) return;
    decided = true;
    if (queue.remaining * (now - from) > THREADS_WORTH_MS) startPool();
  };
  // What the threads still hold, not run here yet (none when they keep their work).
  const heldByThreads = (): ReplicationTask | undefined => (threadsToo || !pool ? undefined : (pool as WorkerPool).outstanding().find((t) => !results.has(t)));
  try {
    await runHere(plan, () => queue.take(1)[0] ?? heldByThreads(), runTask, () => pool);
    await waitFor(plan, results.complete, pool);
  } catch (e) {
    (pool as WorkerPool | null)?.terminate();
    throw e;
  }
  (pool as WorkerPool | null)?.stop();
  return results.byPoint();
}

/**
 * The results of a run's tasks as they come, from this thread or a worker thread: the first
 * result of a task is kept and a second dropped (a task this thread took back from a thread may
 * be finished by both; the two results are the same). `complete` settles when every task has one.
 */
export class ResultTable {
  private readonly out: PointReplications[];
  private readonly seen = new Set<string>();
  private allDone!: () => void;
  readonly complete = new Promise<void>((resolve) => (this.allDone = resolve));

  constructor(
    private readonly plan: Pick<ReplicationPlan, 'points' | 'models' | 'onProgress'>,
    private readonly total: number,
  ) {
    this.out = plan.points.map(() => new Map(plan.models.map((m) => [m, []])));
    if (total === 0) this.allDone();
  }

  /** True when the task has its result. */
  has(task: ReplicationTask): boolean {
    return this.seen.has(`${task.point}/${task.model}/${task.index}`);
  }

  /** Keeps a task's result unless it has one already; false when dropped. */
  accept(point: number, result: ReplicationResult): boolean {
    const key = `${point}/${result.model}/${result.index}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.out[point].get(result.model)!.push(result);
    this.plan.onProgress?.(this.seen.size, this.total);
    if (this.seen.size === this.total) this.allDone();
    return true;
  }

  /** Each point's results by model, in index order. */
  byPoint(): PointReplications[] {
    for (const byModel of this.out) for (const list of byModel.values()) list.sort((a, b) => a.index - b.index);
    return this.out;
  }
}

/**
 * Runs tasks in this thread until `next` has none, yielding to the event loop every few
 * milliseconds so that worker messages, the progress bar and Ctrl-C get their turn.
 */
async function runHere(plan: ReplicationPlan, next: () => ReplicationTask | undefined, run: (task: ReplicationTask) => void, poolNow: () => WorkerPool | null): Promise<void> {
  let yielded = performance.now();
  for (;;) {
    if (plan.signal?.aborted) throw new InterruptedError();
    const failure = poolNow()?.failure();
    if (failure) throw failure;
    const t = next();
    if (!t) return;
    run(t);
    // Often enough for the threads' messages once there are threads; else for Ctrl-C and progress.
    if (performance.now() - yielded > (poolNow() ? 5 : 50)) {
      await new Promise((resolve) => setImmediate(resolve));
      yielded = performance.now();
    }
  }
}

/** Waits until every task has its result (from the threads, when they keep their work), still listening for Ctrl-C and failures. */
async function waitFor(plan: ReplicationPlan, complete: Promise<void>, pool: WorkerPool | null): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(new InterruptedError());
    if (plan.signal?.aborted) return onAbort();
    plan.signal?.addEventListener('abort', onAbort, { once: true });
    const settled = pool ? Promise.race([complete, pool.finished]) : complete;
    settled.then(resolve, reject).finally(() => plan.signal?.removeEventListener('abort', onAbort));
  });
  if (plan.signal?.aborted) throw new InterruptedError();
}
