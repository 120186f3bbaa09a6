import { createHash } from 'node:crypto';
import type { ModelName, ReplicationResult } from '../../sim/index.js';
import type { DecideStamp } from '../decide/decide-plan.js';
import type { JobStamp } from '../job.js';
import { handoffPackage } from '../package-root.js';

/** What a partial document says it is (the first field of the file). */
export const PARTIAL_KIND = 'handoff-partial';
/** The layout of partial documents; merge refuses others (2: the engine is recorded). */
export const PARTIAL_VERSION = 2;

/** The slice of work one shard ran: units (point × replication, point-major) from start to end. */
export interface ShardSlice {
  index: number;
  count: number;
  units: { start: number; end: number };
  totalUnits: number;
}

/** One shard's work: enough to check it belongs with the others and to rebuild the full document. */
export interface PartialDocument {
  kind: typeof PARTIAL_KIND;
  version: typeof PARTIAL_VERSION;
  /** Handoff's version: parts from different versions may not give the same numbers. */
  handoff: string;
  /**
   * The JavaScript engine that ran the shard. Engines of other versions may compute a replication
   * differently in its last digits (their Math.log, exp and pow differ: Node 20's V8 and a current
   * Chromium's disagree on about one result in ten), so parts from different engines may not add
   * up to the document a single machine writes.
   */
  engine: Engine;
  /** run, compare, sweep (a JobStamp), or a deciding command (size, odds, pilot, sensitivity) with its options. */
  command: JobStamp | DecideStamp;
  scenario: { file: string; sha256: string; text: string };
  shard: ShardSlice;
  /** Every replication of the slice: the grid point (0 outside sweeps) and its result (empty for a deciding command). */
  replications: Array<{ point: number; result: ReplicationResult }>;
  /** A deciding command's slice: what its procedure uses of each replication. */
  values?: Array<{ point: number; model: ModelName; index: number; value: unknown }>;
}

/** A JavaScript engine: the Node.js release and the V8 inside it (what decides the arithmetic). */
export interface Engine {
  node: string;
  v8: string;
}

/** The engine running this process. */
export function engineNow(): Engine {
  return { node: process.versions.node, v8: process.versions.v8 };
}

/**
 * The part of V8's version that can change its arithmetic: major, minor and build ("11.3.244").
 * Patches within a build (the whole Node 20 line ships V8 11.3.244.x) carry fixes backported to
 * a release, not new Math functions.
 */
export function engineArithmetic(engine: Engine): string {
  return engine.v8.split('.').slice(0, 3).join('.');
}

/** An engine in words: "Node.js 20.20.2 (V8 11.3.244.8-node.33)". */
export function engineText(engine: Engine): string {
  return `Node.js ${engine.node} (V8 ${engine.v8})`;
}

/** Whether a part's command is a deciding one (its stamp carries the options). */
export function isDecideStamp(stamp: JobStamp | DecideStamp): stamp is DecideStamp {
  return 'options' in stamp;
}

/** Shard i of n: a contiguous slice of the units, the first total mod n shards one longer. */
export function shardUnits(index: number, count: number, totalUnits: number): { start: number; end: number } {
  return { start: Math.floor((index * totalUnits) / count), end: Math.floor(((index + 1) * totalUnits) / count) };
}

/** The SHA-256 of a text, in hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Handoff's version, from its package.json (in src/ and in dist/). */
export function handoffVersion(): string {
  return handoffPackage()?.version ?? 'unknown';
}

/**
 * JSON cannot hold NaN, ±Infinity or −0, and a replication's values may be any of them; they are
 * written as {"$number": "NaN"} and so on, so that the merged document is the one the run writes.
 */
function encodeNumber(_key: string, value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (Number.isNaN(value)) return { $number: 'NaN' };
  if (value === Infinity) return { $number: 'Infinity' };
  if (value === -Infinity) return { $number: '-Infinity' };
  if (Object.is(value, -0)) return { $number: '-0' };
  return value;
}

const SPECIAL: Record<string, number> = { NaN: Number.NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 };

/** The number a {"$number": …} object stands for, or undefined when the value is not one. */
function specialNumber(value: unknown): number | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const tag = (value as { $number?: unknown }).$number;
  return typeof tag === 'string' && Object.hasOwn(SPECIAL, tag) && Object.keys(value).length === 1 ? SPECIAL[tag] : undefined;
}

/**
 * Puts the numbers encodeNumber wrote back in place, depth first (what a JSON.parse reviver would
 * do, without calling back for every value: several times faster on a part of a few megabytes).
 */
function restoreNumbers(value: unknown): unknown {
  const special = specialNumber(value);
  if (special !== undefined) return special;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (value[i] !== null && typeof value[i] === 'object') value[i] = restoreNumbers(value[i]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const child = record[key];
      if (child !== null && typeof child === 'object') record[key] = restoreNumbers(child);
    }
  }
  return value;
}

/** The file's text: the document and a checksum of it (damage and hand edits are caught by merge). */
export function encodePartial(doc: PartialDocument): string {
  const body = JSON.stringify(doc, encodeNumber);
  return `{"checksum":"${sha256(body)}","document":${body}}\n`;
}

/** Why a file is not a readable partial document, or the document. */
export type DecodedPartial = { ok: true; doc: PartialDocument } | { ok: false; why: string };

/** Reads a partial document's text, checking its kind, layout version and checksum. */
export function decodePartial(text: string): DecodedPartial {
  const m = /^\{"checksum":"([0-9a-f]{64})","document":([\s\S]*)\}\n?$/.exec(text);
  if (!m) {
    try {
      JSON.parse(text);
    } catch {
      return { ok: false, why: 'is not JSON (truncated, or not written by handoff --shard)' };
    }
    return { ok: false, why: 'is not a partial document of handoff --shard' };
  }
  const [, checksum, body] = m;
  if (sha256(body) !== checksum) return { ok: false, why: 'is damaged: its checksum does not match its content (edited or truncated)' };
  const doc = (body.includes('"$number"') ? restoreNumbers(JSON.parse(body)) : JSON.parse(body)) as PartialDocument;
  if (doc.kind !== PARTIAL_KIND) return { ok: false, why: 'is not a partial document of handoff --shard' };
  if (doc.version !== PARTIAL_VERSION) return { ok: false, why: `is a partial document of layout ${String(doc.version)}; this Handoff reads layout ${PARTIAL_VERSION}` };
  return { ok: true, doc };
}
