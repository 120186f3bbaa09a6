import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadScenario } from '../../src/sim/index.js';

const FLAGSHIP = parse(readFileSync('scenarios/flagship-launch.yaml', 'utf8')) as unknown;

/** Every path of a parsed document, leaves and branches alike. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [path, ...entries.flatMap(([k, v]) => pathsOf(v, [...path, k]))];
}
const PATHS = pathsOf(FLAGSHIP).filter((p) => p.length > 0);

/** The flagship with the value at one path replaced (or removed, for undefined). */
function mutated(path: (string | number)[], value: unknown): string {
  const copy = structuredClone(FLAGSHIP) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  if (value === undefined) delete node[path[path.length - 1]];
  else node[path[path.length - 1]] = value;
  return JSON.stringify(copy, null, 1);
}

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, 'constructor', 'valueOf', '__proto__', '-5m', '0s', '2026-02-30', '0050-01-01T00:00:00Z', 'Mars/Olympus', '17:00-09:00', 1e309),
);

describe('loading any edit of a scenario', () => {
  it('never throws: a file is valid, or every problem has a line, a column and a message that names no internals', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), oddValue, (path, value) => {
        const r = loadScenario(mutated(path, value));
        if (r.ok) return;
        expect(r.problems.length).toBeGreaterThan(0);
        for (const p of r.problems) {
          expect(p.line).toBeGreaterThan(0);
          expect(p.col).toBeGreaterThan(0);
          expect(p.message).not.toMatch(/^Invalid input$|undefined is not|Cannot read|is not a function|internal/);
        }
      }),
      { numRuns: 400, seed: 13 },
    );
  });
});
