import type { ShardSpec } from '../arguments.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { DecidePlan } from '../decide/decide-plan.js';
import { plural } from '../format/numbers.js';
import type { CliIO } from '../io.js';
import { simulate } from '../simulate.js';
import { encodePartial, engineNow, handoffVersion, PARTIAL_KIND, PARTIAL_VERSION, sha256, shardUnits, type PartialDocument } from './partial.js';

/**
 * Runs one shard's slice of a deciding command's whole plan (every point under each model up to
 * the cap; units point-major) and writes what its procedure reads of each. Seeds come from (seed,
 * point, replication), never from the shard; `handoff merge` replays the procedure on them.
 */
export async function runDecideShard<D>(plan: DecidePlan<D>, file: string, shard: ShardSpec, opts: { out: string; workers?: number }, io: CliIO): Promise<void> {
  const { setup, models, cap } = plan;
  const totalUnits = setup.points.length * cap;
  const units = shardUnits(shard.index, shard.count, totalUnits);
  const reps = await simulate({ ...setup, models, replications: cap, units, workers: opts.workers, io, label: `shard ${shard.index}/${shard.count}` });
  const doc: PartialDocument = {
    kind: PARTIAL_KIND,
    version: PARTIAL_VERSION,
    handoff: handoffVersion(),
    engine: engineNow(),
    command: plan.stamp,
    scenario: { file, sha256: sha256(setup.scenarioText), text: setup.scenarioText },
    shard: { index: shard.index, count: shard.count, units, totalUnits },
    replications: [],
    values: reps.flatMap((byModel, point) => models.flatMap((model) => (byModel.get(model) ?? []).map((r) => ({ point, model, index: r.index, value: plan.keep(r) })))),
  };
  await writeFileAtomic(opts.out, encodePartial(doc));
  const replications = (units.end - units.start) * models.length;
  io.stderr(`shard ${shard.index}/${shard.count}: ${units.end - units.start} of ${plural(totalUnits, 'unit')} (${plural(replications, 'replication')}, the whole plan up to the cap) written to ${opts.out}\n`);
}
