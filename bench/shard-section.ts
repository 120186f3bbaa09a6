import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timed as timedNode } from './cli-section.js';

const BIN = 'dist/src/cli/bin.js';
const sweep = (replications: number) => ['sweep', 'scenarios/async-with-sla.yaml', '--set', 'team.reviewers.count=2,3', '--set', 'async.sla.firstResponse=4bh,8bh', '--replications', String(replications), '--workers', '1'];
const SWEEP = sweep(100);
const SHARDS = 4;
/** The larger study: ten times the replications, one round (a batch cluster's shards run for minutes, not a second). */
const LARGE_REPLICATIONS = 1000;

/** Wall seconds of one `handoff` process. */
const timed = (args: string[]): number => timedNode([BIN, ...args]).seconds;

/**
 * Sharding's cost: a sweep (4 points x 100 replications, one worker) run whole, against the same
 * sweep as 4 shards run one after another plus the merge — each a whole process, as a batch
 * cluster would run them (best of 2; the merged document must equal the whole run's).
 */
export function shardSection(print: (line: string) => void): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-shard-'));
  try {
    let whole = Infinity;
    let sharded = Infinity;
    for (let round = 0; round < 2; round++) {
      whole = Math.min(whole, timed([...SWEEP, '--out', join(dir, 'whole.json')]));
      let total = 0;
      const parts: string[] = [];
      for (let i = 0; i < SHARDS; i++) {
        parts.push(join(dir, `part-${i}.json`));
        total += timed([...SWEEP, '--shard', `${i}/${SHARDS}`, '--out', parts[i]]);
      }
      total += timed(['merge', ...parts, '--out', join(dir, 'merged.json')]);
      sharded = Math.min(sharded, total);
      if (!readFileSync(join(dir, 'merged.json')).equals(readFileSync(join(dir, 'whole.json')))) throw new Error('the merged document differs from the whole run');
    }
    print(`shards: sweep of 4 points x 100 replications (async-with-sla), whole vs ${SHARDS} shards one after another + merge (processes, best of 2; identical documents)`);
    // What each extra process costs (start-up, loading, the model's code still cold), whatever the
    // shard's size: the overhead of a study of thousands of replications a shard is this over its work.
    const perShardFixed = (sharded - whole) / SHARDS;
    print(`  whole ${whole.toFixed(2)} s, shards + merge ${sharded.toFixed(2)} s   shardOverhead ${(sharded / whole).toFixed(2)} (goal <= 1.1); fixed cost per extra process ${perShardFixed.toFixed(2)} s`);
    // The same split of a study ten times larger, measured (not extrapolated from the fixed cost).
    const big = sweep(LARGE_REPLICATIONS);
    const bigWhole = timed([...big, '--out', join(dir, 'big-whole.json')]);
    let bigSharded = 0;
    const bigParts: string[] = [];
    for (let i = 0; i < SHARDS; i++) {
      bigParts.push(join(dir, `big-part-${i}.json`));
      bigSharded += timed([...big, '--shard', `${i}/${SHARDS}`, '--out', bigParts[i]]);
    }
    bigSharded += timed(['merge', ...bigParts, '--out', join(dir, 'big-merged.json')]);
    if (!readFileSync(join(dir, 'big-merged.json')).equals(readFileSync(join(dir, 'big-whole.json')))) throw new Error('the merged document of the larger study differs from its whole run');
    print(`  4 points x ${LARGE_REPLICATIONS} replications (one round): whole ${bigWhole.toFixed(2)} s, shards + merge ${bigSharded.toFixed(2)} s   overhead ${(bigSharded / bigWhole).toFixed(2)} (the goal is judged on the figure above)`);
    return {
      shardLargeWholeSec: Number(bigWhole.toFixed(3)),
      shardLargeShardsSec: Number(bigSharded.toFixed(3)),
      shardOverheadLarge: Number((bigSharded / bigWhole).toFixed(3)),
      shardWholeSec: Number(whole.toFixed(3)),
      shardShardsSec: Number(sharded.toFixed(3)),
      shardOverhead: Number((sharded / whole).toFixed(3)),
      shardFixedSecPerProcess: Number(perShardFixed.toFixed(3)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
