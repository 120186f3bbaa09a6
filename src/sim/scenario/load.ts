import { LineCounter, parseDocument } from 'yaml';
import { scenarioSchema } from './schema/scenario.js';
import { compileScenario } from './compile.js';
import { locateProblems } from './locate.js';
import type { Problem } from './problem.js';
import { aliasBreach, nestingBreach, sizeBreach, type LimitBreach } from './input-limits.js';
import { reservedKeyProblems } from './reserved-keys.js';
import { applyOverrides, type Override } from './overrides.js';
import type { Scenario } from './types.js';

/** The outcome of reading a scenario: the scenario, or every problem found. */
export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/** Options of loadScenario. */
export interface LoadOptions {
  /** Settings applied on top of the file (sweeps, what-if controls). */
  overrides?: readonly Override[];
}

/** Parses YAML or JSON text, validates it against the schema and compiles it; reports every problem with its line. */
export function loadScenario(text: string, options: LoadOptions = {}): LoadResult {
  const lines = new LineCounter();
  const breach = sizeBreach(text) ?? nestingBreach(text);
  if (breach) return { ok: false, problems: [limitProblem(breach, text)] };
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((err) => {
        const pos = lines.linePos(err.pos[0]);
        return { path: [], message: `not valid YAML/JSON: ${firstLine(err.message)}`, line: pos.line, col: pos.col };
      }),
    };
  }
  const aliases = aliasBreach(doc);
  if (aliases) return { ok: false, problems: [limitProblem(aliases, text)] };
  const overrides = options.overrides ?? [];
  // Alias expansion is bounded by aliasBreach above, so yaml's own per-anchor count is not needed.
  const data: unknown = applyOverrides(doc.toJS({ maxAliasCount: -1 }), overrides);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ path: [], message: 'a scenario is a mapping of fields (name, team, work, …)', line: 1, col: 1 }] };
  }
  const reserved = reservedKeyProblems(data);
  if (reserved.length > 0) return { ok: false, problems: sortProblems(markOverrides(locateProblems(reserved, doc, lines), overrides)) };
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    const problems: Problem[] = parsed.error.issues.flatMap((issue) => {
      const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({ path: [...path, key], message: `unknown field "${key}"`, atKey: true }));
      }
      if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
        return [{ path, message: `missing: this field is required (${KINDS[issue.expected] ?? issue.expected})` }];
      }
      return [{ path, message: issue.message }];
    });
    return { ok: false, problems: sortProblems(markOverrides(locateProblems(problems, doc, lines), overrides)) };
  }
  const { scenario, problems } = compileScenario(parsed.data);
  if (problems.length > 0) return { ok: false, problems: sortProblems(markOverrides(locateProblems(problems, doc, lines), overrides)) };
  return { ok: true, scenario };
}

/** A problem in an overridden field says so (its line is the file's, the value is not). */
function markOverrides(problems: Problem[], overrides: readonly Override[]): Problem[] {
  return problems.map((p) => {
    const o = overrides.find((o) => o.path.every((k, i) => String(p.path[i]) === String(k)));
    return o ? { ...p, message: `${p.message} (set to ${JSON.stringify(o.value)} by an override)` } : p;
  });
}

/** How a required field's kind reads in a message. */
const KINDS: Record<string, string> = {
  record: 'a mapping of names to entries',
  object: 'a mapping of fields',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/** A broken input limit as a problem at its line and column. */
function limitProblem(breach: LimitBreach, text: string): Problem {
  const before = text.slice(0, breach.offset);
  const line = before.split('\n').length;
  return { path: [], message: breach.message, line, col: breach.offset - before.lastIndexOf('\n') };
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.slice().sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
