import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextChunk, remaining, startCursor, type Chunk, type ChunkPace } from '../../web/src/worker/chunks.js';

function drain(models: string[], replications: number, pace: (handedOut: number) => ChunkPace, provisional = 0): Chunk[] {
  const cursor = startCursor(models, replications, provisional);
  const chunks: Chunk[] = [];
  for (let c = nextChunk(cursor, pace(0)); c; c = nextChunk(cursor, pace(chunks.length + 1))) chunks.push(c);
  expect(remaining(cursor)).toBe(0);
  return chunks;
}

describe('chunks of replications', () => {
  it('hand out every replication once, model by model in index order, whatever the pace', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 300 }),
        fc.array(fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: null }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 8 }),
        (modelCount, replications, paces, workers) => {
          const models = ['sync', 'async', 'hybrid', 'event-driven'].slice(0, modelCount);
          const chunks = drain(models, replications, (i) => ({ msPerReplication: paces[i % paces.length], holders: workers, targetMs: 25 }));
          const handedOut = chunks.flatMap((c) => Array.from({ length: c.count }, (_, k) => `${c.model}:${c.first + k}`));
          expect(handedOut).toEqual(models.flatMap((m) => Array.from({ length: replications }, (_, i) => `${m}:${i}`)));
          for (const c of chunks) expect(c.count).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });

  it('with a provisional round: every model\'s first replications, model by model, then the rest, model by model; no chunk straddles the round', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2, max: 300 }),
        fc.integer({ min: 1, max: 299 }),
        fc.array(fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: null }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 8 }),
        (modelCount, replications, p, paces, workers) => {
          const provisional = Math.min(p, replications - 1);
          const models = ['sync', 'async', 'hybrid', 'event-driven'].slice(0, modelCount);
          const chunks = drain(models, replications, (i) => ({ msPerReplication: paces[i % paces.length], holders: workers, targetMs: 25 }), provisional);
          const handedOut = chunks.flatMap((c) => Array.from({ length: c.count }, (_, k) => `${c.model}:${c.first + k}`));
          const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
          expect(handedOut).toEqual([
            ...models.flatMap((m) => range(0, provisional).map((i) => `${m}:${i}`)),
            ...models.flatMap((m) => range(provisional, replications).map((i) => `${m}:${i}`)),
          ]);
          for (const c of chunks) expect(c.first >= provisional || c.first + c.count <= provisional).toBe(true);
        },
      ),
    );
  });

  it('start with two replications, then take about the target time at the measured pace, at most 50', () => {
    const cursor = startCursor(['sync'], 1000);
    expect(nextChunk(cursor, { msPerReplication: null, holders: 1, targetMs: 25 })?.count).toBe(2);
    // 25 ms at 2 ms a replication: 12.5, rounded.
    expect(nextChunk(cursor, { msPerReplication: 2, holders: 1, targetMs: 25 })?.count).toBe(13);
    expect(nextChunk(cursor, { msPerReplication: 0.01, holders: 1, targetMs: 25 })?.count).toBe(50);
    expect(nextChunk(cursor, { msPerReplication: 400, holders: 1, targetMs: 25 })?.count).toBe(1);
  });

  it('shrink near the end so the workers finish together: at most one holder\'s share of what is left', () => {
    const cursor = startCursor(['sync'], 20);
    // 20 left, 2 workers holding 2 chunks each: at most ceil(20 / 4) = 5, although the pace asks for 25.
    expect(nextChunk(cursor, { msPerReplication: 1, holders: 4, targetMs: 25 })?.count).toBe(5);
  });

  it('stay within one model', () => {
    const cursor = startCursor(['sync', 'async'], 3);
    expect(nextChunk(cursor, { msPerReplication: 0.1, holders: 1, targetMs: 25 })).toEqual({ model: 'sync', first: 0, count: 3 });
    expect(nextChunk(cursor, { msPerReplication: 0.1, holders: 1, targetMs: 25 })).toEqual({ model: 'async', first: 0, count: 3 });
  });
});
