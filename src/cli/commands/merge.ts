import { readFile } from 'node:fs/promises';
import type { ModelName, ReplicationResult } from '../../sim/index.js';
import { emit, type EmitOptions } from '../emit.js';
import { UserError, type CliIO } from '../io.js';
import { prepareJob, type JobStamp } from '../job.js';
import type { PointReplications } from '../parallel/run-replications.js';
import { decodePartial, engineArithmetic, engineNow, engineText, handoffVersion, isDecideStamp, shardUnits, type PartialDocument } from '../shard/partial.js';

interface Part {
  file: string;
  doc: PartialDocument;
}

/** Reads one part; any problem is the user's, named with the file. */
async function readPart(file: string): Promise<Part> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: cannot read the part: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
  const decoded = decodePartial(text);
  if (!decoded.ok) throw new UserError(`${file}: ${decoded.why}`);
  return { file, doc: decoded.doc };
}

/** What makes parts belong together, each named for the message when two differ. */
function identity(doc: PartialDocument, reference: PartialDocument): Array<[string, string]> {
  const c = doc.command;
  const head: Array<[string, string]> = [
    ['Handoff version', doc.handoff],
    ['scenario (sha256)', doc.scenario.sha256],
    ['command', c.command],
  ];
  const tail: Array<[string, string]> = [
    ['shard count', String(doc.shard.count)],
    ['units', String(doc.shard.totalUnits)],
  ];
  if (isDecideStamp(c)) {
    // A deciding command's options, each by its name (those of either part).
    const other = isDecideStamp(reference.command) ? reference.command.options : {};
    const keys = [...new Set([...Object.keys(other), ...Object.keys(c.options)])].sort();
    return [...head, ...keys.map((k): [string, string] => [`--${k.replace(/[A-Z]/g, (l) => `-${l.toLowerCase()}`)}`, JSON.stringify(c.options[k]) ?? 'not given']), ...tail];
  }
  return [
    ...head,
    ['models', c.models.join(',')],
    ['replications', String(c.replications)],
    ['seed', c.seed ?? "the scenario's"],
    ['--set', (c.sets ?? []).join(' ')],
    ...tail,
  ];
}

/** Checks the parts are one split run, each shard once; says exactly what is foreign, repeated or missing. */
function checkTogether(parts: Part[]): void {
  const [first] = parts;
  const problems: string[] = [];
  for (const part of parts.slice(1)) {
    const reference = new Map(identity(first.doc, part.doc));
    const differs = identity(part.doc, first.doc)
      .map(([what, value]) => {
        const theirs = reference.get(what) ?? 'not given';
        return value === theirs ? null : `${what} ${value} (${first.file}: ${theirs})`;
      })
      .filter((d): d is string => d !== null);
    if (differs.length > 0) problems.push(`${part.file}: not part of the same run as ${first.file}: ${differs.join('; ')}`);
  }
  if (problems.length > 0) throw new UserError(problems.join('\n'));
  const count = first.doc.shard.count;
  const seen = new Map<number, string>();
  for (const part of parts) {
    const { index, units, totalUnits } = part.doc.shard;
    const expected = shardUnits(index, count, totalUnits);
    if (!Number.isInteger(index) || index < 0 || index >= count || units.start !== expected.start || units.end !== expected.end) {
      problems.push(`${part.file}: shard ${index}/${count} does not cover the slice it should (units ${expected.start}..${expected.end - 1})`);
    }
    const earlier = seen.get(index);
    if (earlier !== undefined) problems.push(`${part.file}: shard ${index}/${count} is given twice (also ${earlier})`);
    else seen.set(index, part.file);
  }
  const missing = [...Array(count).keys()].filter((i) => !seen.has(i));
  if (missing.length > 0) {
    const list = missing.length > 20 ? `${missing.slice(0, 20).join(', ')}, … (${missing.length} in all)` : missing.join(', ');
    problems.push(`missing shard${missing.length > 1 ? 's' : ''} ${list} of ${count}: every shard 0..${count - 1} must be given once`);
  }
  if (problems.length > 0) throw new UserError(problems.join('\n'));
}

/**
 * Parts run by engines of other versions (V8 builds) may disagree in a replication's last digits,
 * so they are refused, each engine named with its parts. A merge on another engine than the
 * parts' is told so (it computes the statistics; the replications are the parts').
 */
function checkEngines(parts: Part[], io: CliIO): void {
  const byEngine = new Map<string, Part[]>();
  for (const part of parts) {
    const key = engineArithmetic(part.doc.engine);
    byEngine.set(key, [...(byEngine.get(key) ?? []), part]);
  }
  if (byEngine.size > 1) {
    const list = [...byEngine.values()].map((ps) => `${ps.map((p) => p.file).join(', ')} on ${[...new Set(ps.map((p) => engineText(p.doc.engine)))].join(' or ')}`).join('; ');
    throw new UserError(
      `the parts ran on different JavaScript engines: ${list}. Engines of other versions may compute a replication differently in its last digits, so these parts may not add up to the document one machine writes: run every shard with the same Node.js`,
    );
  }
  const theirs = parts[0].doc.engine;
  const here = engineNow();
  if (engineArithmetic(theirs) !== engineArithmetic(here)) {
    io.stderr(`handoff: note: the shards ran on ${engineText(theirs)} and this merge runs on ${engineText(here)}; the statistics are computed here and may differ in their last digits from what the shards' engine writes\n`);
  }
}

/** Gathers every part's replications by point and model, checking each belongs to its part's slice. */
function gather(parts: Part[], points: number): PointReplications[] {
  const { models, replications } = parts[0].doc.command as JobStamp;
  const out: PointReplications[] = Array.from({ length: points }, () => new Map(models.map((m): [ModelName, ReplicationResult[]] => [m, []])));
  for (const part of parts) {
    const { start, end } = part.doc.shard.units;
    const expected = (end - start) * models.length;
    if (part.doc.replications.length !== expected) {
      throw new UserError(`${part.file}: holds ${part.doc.replications.length} replications where its slice has ${expected}`);
    }
    for (const { point, result } of part.doc.replications) {
      const unit = point * replications + result.index;
      const list = out[point]?.get(result.model);
      if (!list || unit < start || unit >= end) throw new UserError(`${part.file}: replication ${result.index} of point ${point} (${result.model}) is outside its slice`);
      list.push(result);
    }
  }
  for (const byModel of out) for (const list of byModel.values()) list.sort((a, b) => a.index - b.index);
  return out;
}

/** `handoff merge PARTS...`: joins the partial documents of a split run into the document the whole run writes. */
export async function mergeCommand(files: string[], opts: EmitOptions, io: CliIO): Promise<void> {
  const parts: Part[] = [];
  for (const file of files) parts.push(await readPart(file));
  const version = handoffVersion();
  const other = parts.find((p) => p.doc.handoff !== version);
  if (other) throw new UserError(`${other.file}: written by Handoff ${other.doc.handoff}; this is Handoff ${version}: merge with the version that ran the shards`);
  checkEngines(parts, io);
  checkTogether(parts);
  if (isDecideStamp(parts[0].doc.command)) {
    const { mergeDecide } = await import('../shard/merge-decide.js');
    await mergeDecide(parts, opts, io);
    return;
  }
  const { scenario, command } = parts[0].doc;
  const job = prepareJob(scenario.file, scenario.text, command as JobStamp);
  const reps = gather(parts, job.points.length);
  const doc = job.finish(reps);
  await emit(doc as never, opts, io, job.views, { kind: job.reportKind, scenarioFile: scenario.file, scenarioText: scenario.text });
}
