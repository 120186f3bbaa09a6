import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario, MAX_ALIAS_VALUES, MAX_NESTING_DEPTH, MAX_SCENARIO_CHARS, type Problem } from '../../src/sim/index.js';

const MM3 = readFileSync('scenarios/mm3-review-queue.yaml', 'utf8');

function onlyProblem(text: string): Problem {
  const r = loadScenario(text);
  if (r.ok) throw new Error('expected a problem');
  expect(r.problems).toHaveLength(1);
  return r.problems[0];
}

/** Six levels of nine-fold aliases: 9^6 ≈ 531 000 copies from a few lines. */
const ALIAS_BOMB = [
  'name: bomb',
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  '',
].join('\n');

describe('limits on the scenario text', () => {
  it('a YAML alias bomb is the file\'s problem: "too many aliases" at the alias that crosses the limit', () => {
    const p = onlyProblem(ALIAS_BOMB);
    expect(p.message).toMatch(/^too many aliases: .* more than 10000 values \(MAX_ALIAS_VALUES\)$/);
    expect(MAX_ALIAS_VALUES).toBe(10_000);
    // Copies so far: *a 9 × 10 = 90 (b holds 91 values), *b 9 × 91 = 819 (c holds 820), *c 9 × 820 = 7 380
    // (d holds 7 381): 8 289 in all; the first *d on line 6 (e:) brings 15 670, past 10 000.
    expect([p.line, p.col]).toEqual([6, 8]);
  });

  it('ordinary aliases (one group sharing another\'s hours) are fine', () => {
    const text = MM3.replace('hours: 24/7', 'hours: &h 24/7').replace('hours: &h 24/7 }\n', 'hours: &h 24/7 }\n  leads: { role: lead, hours: *h }\n');
    const r = loadScenario(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario.people.every((p) => p.calendar.hours === 'always')).toBe(true);
  });

  it('an alias before its anchor is a located problem, not an internal error', () => {
    const text = MM3.replace('hours: 24/7', 'hours: *h');
    const p = onlyProblem(text);
    expect(p.message).toBe('*h refers to no anchor: write &h on a value before it');
    expect(p.line).toBe(text.split('\n').findIndex((l) => l.includes('*h')) + 1);
  });

  it('10 000 nested brackets are "nested too deeply" where the limit is crossed, not a stack overflow', () => {
    const p = onlyProblem(`name: deep\nteam: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    expect(p.message).toBe(`nested too deeply: more than ${MAX_NESTING_DEPTH} levels of lists and mappings (MAX_NESTING_DEPTH)`);
    expect(p.line).toBe(2);
    // "team: " is 6 characters; the 65th bracket is the first one too deep.
    expect(p.col).toBe(6 + MAX_NESTING_DEPTH + 1);
  });

  it('deeply nested block lists and flow mappings are refused the same way', () => {
    expect(onlyProblem(`name: deep\nteam:\n  ${'- '.repeat(3000)}x\n`).message).toMatch(/^nested too deeply/);
    expect(onlyProblem(`name: deep\nteam: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`).message).toMatch(/^nested too deeply/);
  });

  it('nesting at the limit is parsed (and then judged by the schema)', () => {
    const r = loadScenario(`name: deep\nx: ${'['.repeat(MAX_NESTING_DEPTH - 2)}${']'.repeat(MAX_NESTING_DEPTH - 2)}\n`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.message).join()).not.toMatch(/nested too deeply/);
  });

  it('a file larger than the limit is refused at 1:1 with the limit named', () => {
    const p = onlyProblem(`${MM3}${'# padding\n'.repeat(MAX_SCENARIO_CHARS / 10)}`);
    expect(p.message).toMatch(/^the file is too large: \d+ characters, a scenario may have at most 1000000 \(MAX_SCENARIO_CHARS\)$/);
    expect([p.line, p.col]).toEqual([1, 1]);
  });
});
