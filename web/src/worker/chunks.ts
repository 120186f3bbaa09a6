/** A run's replications not handed out yet: models in order, each model's replications by index. */
export interface ReplicationCursor {
  models: readonly string[];
  replications: number;
  /** The model the next chunk comes from (models.length: none left). */
  model: number;
  /** Its first replication. */
  first: number;
}

/** One chunk of replications of one model. */
export interface Chunk {
  model: string;
  first: number;
  count: number;
}

/** Settings of the chunk size. */
export interface ChunkPace {
  /** The workers' measured time per replication (null: none measured yet). */
  msPerReplication: number | null;
  /** Chunks held at once by all the workers (workers × tasks each holds). */
  holders: number;
  /** About how long one chunk should take: short enough that a new run waits little for the one in flight. */
  targetMs: number;
}

/** A cursor at the start of a run. */
export function startCursor(models: readonly string[], replications: number): ReplicationCursor {
  return { models, replications, model: replications > 0 ? 0 : models.length, first: 0 };
}

/** Replications not yet handed out. */
export function remaining(cursor: ReplicationCursor): number {
  if (cursor.model >= cursor.models.length) return 0;
  return (cursor.models.length - cursor.model) * cursor.replications - cursor.first;
}

/**
 * The next chunk, within one model: about `targetMs` of work at the measured pace (two replications
 * before any is measured), and near the end no more than one holder's share of what is left, so
 * the workers finish together. Advances the cursor; null when every replication is handed out.
 */
export function nextChunk(cursor: ReplicationCursor, pace: ChunkPace): Chunk | null {
  const left = remaining(cursor);
  if (left === 0) return null;
  const paced = pace.msPerReplication === null ? 2 : Math.round(pace.targetMs / Math.max(pace.msPerReplication, 0.01));
  const share = Math.ceil(left / pace.holders);
  const count = Math.max(1, Math.min(paced, share, 50, cursor.replications - cursor.first));
  const chunk = { model: cursor.models[cursor.model], first: cursor.first, count };
  cursor.first += count;
  if (cursor.first === cursor.replications) {
    cursor.model++;
    cursor.first = 0;
  }
  return chunk;
}
