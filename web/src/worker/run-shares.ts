import type { ReplicationResult } from '../../../src/sim/index.js';
import { nextChunk, startCursor, type ReplicationCursor } from './chunks.js';
import type { WorkerAnswer, WorkerTask } from './protocol.js';

/** About how long a chunk of replications takes: a new run waits at most about this for a worker. */
const CHUNK_MS = 25;

/** Replications of every model in a run's provisional answer. */
export const PROVISIONAL_REPLICATIONS = 25;

/**
 * How many replications of every model go first, for a provisional answer (0: none). Runs of at
 * least four times PROVISIONAL_REPLICATIONS have one, so it comes at about an eighth of the
 * flagship's 200 (the whole comparison, with wider intervals); a shorter run is its own answer
 * soon enough.
 */
export function provisionalReplications(replications: number): number {
  return replications >= 4 * PROVISIONAL_REPLICATIONS ? PROVISIONAL_REPLICATIONS : 0;
}

/** An assembly waiting for the assembling worker: these models × their first `replications`. */
interface Assembly {
  models: string[];
  replications: number;
}

/**
 * How one run's work is shared among the pool's workers: chunks of replications model by model
 * (a provisional round of every model's first few first, when the run is long enough), the first
 * worker keeping its own results and assembling; the others' results wait here until it
 * assembles. Knows nothing of the workers themselves.
 */
export class RunShares {
  models: string[] = [];
  replications = 0;
  private cursor: ReplicationCursor = startCursor([], 0);
  /** The workers' measured time per replication, by model (the models' paces differ several times over). */
  private readonly msPerReplication = new Map<string, number>();
  /** Replications in, by model. */
  private readonly done = new Map<string, number>();
  private doneTotal = 0;
  /** Results of the other workers, not yet handed to the assembling one. */
  private readonly forward = new Map<string, ReplicationResult[]>();
  private assemblies: Assembly[] = [];
  private timelinesQueued = false;
  /** Models whose replications are all in, as a prefix of `models`. */
  private completePrefix = 0;
  /** Replications of the provisional round (0: none), and those of them in so far. */
  private provisional = 0;
  private provisionalDone = 0;

  constructor(readonly run: number) {}

  /** The run's models and replications, as the first worker read them; timelines too when there is nothing to replicate and they are asked for. */
  start(models: string[], replications: number, timelines: boolean): void {
    this.models = models;
    this.replications = replications;
    this.provisional = models.length > 0 ? provisionalReplications(replications) : 0;
    this.cursor = startCursor(models, replications, this.provisional);
    for (const m of models) this.done.set(m, 0);
    if (this.total === 0 && timelines) this.timelinesQueued = true;
  }

  /** Replications of the run in all. */
  get total(): number {
    return this.models.length * this.replications;
  }

  /** Replications in so far. */
  get collected(): number {
    return this.doneTotal;
  }

  /**
   * Takes in a chunk's answer; queues the assemblies when they are due: the provisional answer
   * (every model's first replications) or, without one, the first model's; then the final one.
   */
  collect(a: Extract<WorkerAnswer, { type: 'replicated' }>): void {
    const perReplication = a.ms / a.count;
    const before = this.msPerReplication.get(a.model);
    this.msPerReplication.set(a.model, before === undefined ? perReplication : (before + perReplication) / 2);
    if (a.results) this.forward.set(a.model, [...(this.forward.get(a.model) ?? []), ...a.results]);
    this.done.set(a.model, (this.done.get(a.model) ?? 0) + a.count);
    this.doneTotal += a.count;
    // Chunks never straddle the provisional round's end.
    if (a.first < this.provisional) {
      this.provisionalDone += a.count;
      if (this.provisionalDone === this.provisional * this.models.length && this.doneTotal < this.total) {
        this.assemblies.push({ models: this.models, replications: this.provisional });
      }
    }
    let prefix = this.completePrefix;
    while (prefix < this.models.length && this.done.get(this.models[prefix]) === this.replications) prefix++;
    if (prefix === this.completePrefix) return;
    const first = this.completePrefix === 0;
    this.completePrefix = prefix;
    const models = this.models.slice(0, prefix);
    // The final document replaces a partial one not yet handed out.
    if (prefix === this.models.length) this.assemblies = [{ models, replications: this.replications }];
    // Without a provisional answer, one partial document when the first model is in (the first
    // chart); then only the final one: each assembly costs the assembling worker a pass over every
    // result so far.
    else if (first && this.provisional === 0) this.assemblies.push({ models, replications: this.replications });
  }

  /** Queues replication 0's event logs (after the final document). */
  queueTimelines(): void {
    this.timelinesQueued = true;
  }

  /**
   * The next task for a worker (`assembler`: the first): an assembly, the event logs, or a chunk of
   * replications; null when none is due. `holders`: chunks held at once by all the workers.
   */
  next(assembler: boolean, holders: number): WorkerTask | null {
    const assembly = assembler ? this.assemblies.shift() : undefined;
    if (assembly) {
      const results = assembly.models.flatMap((m) => {
        const list = this.forward.get(m) ?? [];
        this.forward.delete(m);
        return list;
      });
      return { type: 'assemble', run: this.run, models: assembly.models, results, replications: assembly.replications };
    }
    if (this.timelinesQueued) {
      this.timelinesQueued = false;
      return { type: 'timelines', run: this.run };
    }
    const model = this.cursor.models[this.cursor.model];
    const chunk = nextChunk(this.cursor, { msPerReplication: this.msPerReplication.get(model) ?? null, holders, targetMs: CHUNK_MS });
    return chunk && { type: 'replicate', run: this.run, ...chunk, keep: assembler };
  }
}
