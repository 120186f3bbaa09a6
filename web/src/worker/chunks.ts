/**
 * A run's replications not handed out yet, in rounds: each round covers the replications up to its
 * bound of every model (models in order, each model's replications by index) before the next round
 * starts. One round is the whole run; a first, provisional round gives every model a few
 * replications early (see `provisionalReplications`).
 */
export interface ReplicationCursor {
  models: readonly string[];
  replications: number;
  /** Each round's end (exclusive replication index), ascending; the last is `replications`. */
  bounds: readonly number[];
  /** The round the next chunk comes from (bounds.length: none left). */
  round: number;
  /** The model the next chunk comes from, within the round. */
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

/**
 * A cursor at the start of a run. `provisional` (0: none) makes a first round of that many
 * replications of every model; it must be below `replications`.
 */
export function startCursor(models: readonly string[], replications: number, provisional = 0): ReplicationCursor {
  const bounds = provisional > 0 && provisional < replications ? [provisional, replications] : [replications];
  const empty = replications === 0 || models.length === 0;
  return { models, replications, bounds, round: empty ? bounds.length : 0, model: 0, first: 0 };
}

/** Where a round starts. */
const roundStart = (cursor: ReplicationCursor, round: number) => (round === 0 ? 0 : cursor.bounds[round - 1]);

/** Replications of the current round not yet handed out. */
function leftInRound(cursor: ReplicationCursor): number {
  if (cursor.round >= cursor.bounds.length) return 0;
  const width = cursor.bounds[cursor.round] - roundStart(cursor, cursor.round);
  return (cursor.models.length - cursor.model) * width - (cursor.first - roundStart(cursor, cursor.round));
}

/** Replications not yet handed out. */
export function remaining(cursor: ReplicationCursor): number {
  if (cursor.round >= cursor.bounds.length) return 0;
  return leftInRound(cursor) + cursor.models.length * (cursor.replications - cursor.bounds[cursor.round]);
}

/**
 * The next chunk, within one model and round: about `targetMs` of work at the measured pace (two
 * replications before any is measured), and near the end of a round no more than one holder's
 * share of what is left of it, so the workers finish the round together. Advances the cursor; null
 * when every replication is handed out.
 */
export function nextChunk(cursor: ReplicationCursor, pace: ChunkPace): Chunk | null {
  if (cursor.round >= cursor.bounds.length) return null;
  const bound = cursor.bounds[cursor.round];
  const paced = pace.msPerReplication === null ? 2 : Math.round(pace.targetMs / Math.max(pace.msPerReplication, 0.01));
  const share = Math.ceil(leftInRound(cursor) / pace.holders);
  const count = Math.max(1, Math.min(paced, share, 50, bound - cursor.first));
  const chunk = { model: cursor.models[cursor.model], first: cursor.first, count };
  cursor.first += count;
  if (cursor.first === bound) {
    cursor.model++;
    cursor.first = roundStart(cursor, cursor.round);
    if (cursor.model === cursor.models.length) {
      cursor.round++;
      cursor.model = 0;
      cursor.first = bound;
    }
  }
  return chunk;
}
