import type { CliIO } from './io.js';
import { runReplications, type PointReplications, type ReplicationPlan } from './parallel/run-replications.js';
import { progressBar } from './progress.js';

/** Runs a plan's replications with a progress bar on a terminal; Ctrl-C (io.signal) stops it. */
export async function simulate(plan: Omit<ReplicationPlan, 'onProgress' | 'signal'> & { io: CliIO; label: string }): Promise<PointReplications[]> {
  const bar = progressBar(plan.io, plan.label);
  try {
    return await runReplications({ ...plan, onProgress: bar.update, signal: plan.io.signal });
  } finally {
    bar.finish();
  }
}
