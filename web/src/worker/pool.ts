import workerCode from 'virtual:sim-worker-source';
import type { ReplicationResult } from '../../../src/sim/index.js';
import type { RunOptions, RunReply, WorkerAnswer, WorkerTask } from './protocol.js';

/** Where a run's replies go. */
export interface RunHandlers {
  onReply: (reply: RunReply) => void;
}

interface Slot {
  worker: Worker;
  busy: boolean;
  /** The run this worker has loaded (-1: none). */
  ready: number;
}

interface Run {
  id: number;
  options: RunOptions;
  handlers: RunHandlers;
  models: string[];
  replications: number;
  tasks: WorkerTask[];
  urgent: WorkerTask[];
  results: Map<string, ReplicationResult[]>;
  /** Models whose replications are all in, as a prefix of `models` (partial documents). */
  completePrefix: number;
  done: number;
  startedAt: number;
  loaded: boolean;
  resultSent: boolean;
}

/**
 * The number of workers: one per core but one (the page draws the charts), at least one, at most
 * eight. On two cores one worker finishes the flagship sooner than two (1.20 s against 1.31 s in
 * `npm run bench:web`): the simulation is memory-bound and the page's own thread needs a core.
 */
export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(8, cores - 1));
}

/**
 * Runs simulations on a pool of Web Workers: every worker loads the run's scenario, then takes
 * chunks of replications, model by model; one assembles the document when a model completes
 * (a partial document, so the first chart appears early) and when all do. A new run supersedes
 * the one in flight: busy workers are terminated (the only way to stop their synchronous loop).
 */
export class SimulationPool {
  private slots: Slot[] = [];
  private current: Run | null = null;
  private nextId = 1;

  constructor(private readonly size = defaultPoolSize()) {}

  /** Starts a run; replies of any earlier run are dropped from now on. */
  run(options: RunOptions, handlers: RunHandlers): void {
    this.stop();
    const id = this.nextId++;
    this.current = { id, options, handlers, models: [], replications: 0, tasks: [], urgent: [], results: new Map(), completePrefix: 0, done: 0, startedAt: 0, loaded: false, resultSent: false };
    // Nothing to replicate: one worker reads the scenario (and draws the timelines).
    const count = options.replications === 0 ? 1 : this.size;
    while (this.slots.length < count) this.slots.push(this.spawn());
    for (const slot of this.slots.slice(0, count)) {
      slot.busy = true;
      slot.ready = -1;
      this.send(slot, { type: 'load', run: id, options });
    }
  }

  /** Starts the workers ahead of the first run, so parsing their code overlaps with loading the page's data. */
  warm(): void {
    while (this.slots.length < this.size) this.slots.push(this.spawn());
  }

  /** True while a run is in flight. */
  get running(): boolean {
    return this.current !== null;
  }

  /** Stops the run in flight, if any (its busy workers are replaced). */
  stop(): void {
    this.current = null;
    this.slots = this.slots.filter((slot) => {
      if (slot.busy) slot.worker.terminate();
      return !slot.busy;
    });
  }

  private spawn(): Slot {
    // A data: URL: the worker needs no file (file:// pages may not load one) and no blob: store.
    const worker = new Worker(`data:text/javascript;charset=utf-8,${encodeURIComponent(workerCode)}`, { name: 'handoff-simulation' });
    const slot: Slot = { worker, busy: false, ready: -1 };
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => this.answer(slot, event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      slot.busy = true; // replaced by stop()
      const run = this.current;
      this.stop();
      run?.handlers.onReply({ type: 'failed', message: event.message || 'a simulation worker stopped' });
    };
    return slot;
  }

  private send(slot: Slot, task: WorkerTask): void {
    slot.busy = true;
    slot.worker.postMessage(task);
  }

  private finish(run: Run, reply: RunReply): void {
    if (this.current === run) this.current = null;
    run.handlers.onReply(reply);
  }

  private answer(slot: Slot, a: WorkerAnswer): void {
    slot.busy = false;
    const run = this.current;
    if (!run || a.run !== run.id) return;
    switch (a.type) {
      case 'loaded':
        slot.ready = run.id;
        if (!run.loaded) {
          run.loaded = true;
          run.models = a.models;
          run.replications = a.replications;
          run.startedAt = performance.now();
          run.tasks = this.plan(run);
          run.handlers.onReply({ type: 'loaded', name: a.name, baseline: a.baseline, assumptions: a.assumptions, models: a.models, replications: a.replications, seed: a.seed });
          if (run.tasks.length === 0) {
            if (run.options.timelines) run.urgent.push({ type: 'timelines', run: run.id });
            else if (this.current === run) this.current = null;
          }
        }
        break;
      case 'replicated':
        this.collect(run, a.results);
        break;
      case 'assembled': {
        const final = a.document.results.length === run.models.length;
        if (!final) {
          if (!run.resultSent) run.handlers.onReply({ type: 'partial', document: a.document });
          break;
        }
        run.resultSent = true;
        const result: RunReply = { type: 'result', document: a.document, elapsedMs: performance.now() - run.startedAt };
        if (!run.options.timelines) return this.finish(run, result);
        run.handlers.onReply(result);
        run.urgent.push({ type: 'timelines', run: run.id });
        break;
      }
      case 'timelines':
        return this.finish(run, { type: 'timelines', timelines: a.timelines });
      case 'problems':
        return this.finish(run, { type: 'problems', problems: a.problems });
      case 'failed':
        return this.finish(run, { type: 'failed', message: a.message });
    }
    this.dispatch(run);
  }

  /** Chunks of replications, model by model: small enough to share out, large enough to keep messages few. */
  private plan(run: Run): WorkerTask[] {
    const n = run.replications;
    const chunk = Math.max(1, Math.min(25, Math.ceil(n / (this.size * 4))));
    const tasks: WorkerTask[] = [];
    for (const model of run.models) {
      run.results.set(model, []);
      for (let start = 0; start < n; start += chunk) {
        tasks.push({ type: 'replicate', run: run.id, model, indices: Array.from({ length: Math.min(chunk, n - start) }, (_, i) => start + i) });
      }
    }
    return tasks;
  }

  private collect(run: Run, results: ReplicationResult[]): void {
    for (const r of results) run.results.get(r.model)?.push(r);
    run.done += results.length;
    const total = run.replications * run.models.length;
    run.handlers.onReply({ type: 'progress', done: run.done, total });
    let prefix = run.completePrefix;
    while (prefix < run.models.length && run.results.get(run.models[prefix])!.length === run.replications) prefix++;
    if (prefix === run.completePrefix) return;
    const first = run.completePrefix === 0;
    run.completePrefix = prefix;
    // One partial document, when the first model is in (the first chart); then only the final one:
    // each assembly costs the worker a pass over every result sent so far.
    if (!first && prefix < run.models.length) return;
    const models = run.models.slice(0, prefix);
    const task: WorkerTask = { type: 'assemble', run: run.id, models, results: models.flatMap((m) => run.results.get(m)!), replications: run.replications };
    // The final document goes first; a partial one is only worth it while work remains.
    if (prefix === run.models.length) run.urgent.unshift(task);
    else run.urgent.push(task);
  }

  private dispatch(run: Run): void {
    for (const slot of this.slots) {
      if (slot.busy || slot.ready !== run.id) continue;
      const task = run.urgent.shift() ?? run.tasks.shift();
      if (!task) return;
      this.send(slot, task);
    }
  }
}
