import type { RunOptions, RunReply } from './protocol.js';

/**
 * The replies of the last finished runs, by what was asked: the same scenario, settings, models,
 * replications and seed give the same results, so moving a lever back to a setting seen before
 * shows them again without running (the least recently used are dropped past `capacity`).
 */
export class RunCache {
  private readonly runs = new Map<string, RunReply[]>();

  constructor(private readonly capacity = 8) {}

  /** The replies of a finished run asked the same way, oldest first; null when none is kept. */
  get(options: RunOptions): RunReply[] | null {
    const key = runKey(options);
    const replies = this.runs.get(key);
    if (!replies) return null;
    this.runs.delete(key);
    this.runs.set(key, replies);
    return replies;
  }

  /** True when a finished run asked the same way is kept (its place in the order unchanged). */
  has(options: RunOptions): boolean {
    return this.runs.has(runKey(options));
  }

  /** Keeps a finished run's replies. */
  set(options: RunOptions, replies: RunReply[]): void {
    const key = runKey(options);
    this.runs.delete(key);
    this.runs.set(key, replies);
    while (this.runs.size > this.capacity) this.runs.delete(this.runs.keys().next().value!);
  }
}

/** What a run's results depend on, as one string. */
export function runKey(o: RunOptions): string {
  return JSON.stringify([o.scenarioText, o.overrides, o.models, o.replications, o.seed, o.timelines]);
}
