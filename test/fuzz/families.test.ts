import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chunkSeed } from '../../fuzz/cases.js';
import { degenerateArbitrary } from '../../fuzz/families/degenerate.js';
import { aliasBomb, mutationArbitrary } from '../../fuzz/families/mutation.js';
import { schemaArbitrary, type SchemaNode } from '../../fuzz/families/schema.js';
import { loadLibrary } from '../../fuzz/library.js';
import { loadScenario, scenarioJsonSchema } from '../../src/sim/index.js';

const library = loadLibrary('scenarios');

describe('the fuzzer draws cases', () => {
  it('the same seed draws the same cases (a reproducer can be replayed)', () => {
    const arbitrary = fc.oneof(mutationArbitrary(library), schemaArbitrary(scenarioJsonSchema() as SchemaNode, library), degenerateArbitrary());
    const texts = (seed: number) => fc.sample(arbitrary, { seed, numRuns: 30 }).map((c) => c.text);
    expect(texts(5)).toEqual(texts(5));
    expect(texts(5)).not.toEqual(texts(6));
  });

  it('mutations never throw while drawing: a value with no prototype at a duration-like field (seed 2026, chunk 7 stopped a 10,000-case run)', () => {
    expect(() => fc.sample(mutationArbitrary(library), { seed: chunkSeed(2026, 7), numRuns: 200 })).not.toThrow();
    expect(() => fc.sample(mutationArbitrary(library), { seed: 11, numRuns: 1000 })).not.toThrow();
  });

  it('degenerate teams are mostly valid scenarios: their point is to run, not to be refused', () => {
    const cases = fc.sample(degenerateArbitrary(), { seed: 1, numRuns: 40 });
    const valid = cases.filter((c) => loadScenario(c.text).ok).length;
    expect(valid).toBeGreaterThanOrEqual(20);
  });

  it('every library file still loads once made quick (short horizon), so mutations start from a valid file', () => {
    for (const s of library) expect(loadScenario(JSON.stringify(s.data)).ok, s.name).toBe(true);
  });

  it('an alias bomb of 3 levels × 8 expands to 8³ leaves from 4 lines', () => {
    const bomb = aliasBomb(3, 8);
    expect(bomb.split('\n')).toHaveLength(4);
    expect(JSON.stringify(parse(bomb, { maxAliasCount: -1 }).bomb3).match(/lol/g)).toHaveLength(512);
  });

  it('a schema drawing goes past a bound now and then (a value the schema refuses)', () => {
    const cases = fc.sample(schemaArbitrary(scenarioJsonSchema() as SchemaNode, library), { seed: 2, numRuns: 60 });
    const refused = cases.filter((c) => !loadScenario(c.text).ok).length;
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(60);
  });
});
