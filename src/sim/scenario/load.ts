import { LineCounter, parseDocument } from 'yaml';
import { scenarioSchema } from './schema/scenario.js';
import { compileScenario } from './compile.js';
import { locateProblems } from './locate.js';
import type { Problem } from './problem.js';
import type { Scenario } from './types.js';

/** The outcome of reading a scenario: the scenario, or every problem found. */
export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/** Parses YAML or JSON text, validates it against the schema and compiles it; reports every problem with its line. */
export function loadScenario(text: string): LoadResult {
  const lines = new LineCounter();
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
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ path: [], message: 'a scenario is a mapping of fields (name, team, work, …)', line: 1, col: 1 }] };
  }
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    const problems: Problem[] = parsed.error.issues.flatMap((issue) => {
      const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({ path: [...path, key], message: `unknown field "${key}"` }));
      }
      return [{ path, message: issue.message }];
    });
    return { ok: false, problems: sortProblems(locateProblems(problems, doc, lines)) };
  }
  const { scenario, problems } = compileScenario(parsed.data);
  if (problems.length > 0) return { ok: false, problems: sortProblems(locateProblems(problems, doc, lines)) };
  return { ok: true, scenario };
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.slice().sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
