import type { ShardSpec } from '../arguments.js';
import { emit } from '../emit.js';
import { UserError, type CliIO } from '../io.js';
import type { DecidePlan } from './decide-plan.js';
import { runBatch } from './run-batch.js';

/** The options every deciding command shares besides its own: output, workers, a shard. */
export interface DecideRunOptions {
  json?: boolean;
  out?: string;
  workers?: number;
  shard?: ShardSpec;
}

/**
 * Runs a laid-out deciding command: its procedure (src/sim/decide) asks for replications, run on
 * the worker pool as it asks, and the document is written and printed. With `--shard i/N` it runs that shard's
 * slice of the whole plan instead (up to the caps) and writes a partial document for `handoff merge`.
 */
export async function executeDecide<D>(plan: DecidePlan<D>, file: string, opts: DecideRunOptions, io: CliIO): Promise<void> {
  if (opts.shard) {
    if (opts.json) throw new UserError('--json cannot be used with --shard: a shard writes only a partial document (--out) for handoff merge', 2);
    if (!opts.out) throw new UserError('--shard needs --out FILE: the partial document that handoff merge joins', 2);
    const { runDecideShard } = await import('../shard/run-decide-shard.js');
    await runDecideShard(plan, file, opts.shard, { out: opts.out, workers: opts.workers }, io);
    return;
  }
  const batch = { ...plan.setup, workers: opts.workers, io, label: plan.stamp.command };
  const doc = await plan.decide((requests) => runBatch(batch, requests));
  await emit<D>(doc, { json: opts.json, out: opts.out }, io, plan.views);
}
