import type { ShardSpec } from '../arguments.js';
import { writeFileAtomic } from '../atomic-write.js';
import { plural } from '../format/numbers.js';
import type { CliIO } from '../io.js';
import type { Job } from '../job.js';
import { simulate } from '../simulate.js';
import { encodePartial, engineNow, handoffVersion, PARTIAL_KIND, PARTIAL_VERSION, sha256, shardUnits, type PartialDocument } from './partial.js';

/**
 * Runs one shard's slice of a job and writes the partial document. Each replication's seed comes
 * from (seed, point, replication) as in the unsharded run, never from the shard.
 */
export async function runShard(job: Job, source: { file: string; text: string }, shard: ShardSpec, opts: { out: string; workers?: number }, io: CliIO): Promise<void> {
  const { models, replications } = job.stamp;
  const totalUnits = job.points.length * replications;
  const units = shardUnits(shard.index, shard.count, totalUnits);
  const reps = await simulate({ points: job.points, models, replications, units, workers: opts.workers, io, label: `shard ${shard.index}/${shard.count}` });
  const doc: PartialDocument = {
    kind: PARTIAL_KIND,
    version: PARTIAL_VERSION,
    handoff: handoffVersion(),
    engine: engineNow(),
    command: job.stamp,
    scenario: { file: source.file, sha256: sha256(source.text), text: source.text },
    shard: { index: shard.index, count: shard.count, units, totalUnits },
    replications: reps.flatMap((byModel, point) => models.flatMap((m) => (byModel.get(m) ?? []).map((result) => ({ point, result })))),
  };
  await writeFileAtomic(opts.out, encodePartial(doc));
  io.stderr(`shard ${shard.index}/${shard.count}: ${units.end - units.start} of ${plural(totalUnits, 'unit')} (${plural((units.end - units.start) * models.length, 'replication')}) written to ${opts.out}\n`);
}
