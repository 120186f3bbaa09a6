import workerCode from 'virtual:sim-worker-source';
import { MODELS } from '../../../src/sim/scenario/model-names.js';
import { RunCache, runKey } from './run-cache.js';
import { RunShares } from './run-shares.js';
import type { RunOptions, RunReply, WorkerAnswer, WorkerTask } from './protocol.js';

/** Where a run's replies go. */
export interface RunHandlers {
  onReply: (reply: RunReply) => void;
}

interface Slot {
  worker: Worker;
  /** The run of each task sent and not answered yet, oldest first. */
  pending: number[];
  /** The run this worker has loaded (-1: none). */
  ready: number;
  /** It has answered once: a worker that has not is still starting, not stuck. */
  started: boolean;
}

interface Run {
  id: number;
  options: RunOptions;
  handlers: RunHandlers;
  /** The run's workers; the first keeps its results and assembles the documents. */
  slots: Slot[];
  shares: RunShares;
  seed: number | string | null;
  startedAt: number;
  loaded: boolean;
  resultSent: boolean;
  /** The replies a repeat of this run can be given from the cache. */
  kept: RunReply[];
  /** Its work was handed out with the load, the options naming the models and replications (see `start`). */
  planned: boolean;
  /** Started ahead of a lever move that may not come (see `runAhead`): nobody waits for it yet. */
  ahead: boolean;
  /** Its latest partial document, for whoever asks for this run while it is ahead. */
  partial: RunReply | null;
}

/** Tasks each worker holds at once: work for about this many chunks is there when one finishes, whatever the page is doing. */
const DEPTH = 4;
/** Replications of each model a worker started after the first run runs to warm its compiled code. */
const WARM_UP_REPLICATIONS = 10;
/** A worker still busy with an earlier run's task this long after a new run or a stop is replaced. */
const STALE_LIMIT_MS = 500;

/**
 * The number of workers: one per core but one (the page's thread draws the charts), at least one,
 * at most eight; the first run has one (see grow). On the two shared cores of the bench machine
 * one worker re-runs the flagship after a lever move in 1.26 s (median of 8, 1.11–1.32 s) and two
 * in 1.32 s (1.14–1.78 s): each replication took about twice as long with two running, and a
 * second worker's first run is on cold code.
 */
export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(8, cores - 1));
}

/**
 * Runs simulations on a pool of Web Workers kept between runs: every worker loads the run's
 * scenario, then takes short chunks of replications, model by model, in index order (a long run's
 * first few replications of every model first). The first worker keeps its own results and
 * assembles a partial document early (from those first replications of every model: a
 * provisional answer; in a short run, the first model's) and the whole one when all are in; the
 * others send theirs to it through the page. A new run supersedes the one in flight: the workers drop its waiting tasks
 * and finish the chunk in hand (a worker stuck in a long one is replaced).
 */
export class SimulationPool {
  private slots: Slot[] = [];
  private current: Run | null = null;
  private nextId = 1;
  private readonly cache = new RunCache();
  /** The run answered from the cache, until its replies are given (0: none). */
  private replaying = 0;
  /** Settings to run ahead when the workers are idle, next first. */
  private aheadQueue: RunOptions[] = [];
  /** The latest run someone asked for (its id), so that a run adopted from ahead is not shown after a newer one. */
  private asked = 0;
  /** Runs made ahead and finished (what the tests and the bench read). */
  aheadDone = 0;
  /** Runs asked for that the workers started from scratch (not answered from the cache or from a run made ahead). */
  askedRuns = 0;

  constructor(private readonly size = defaultPoolSize()) {}

  /** Starts a run; replies of any earlier run are dropped from now on. */
  run(options: RunOptions, handlers: RunHandlers): void {
    const ahead = this.current;
    if (ahead?.ahead && runKey(ahead.options) === runKey(options)) {
      this.adopt(ahead, handlers);
      return;
    }
    this.stop();
    this.start(options, handlers, false);
  }

  /**
   * Runs these settings, one after another, whenever no one is waiting for a run (the levers' next
   * likely moves): each finished one is kept in the cache, so moving a lever there answers at once.
   * Any run asked for drops what is left of them; one asked for while it is being run ahead carries
   * on from where it is.
   */
  runAhead(settings: RunOptions[]): void {
    this.aheadQueue = settings.filter((o) => !this.cache.has(o));
    this.nextAhead();
  }

  private nextAhead(): void {
    if (this.current !== null || this.replaying !== 0) return;
    const options = this.aheadQueue.shift();
    if (!options) return;
    if (this.cache.has(options)) return this.nextAhead();
    const done = (reply: RunReply) => {
      if (reply.type === 'result' && options.timelines) return;
      if (reply.type === 'result' || reply.type === 'timelines') this.aheadDone++;
      if (reply.type === 'result' || reply.type === 'timelines' || reply.type === 'problems' || reply.type === 'failed') this.nextAhead();
    };
    this.start(options, { onReply: (reply) => done(reply) }, true);
  }

  /** Someone asks for the run being made ahead: what it said so far, then the rest as it comes. */
  private adopt(run: Run, handlers: RunHandlers): void {
    this.aheadQueue = [];
    run.ahead = false;
    this.asked = run.id;
    // In the order they came: the scenario read, the first model's document, the whole one.
    const early = run.resultSent || !run.partial ? [...run.kept] : [...run.kept, run.partial];
    const later: RunReply[] = [];
    run.handlers = { onReply: (reply) => void later.push(reply) };
    setTimeout(() => {
      if (this.asked !== run.id) return;
      for (const reply of early) handlers.onReply(reply);
      for (const reply of later) handlers.onReply(reply);
      if (this.asked === run.id) run.handlers = handlers;
    }, 0);
  }

  private start(options: RunOptions, handlers: RunHandlers, ahead: boolean): void {
    const id = this.nextId++;
    if (!ahead) this.asked = id;
    const cached = this.cache.get(options);
    if (cached) {
      this.replaying = id;
      setTimeout(() => {
        // A reply may start another run: the rest of this one's are dropped, as a live run's would be.
        for (const reply of cached) if (this.replaying === id) handlers.onReply(reply);
        if (this.replaying === id) {
          this.replaying = 0;
          this.nextAhead();
        }
      }, 0);
      return;
    }
    // Nothing to replicate: one worker reads the scenario (and draws the timelines).
    const wanted = options.replications === 0 ? 1 : this.size;
    // The first run has the worker started with the page; the others start when it is done.
    if (this.slots.length === 0) this.slots.push(this.spawn());
    const slots = this.slots.slice(0, wanted);
    if (!ahead) this.askedRuns++;
    const run: Run = { id, options, handlers, slots, shares: new RunShares(id), seed: null, startedAt: 0, loaded: false, resultSent: false, kept: [], ahead, partial: null, planned: false };
    this.current = run;
    for (const slot of slots) this.send(slot, { type: 'load', run: id, options });
    // A re-run names its models and replications (a lever move, a run ahead): the work goes out
    // behind the load, so a worker starts it as soon as it has read the settings rather than after
    // a round trip through the page, which may be busy drawing the lever's move.
    const { models, replications } = options;
    if (models && models.length > 0 && models.every((m) => (MODELS as readonly string[]).includes(m)) && replications !== null && replications > 0) {
      run.planned = true;
      run.shares.start(models, replications, options.timelines);
      run.startedAt = performance.now();
      for (const slot of slots) slot.ready = id;
      this.dispatch(run);
    }
  }

  /** Starts a worker ahead of the first run, so parsing its code overlaps with loading the page's data. */
  warm(): void {
    if (this.slots.length === 0) this.slots.push(this.spawn());
  }

  /** True while a run is in flight. */
  get running(): boolean {
    return this.current !== null || this.replaying !== 0;
  }

  /** Stops the run in flight, if any, and any left to run ahead: their replies are dropped, and the workers stay for the next. */
  stop(): void {
    this.aheadQueue = [];
    this.asked = this.nextId;
    this.current = null;
    this.replaying = 0;
    const next = this.nextId;
    setTimeout(() => this.replaceStale(next), STALE_LIMIT_MS);
  }

  private spawn(): Slot {
    // A data: URL: the worker needs no file (file:// pages may not load one) and no blob: store.
    const worker = new Worker(`data:text/javascript;charset=utf-8,${encodeURIComponent(workerCode)}`, { name: 'handoff-simulation' });
    const slot: Slot = { worker, pending: [], ready: -1, started: false };
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => this.answer(slot, event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.remove(slot);
      const run = this.current;
      this.current = null;
      run?.handlers.onReply({ type: 'failed', message: event.message || 'a simulation worker stopped' });
    };
    return slot;
  }

  private remove(slot: Slot): void {
    slot.worker.terminate();
    this.slots = this.slots.filter((s) => s !== slot);
  }

  /** Replaces the workers still busy with a task of a run before `run` (a long one: the chunks are short). */
  private replaceStale(run: number): void {
    const current = this.current;
    this.slots = this.slots.map((slot) => {
      if (!slot.started || slot.pending.length === 0 || slot.pending[0] >= run) return slot;
      slot.worker.terminate();
      const fresh = this.spawn();
      const at = current?.slots.indexOf(slot) ?? -1;
      if (current && at >= 0) {
        current.slots[at] = fresh;
        this.send(fresh, { type: 'load', run: current.id, options: current.options });
      }
      return fresh;
    });
  }

  private send(slot: Slot, task: WorkerTask): void {
    slot.pending.push(task.run);
    slot.worker.postMessage(task);
  }

  private finish(run: Run, reply: RunReply): void {
    if (this.current === run) this.current = null;
    this.grow(run);
    if (reply.type === 'result' || reply.type === 'timelines') {
      // Kept as asked and as resolved (the file's models, replications and seed spelled out), the way the app asks next time.
      const resolved: RunOptions = { ...run.options, models: run.shares.models, replications: run.shares.replications, seed: run.seed };
      for (const options of [run.options, resolved]) this.cache.set(options, [...run.kept, reply]);
    }
    run.handlers.onReply(reply);
  }

  private answer(slot: Slot, a: WorkerAnswer): void {
    slot.pending.shift();
    slot.started = true;
    const run = this.current;
    if (!run) return;
    if (a.run !== run.id) return this.dispatch(run);
    switch (a.type) {
      case 'loaded':
        slot.ready = run.id;
        if (!run.loaded) {
          run.loaded = true;
          run.seed = a.seed;
          if (run.planned && (a.replications !== run.shares.replications || a.models.join() !== run.shares.models.join())) {
            return this.finish(run, { type: 'failed', message: `the workers read ${a.models.join(', ')} × ${a.replications} where ${run.shares.models.join(', ')} × ${run.shares.replications} were asked` });
          }
          if (!run.planned) {
            run.shares.start(a.models, a.replications, run.options.timelines);
            run.startedAt = performance.now();
          }
          if (run.shares.total === 0 && !run.options.timelines && this.current === run) this.current = null;
          // Hand out the work before the page draws what it heard.
          this.dispatch(run);
          const loaded: RunReply = { type: 'loaded', name: a.name, baseline: a.baseline, assumptions: a.assumptions, models: a.models, replications: a.replications, seed: a.seed };
          run.kept.push(loaded);
          run.handlers.onReply(loaded);
        }
        break;
      case 'replicated':
        run.shares.collect(a);
        run.handlers.onReply({ type: 'progress', done: run.shares.collected, total: run.shares.total });
        break;
      case 'assembled': {
        // A partial document has fewer models (the first one's) or fewer replications (a provisional answer).
        const final = a.document.results.length === run.shares.models.length && a.document.replications === run.shares.replications;
        if (!final) {
          if (!run.resultSent) {
            run.partial = { type: 'partial', document: a.document, values: a.values };
            run.handlers.onReply(run.partial);
          }
          break;
        }
        run.resultSent = true;
        const result: RunReply = { type: 'result', document: a.document, elapsedMs: performance.now() - run.startedAt, values: a.values };
        if (!run.options.timelines) return this.finish(run, result);
        run.shares.queueTimelines();
        this.dispatch(run);
        run.kept.push(result);
        run.handlers.onReply(result);
        break;
      }
      case 'timelines':
        return this.finish(run, { type: 'timelines', timelines: a.timelines });
      case 'problems':
        return this.finish(run, { type: 'problems', problems: a.problems });
      case 'failed':
        return this.finish(run, { type: 'failed', message: a.message });
      case 'skipped':
        break;
    }
    if (this.current === run) this.dispatch(run);
  }

  /**
   * Starts the rest of the pool's workers once a first run is done, so their start-up does not slow
   * it, and warms their compiled code on a few replications of that run (answers dropped), so the
   * next run does not wait on a cold worker.
   */
  private grow(done: Run): void {
    while (this.slots.length < this.size) {
      const slot = this.spawn();
      this.slots.push(slot);
      if (done.shares.total === 0) continue;
      this.send(slot, { type: 'load', run: done.id, options: done.options });
      for (const model of done.shares.models) {
        this.send(slot, { type: 'replicate', run: done.id, model, first: 0, count: Math.min(WARM_UP_REPLICATIONS, done.shares.replications), keep: true });
      }
    }
  }

  /** Fills every loaded worker of the run up to DEPTH tasks: assemblies (the first worker's), event logs, replications. */
  private dispatch(run: Run): void {
    for (const [i, slot] of run.slots.entries()) {
      while (slot.ready === run.id && slot.pending.length < DEPTH) {
        const task = run.shares.next(i === 0, run.slots.length * DEPTH);
        if (!task) break;
        this.send(slot, task);
      }
    }
  }

}
