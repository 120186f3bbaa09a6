import type { CaseClass } from './case.js';

/** What one CLI command did. */
export interface CommandOutcome {
  /** The arguments given to `handoff`. */
  args: string[];
  /** Exit code, or null when killed by a signal. */
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Stdout was longer than the fuzzer keeps: its document cannot be judged. */
  truncated?: boolean;
  /** The --out file asked for, and its content when the command left one (null: none left). */
  outFile?: string | null;
}

/** One command's verdict: how it ended and why. */
export interface CommandVerdict {
  kind: 'ok' | 'clear-error' | 'vague-error' | 'crash' | 'hang' | 'bad-output';
  reason: string;
}

/** Checks a result document; returns every broken invariant (empty when sound). */
export type DocumentCheck = (doc: unknown) => string[];

/** How the reason of a run-time resource guard's message begins (a valid file may stop at one). */
export const GUARD = 'run-time guard';

/** How the reason of a usage error (exit 2, for an odd option) begins. */
export const USAGE = 'usage error';

const STACK_LINE = /^\s+at .+(\(.*:\d+:\d+\)|:\d+:\d+)\s*$/m;
const VAGUE_WORDS = /\bundefined\b|\bNaN\b|\[object Object\]|\bInfinity\b/;

/** The first line of `text` that says something, trimmed to a readable length. */
export function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** Whether every line of an error message names the file with line and column, or a limit to raise. */
export function isLocated(stderr: string, file: string): boolean {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return false;
  const located = new RegExp(`^${escapeRegExp(file)}:\\d+:\\d+: `);
  // A run-time resource guard has no line to point at: it must name the limit to raise instead.
  return lines.every((l) => located.test(l) || /\blimits\.\w+/.test(l));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Classifies one command: a hang (timeout), a crash (signal, exit other than 0/1, stack trace,
 * "internal error"), bad output (exit 0 with a broken document, exit 1 with partial output), a
 * clear error (exit 1, every line located, nothing written) or a vague one, else ok.
 */
export function classifyCommand(outcome: CommandOutcome, options: { file: string; json: boolean; check: DocumentCheck; usage?: boolean }): CommandVerdict {
  const { code, stderr, stdout } = outcome;
  if (outcome.timedOut) return { kind: 'hang', reason: `no exit within the timeout` };
  if (outcome.signal !== null || code === null) return { kind: 'crash', reason: `killed by ${outcome.signal}` };
  if (/internal error/i.test(stderr)) return { kind: 'crash', reason: firstLine(stderr.slice(stderr.search(/internal error/i))) };
  if (STACK_LINE.test(stderr)) return { kind: 'crash', reason: `stack trace: ${firstLine(stderr)}` };
  // Exit 2 is a usage error: right for odd options, a crash when the fuzzer's own options were all it gave.
  if (code === 2 && options.usage && stderr.trim() !== '' && stdout.trim() === '') return { kind: 'clear-error', reason: `${USAGE}: ${firstLine(stderr)}` };
  if (code !== 0 && code !== 1) return { kind: 'crash', reason: `exit ${code}: ${firstLine(stderr)}` };
  if (code === 1) {
    if (outcome.outFile !== undefined && outcome.outFile !== null) return { kind: 'bad-output', reason: 'a failed command left its --out file behind' };
    if (stdout.trim() !== '') return { kind: 'bad-output', reason: `a failed command printed on stdout: ${firstLine(stdout)}` };
    if (options.usage && /(^|\s)--?[a-z]/m.test(stderr) && !isLocated(stderr, options.file)) return { kind: 'clear-error', reason: `${USAGE}: ${firstLine(stderr)}` };
    if (!isLocated(stderr, options.file)) return { kind: 'vague-error', reason: `not located: ${firstLine(stderr) || '(no message)'}` };
    const vague = stderr.split('\n').find((l) => VAGUE_WORDS.test(l));
    if (vague) return { kind: 'vague-error', reason: `vague: ${firstLine(vague)}` };
    const limit = /\blimits\.\w+/.exec(stderr);
    if (limit && !new RegExp(`^${escapeRegExp(options.file)}:\\d+:\\d+: `).test(stderr)) return { kind: 'clear-error', reason: `${GUARD} (${limit[0]}): ${firstLine(stderr)}` };
    return { kind: 'clear-error', reason: firstLine(stderr) };
  }
  if (!options.json) return { kind: 'ok', reason: firstLine(stdout) };
  if (outcome.truncated) return { kind: 'ok', reason: 'document too large to judge' };
  return checkDocumentText(stdout, outcome, options.check);
}

function checkDocumentText(stdout: string, outcome: CommandOutcome, check: DocumentCheck): CommandVerdict {
  if (/\b(NaN|-?Infinity)\b/.test(stdout)) return { kind: 'bad-output', reason: 'NaN or Infinity in the document' };
  let doc: unknown;
  try {
    doc = JSON.parse(stdout);
  } catch {
    return { kind: 'bad-output', reason: `--json printed something that is not JSON: ${firstLine(stdout)}` };
  }
  const broken = check(doc);
  if (broken.length > 0) return { kind: 'bad-output', reason: `${broken[0]}${broken.length > 1 ? ` (+${broken.length - 1} more)` : ''}` };
  if (outcome.outFile !== undefined && outcome.outFile !== stdout) return { kind: 'bad-output', reason: '--out file differs from the --json document' };
  return { kind: 'ok', reason: 'document sound' };
}

/** The commands of one case and their verdicts, in order. */
export interface CaseRecord {
  validate: CommandVerdict;
  run: CommandVerdict;
  compare: CommandVerdict | null;
  /** Whether `run --json` gives the same bytes again (2 workers, another host zone and locale); null when it did not run. */
  determinism: 'same' | 'rerun differs' | '1 vs 2 workers differ' | 'host time zone or locale changes the bytes' | null;
  /** Whether the run split into shards and merged gives its bytes ('same') or what failed; null when not tried. */
  shards: string | null;
}

/** The class of a case, and the reason that decided it (worst first). */
export function classifyCase(record: CaseRecord): { klass: CaseClass; reason: string } {
  const commands: Array<[string, CommandVerdict]> = [['validate', record.validate], ['run', record.run]];
  if (record.compare) commands.push(['compare', record.compare]);
  for (const kind of ['crash', 'hang', 'bad-output'] as const) {
    const hit = commands.find(([, v]) => v.kind === kind);
    if (hit) return { klass: kind, reason: `${hit[0]}: ${hit[1].reason}` };
  }
  const valid = record.validate.kind === 'ok';
  for (const [name, v] of commands.slice(1)) {
    if (valid && v.kind === 'clear-error' && !v.reason.startsWith(GUARD) && !v.reason.startsWith(USAGE)) {
      return { klass: 'inconsistent', reason: `validate says valid but ${name} rejects it: ${v.reason}` };
    }
    if (!valid && v.kind === 'ok') return { klass: 'inconsistent', reason: `validate rejects it but ${name} runs: ${record.validate.reason}` };
  }
  if (record.determinism !== null && record.determinism !== 'same') return { klass: 'inconsistent', reason: `run: ${record.determinism}` };
  if (record.shards !== null && record.shards !== 'same') return { klass: 'inconsistent', reason: `run: ${record.shards}` };
  const vague = commands.find(([, v]) => v.kind === 'vague-error');
  if (vague) return { klass: 'vague-error', reason: `${vague[0]}: ${vague[1].reason}` };
  if (valid && record.run.kind === 'ok' && record.compare?.kind !== 'clear-error') return { klass: 'runs', reason: record.run.reason };
  const clear = commands.find(([, v]) => v.kind === 'clear-error');
  return { klass: 'clear-error', reason: clear ? `${clear[0]}: ${clear[1].reason}` : record.validate.reason };
}

/**
 * A short key that tells distinct failures apart: the class and the reason without the command,
 * the file, the model, numbers and quoted values (the same bug seen by run and compare is one).
 */
export function failureSignature(klass: CaseClass, reason: string): string {
  const generic = reason
    .replace(/^(validate|run|compare): /, '')
    .replace(/\S+\.(yaml|json):\d+:\d+: /g, '')
    .replace(/\b(sync|async|hybrid|event-driven)\.(?=[a-z])/g, '')
    .replace(/\b(event-driven|sync|async|hybrid)(, (event-driven|sync|async|hybrid))*\b/g, 'MODELS')
    .replace(/ \(\+\d+ more\)$/, '')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+(\.\d+)?/g, 'N')
    .slice(0, 100);
  return `${klass}: ${generic}`;
}
