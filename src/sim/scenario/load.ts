import { LineCounter, parseDocument, type Document } from 'yaml';
import { scenarioSchema } from './schema/scenario.js';
import { compileScenario } from './compile.js';
import { locateProblems } from './locate.js';
import type { Problem } from './problem.js';
import { aliasBreach, nestingBreach, sizeBreach, type LimitBreach } from './input-limits.js';
import { followsFrom, overlaps, schemaProblems, withoutPaths } from './schema-problems.js';
import { warningProblems } from './warnings.js';
import { reservedKeyProblems } from './reserved-keys.js';
import { applyOverrides, type Override } from './overrides.js';
import type { ModelName, Scenario } from './types.js';

type Path = (string | number)[];

/** The outcome of reading a scenario: the scenario, or every problem found. */
export type LoadResult = { ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** Options of loadScenario. */
export interface LoadOptions {
  /** Settings applied on top of the file (sweeps, what-if controls). */
  overrides?: readonly Override[];
  /** Models to check the scenario for besides its own `model` and `models` (chosen on a command line). */
  models?: readonly ModelName[];
}

/** Parses YAML or JSON text, validates it against the schema and compiles it; reports every problem with its line. */
export function loadScenario(text: string, options: LoadOptions = {}): LoadResult {
  const parsed = parseText(text);
  if ('problems' in parsed) return { ok: false, problems: parsed.problems };
  const { doc, lines } = parsed;
  const overrides = options.overrides ?? [];
  // Alias expansion is bounded by aliasBreach above, so yaml's own per-anchor count is not needed.
  const data: unknown = applyOverrides(doc.toJS({ maxAliasCount: -1 }), overrides);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ path: [], message: 'a scenario is a mapping of fields (name, team, work, …)', line: 1, col: 1 }] };
  }
  const models = options.models ?? [];
  const result = validate(data, models);
  if (!result.ok) return { ok: false, problems: sortProblems(markOverrides(locateProblems(result.problems, doc, lines), overrides)) };
  return { ...result, warnings: sortProblems(locateProblems(warningProblems(result.scenario, models), doc, lines)) };
}

/** The text parsed last, when it parsed: a sweep, a merge and worker threads load one text many times (with other overrides). */
let lastParsed: { text: string; doc: Document; lines: LineCounter } | null = null;

/** The text's YAML document, or the problems that stop it being read (limits, syntax); the last good parse is reused. */
function parseText(text: string): { doc: Document; lines: LineCounter } | { problems: Problem[] } {
  if (lastParsed?.text === text) return lastParsed;
  const lines = new LineCounter();
  const breach = sizeBreach(text) ?? nestingBreach(text);
  if (breach) return { problems: [limitProblem(breach, text)] };
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((err) => {
        const pos = lines.linePos(err.pos[0]);
        return { path: [], message: `not valid YAML/JSON: ${firstLine(err.message)}`, line: pos.line, col: pos.col };
      }),
    };
  }
  const aliases = aliasBreach(doc);
  if (aliases) return { problems: [limitProblem(aliases, text)] };
  lastParsed = { text, doc, lines };
  return lastParsed;
}

/** How many times schema problems are set aside to reach the checks behind them. */
const REPAIR_ROUNDS = 4;

/**
 * Every problem of a file in one pass: schema problems, and the compile and semantic problems of
 * the rest of the file (the values with schema problems set aside, their defaults in their place;
 * problems about what was set aside are follow-ons and are left out).
 */
function validate(data: unknown, models: readonly ModelName[]): LoadResult {
  // A `__proto__` key is reported and set aside first: zod would silently drop it.
  const problems: Problem[] = reservedKeyProblems(data);
  const setAside: Path[] = problems.map((p) => p.path);
  const followOn = (p: Problem) => followsFrom(p, setAside);
  let current = problems.length > 0 ? withoutPaths(data, setAside).data : data;
  for (let round = 0; round <= REPAIR_ROUNDS; round++) {
    const parsed = scenarioSchema.safeParse(current);
    if (parsed.success) {
      const compiled = compileScenario(parsed.data, models);
      problems.push(...compiled.problems.filter((p) => !followOn(p)));
      return problems.length > 0 ? { ok: false, problems } : { ok: true, scenario: compiled.scenario, warnings: [] };
    }
    const found = schemaProblems(parsed.error.issues);
    problems.push(...found.filter((p) => !followOn(p)));
    // A value set aside before that still fails (a required field) is set aside with its parent.
    const next = found.map(({ path }) => (setAside.some((done) => overlaps(done, path) && done.length <= path.length) ? path.slice(0, -1) : path));
    if (next.some((path) => path.length === 0)) break;
    const { data: repaired, removed } = withoutPaths(current, next);
    setAside.push(...removed);
    current = repaired;
  }
  return { ok: false, problems };
}

/** A problem in an overridden field says so (its line is the file's, the value is not). */
function markOverrides(problems: Problem[], overrides: readonly Override[]): Problem[] {
  return problems.map((p) => {
    const o = overrides.find((o) => o.path.every((k, i) => String(p.path[i]) === String(k)));
    return o ? { ...p, message: `${p.message} (set to ${JSON.stringify(o.value)} by an override)` } : p;
  });
}

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
