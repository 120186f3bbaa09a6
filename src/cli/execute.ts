import { emit } from './emit.js';
import { UserError, type CliIO } from './io.js';
import type { Job } from './job.js';
import { parseMetricOptions, type RunLikeOptions } from './options.js';
import { simulate } from './simulate.js';

/** What a command adds around the common path: an option a shard cannot honour, a file written before the document. */
export interface JobHooks {
  refuseInShard?: string;
  beforeEmit?: () => Promise<void>;
}

/**
 * Runs a laid-out job: its replications (with workers and a progress bar), then the document,
 * written and printed as asked. With `--shard i/N` it runs that shard's slice instead and writes
 * a partial document for `handoff merge`.
 */
export async function executeJob(job: Job, source: { file: string; text: string }, opts: RunLikeOptions, io: CliIO, hooks: JobHooks = {}): Promise<void> {
  parseMetricOptions(opts.metric); // a misspelt metric is reported before the run, not after it
  if (opts.shard) {
    const refused = [hooks.refuseInShard, opts.report && '--report', opts.csv && '--csv', opts.json && '--json'].find(Boolean);
    if (refused) throw new UserError(`${refused} cannot be used with --shard: a shard writes only a partial document (--out) for handoff merge`, 2);
    if (!opts.out) throw new UserError('--shard needs --out FILE: the partial document that handoff merge joins', 2);
    const { runShard } = await import('./shard/run-shard.js');
    await runShard(job, source, opts.shard, { out: opts.out, workers: opts.workers }, io);
    return;
  }
  const reps = await simulate({
    points: job.points,
    models: job.stamp.models,
    replications: job.stamp.replications,
    workers: opts.workers,
    io,
    label: job.stamp.command,
  });
  const doc = job.finish(reps);
  await hooks.beforeEmit?.();
  await emit(doc as never, opts, io, job.views, { kind: job.reportKind, scenarioFile: source.file, scenarioText: source.text });
}
