import { describe, expect, it } from 'vitest';
import { RunCache } from '../../web/src/worker/run-cache.js';
import type { RunOptions, RunReply } from '../../web/src/worker/protocol.js';

describe('the cache of finished runs', () => {
  const options = (overrides: RunOptions['overrides']): RunOptions => ({ scenarioText: 'name: x', overrides, models: ['sync'], replications: 10, seed: 1, timelines: true });
  const replies = (name: string): RunReply[] => [{ type: 'problems', problems: [name] }];

  it('gives back the replies of a run asked the same way, and nothing for one asked otherwise', () => {
    const cache = new RunCache();
    cache.set(options([]), replies('own'));
    expect(cache.get(options([]))).toEqual(replies('own'));
    expect(cache.get(options([{ path: ['team', 'reviewers', 'count'], value: 3 }]))).toBeNull();
    expect(cache.get({ ...options([]), seed: 2 })).toBeNull();
  });

  it('says whether a run is kept without changing which is dropped next', () => {
    const cache = new RunCache(2);
    const at = (n: number) => options([{ path: ['team', 'reviewers', 'count'], value: n }]);
    cache.set(at(1), replies('1'));
    cache.set(at(2), replies('2'));
    expect(cache.has(at(1))).toBe(true);
    expect(cache.has(at(3))).toBe(false);
    cache.set(at(3), replies('3'));
    expect(cache.has(at(1))).toBe(false);
    expect(cache.has(at(2))).toBe(true);
  });

  it('drops the least recently used past its capacity', () => {
    const cache = new RunCache(2);
    const at = (n: number) => options([{ path: ['team', 'reviewers', 'count'], value: n }]);
    cache.set(at(1), replies('1'));
    cache.set(at(2), replies('2'));
    cache.get(at(1));
    cache.set(at(3), replies('3'));
    expect(cache.get(at(2))).toBeNull();
    expect(cache.get(at(1))).toEqual(replies('1'));
    expect(cache.get(at(3))).toEqual(replies('3'));
  });
});
