import type { DecisionRunner, ModelName, ReplicationResult } from '../../sim/index.js';
import type { DecidePlan, DecideStamp } from '../decide/decide-plan.js';
import { prepareDecide, textLoader } from '../decide/prepare-decide.js';
import { emit, type EmitOptions } from '../emit.js';
import { UserError, type CliIO } from '../io.js';
import type { PartialDocument } from './partial.js';

/** One part: its file name (for messages) and its document. */
interface Part {
  file: string;
  doc: PartialDocument;
}

/**
 * Gathers every part's values into one table by (point, model): each value inside its part's
 * slice, none twice, and every replication of the whole plan present.
 */
function gatherValues(parts: readonly Part[], plan: DecidePlan): Map<string, unknown[]> {
  const { cap, models } = plan;
  const table = new Map<string, unknown[]>();
  for (let point = 0; point < plan.setup.points.length; point++) for (const m of models) table.set(`${point}/${m}`, new Array<unknown>(cap));
  for (const part of parts) {
    const { start, end } = part.doc.shard.units;
    const values = part.doc.values ?? [];
    const expected = (end - start) * models.length;
    if (values.length !== expected) throw new UserError(`${part.file}: holds ${values.length} replications where its slice has ${expected}`);
    const seen = new Set<string>();
    for (const { point, model, index, value } of values) {
      const row = table.get(`${point}/${model}`);
      const unit = point * cap + index;
      const key = `${point}/${model}/${index}`;
      if (!row || !Number.isInteger(index) || index < 0 || index >= cap || unit < start || unit >= end || seen.has(key)) {
        throw new UserError(`${part.file}: replication ${index} of point ${point} (${model}) is outside its slice or given twice`);
      }
      seen.add(key);
      row[index] = value;
    }
  }
  return table;
}

/**
 * A runner answering the procedure from the gathered table: each replication as its part kept it
 * (the fields the procedure reads), with its model and index.
 */
function replayFrom(table: Map<string, unknown[]>): DecisionRunner {
  return async (requests) =>
    requests.map((r) => {
      const row = table.get(`${r.point}/${r.model as ModelName}`);
      if (!row || r.from < 0 || r.to > row.length) throw new Error(`internal error: the procedure asked for replications ${r.from}..${r.to - 1} of point ${r.point} (${r.model}), past the plan`);
      return row.slice(r.from, r.to).map((kept, i) => ({ model: r.model, index: r.from + i, ...(kept as object) }) as ReplicationResult);
    });
}

/**
 * Merges the parts of a split deciding command: lays the command out again from the stamp and the
 * scenario text, and replays its procedure (src/sim/decide) on the parts' replications, so it asks
 * for the same replications, sees the same values in the same order and writes the document the whole run writes.
 */
export async function mergeDecide(parts: readonly Part[], opts: EmitOptions, io: CliIO): Promise<void> {
  const { scenario, command } = parts[0].doc;
  const stamp = command as DecideStamp;
  const refused = [opts.report && '--report', opts.csv && '--csv', opts.metric && '--metric'].find(Boolean);
  if (refused) throw new UserError(`${refused} is for run, compare and sweep documents; these parts are of handoff ${stamp.command}`, 2);
  const plan = await prepareDecide(stamp, scenario.file, textLoader(scenario.file, scenario.text));
  const doc = await plan.decide(replayFrom(gatherValues(parts, plan)));
  await emit(doc, { json: opts.json, out: opts.out }, io, plan.views);
}
