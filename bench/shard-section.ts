import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, timed as timedNode } from './cli-section.js';

const BIN = 'dist/src/cli/bin.js';
const sweep = (replications: number) => ['sweep', 'scenarios/async-with-sla.yaml', '--set', 'team.reviewers.count=2,3', '--set', 'async.sla.firstResponse=4bh,8bh', '--replications', String(replications), '--workers', '1'];
const SHARDS = 4;
/** The larger study: ten times the replications (a batch cluster's shards run for minutes, not a second). */
const LARGE_REPLICATIONS = 1000;

/** Wall seconds of one `handoff` process. */
const timed = (args: string[]): number => timedNode([BIN, ...args]).seconds;

/** Median wall seconds of 11 `node args` processes. */
const medianSeconds = (args: string[]): number => median(Array.from({ length: 11 }, () => timedNode(args).seconds));

/**
 * The sweep at `replications` run whole, against the same sweep as SHARDS shards run one after
 * another plus the merge — each a whole process, as a batch cluster would run them: wall seconds
 * of each, best of 2 rounds (the merged document must equal the whole run's).
 */
function study(dir: string, replications: number): { whole: number; sharded: number } {
  const args = sweep(replications);
  let whole = Infinity;
  let sharded = Infinity;
  for (let round = 0; round < 2; round++) {
    whole = Math.min(whole, timed([...args, '--out', join(dir, 'whole.json')]));
    let total = 0;
    const parts: string[] = [];
    for (let i = 0; i < SHARDS; i++) {
      parts.push(join(dir, `part-${i}.json`));
      total += timed([...args, '--shard', `${i}/${SHARDS}`, '--out', parts[i]]);
    }
    total += timed(['merge', ...parts, '--out', join(dir, 'merged.json')]);
    sharded = Math.min(sharded, total);
    if (!readFileSync(join(dir, 'merged.json')).equals(readFileSync(join(dir, 'whole.json')))) throw new Error(`the merged document differs from the whole run (${replications} replications)`);
  }
  return { whole, sharded };
}

/**
 * Sharding's cost: a sweep (4 points x 100 replications, one worker) whole against 4 shards and the
 * merge (shardOverhead, the figure the goal is judged on); what each extra process costs, and the
 * floor any process-per-shard scheme has on this machine; and the same split of a study ten times larger.
 */
export function shardSection(print: (line: string) => void): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-shard-'));
  try {
    const { whole, sharded } = study(dir, 100);
    print(`shards: sweep of 4 points x 100 replications (async-with-sla), whole vs ${SHARDS} shards one after another + merge (processes, best of 2; identical documents)`);
    // What each extra process costs (start-up, loading, the model's code still cold), whatever the
    // shard's size: the overhead of a study of thousands of replications a shard is this over its work.
    const perShardFixed = (sharded - whole) / SHARDS;
    print(`  whole ${whole.toFixed(2)} s, shards + merge ${sharded.toFixed(2)} s   shardOverhead ${(sharded / whole).toFixed(2)} (goal <= 1.1); fixed cost per extra process ${perShardFixed.toFixed(2)} s`);
    // The floor of any process-per-shard scheme: the SHARDS extra processes (SHARDS + merge against
    // one) costing no more than node's own start each, or than Handoff's start-up (--help) each.
    const nodeStart = medianSeconds(['-e', '0']);
    const handoffStart = medianSeconds([BIN, '--help']);
    const floor = (whole + SHARDS * nodeStart) / whole;
    const startFloor = (whole + SHARDS * handoffStart) / whole;
    print(`  floor: ${SHARDS} extra processes at node's own start (${(nodeStart * 1000).toFixed(0)} ms) give ${floor.toFixed(2)}, at Handoff's start-up (${(handoffStart * 1000).toFixed(0)} ms) ${startFloor.toFixed(2)}`);
    // The same split of a study ten times larger, measured (not extrapolated from the fixed cost).
    const large = study(dir, LARGE_REPLICATIONS);
    print(`  4 points x ${LARGE_REPLICATIONS} replications: whole ${large.whole.toFixed(2)} s, shards + merge ${large.sharded.toFixed(2)} s   overhead ${(large.sharded / large.whole).toFixed(2)} (the goal is judged on the figure above)`);
    return {
      shardLargeWholeSec: Number(large.whole.toFixed(3)),
      shardLargeShardsSec: Number(large.sharded.toFixed(3)),
      shardOverheadLarge: Number((large.sharded / large.whole).toFixed(3)),
      shardWholeSec: Number(whole.toFixed(3)),
      shardShardsSec: Number(sharded.toFixed(3)),
      shardOverhead: Number((sharded / whole).toFixed(3)),
      shardFixedSecPerProcess: Number(perShardFixed.toFixed(3)),
      shardOverheadFloor: Number(floor.toFixed(3)),
      shardOverheadStartFloor: Number(startFloor.toFixed(3)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
