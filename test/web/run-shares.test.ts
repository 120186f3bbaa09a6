import { describe, expect, it } from 'vitest';
import type { ReplicationResult } from '../../src/sim/index.js';
import { PROVISIONAL_REPLICATIONS, provisionalReplications, RunShares } from '../../web/src/worker/run-shares.js';
import type { WorkerTask } from '../../web/src/worker/protocol.js';

type Replicate = Extract<WorkerTask, { type: 'replicate' }>;
type Assemble = Extract<WorkerTask, { type: 'assemble' }>;

const result = (model: string, index: number) => ({ model, index }) as unknown as ReplicationResult;

/** Runs a shared-out run with two workers taking turns: the first (assembling) keeps its results, the second sends them. */
function twoWorkers(models: string[], replications: number): { assemblies: Assemble[]; kept: ReplicationResult[]; timelines: number; order: Replicate[] } {
  const shares = new RunShares(7);
  shares.start(models, replications, false);
  const assemblies: Assemble[] = [];
  const kept: ReplicationResult[] = [];
  let timelines = 0;
  const order: Replicate[] = [];
  for (let turn = 0; ; turn++) {
    let assembler = turn % 2 === 0;
    let task = shares.next(assembler, 2);
    if (!task) {
      assembler = !assembler;
      task = shares.next(assembler, 2);
    }
    if (!task) break;
    if (task.type === 'assemble') {
      expect(assembler).toBe(true);
      assemblies.push(task);
      kept.push(...task.results);
      if (task.models.length === models.length && task.replications === replications) shares.queueTimelines();
      continue;
    }
    if (task.type === 'timelines') {
      timelines++;
      continue;
    }
    const chunk = task as Replicate;
    order.push(chunk);
    expect(chunk.keep).toBe(assembler);
    const results = Array.from({ length: chunk.count }, (_, k) => result(chunk.model, chunk.first + k));
    if (chunk.keep) kept.push(...results);
    shares.collect({ type: 'replicated', run: 7, model: chunk.model, first: chunk.first, count: chunk.count, ms: chunk.count * 2, results: chunk.keep ? null : results });
  }
  return { assemblies, kept, timelines, order };
}

describe('sharing a run among workers', () => {
  it('the assembling worker ends with every replication once: its own and the others\', each sent once', () => {
    const { kept } = twoWorkers(['sync', 'async', 'hybrid'], 40);
    const keys = kept.map((r) => `${r.model}:${r.index}`).sort();
    expect(keys).toEqual(['sync', 'async', 'hybrid'].flatMap((m) => Array.from({ length: 40 }, (_, i) => `${m}:${i}`)).sort());
  });

  it('assembles the first model when it is in (the first chart), then every model once all are in, then the event logs', () => {
    const { assemblies, timelines } = twoWorkers(['sync', 'async', 'hybrid'], 40);
    expect(assemblies.map((a) => a.models)).toEqual([['sync'], ['sync', 'async', 'hybrid']]);
    expect(assemblies.every((a) => a.replications === 40 && a.run === 7)).toBe(true);
    expect(timelines).toBe(1);
  });

  it('a long run answers provisionally first: every model\'s first replications are handed out before any later one, and assembled as a run of that many', () => {
    const models = ['sync', 'async', 'hybrid', 'event-driven'];
    const { assemblies, order, kept, timelines } = twoWorkers(models, 200);
    const p = provisionalReplications(200);
    expect(p).toBe(PROVISIONAL_REPLICATIONS);
    const firstLater = order.findIndex((c) => c.first >= p);
    expect(order.slice(0, firstLater).reduce((n, c) => n + c.count, 0)).toBe(p * models.length);
    expect(order.slice(firstLater).every((c) => c.first >= p)).toBe(true);
    expect(order.every((c) => c.first >= p || c.first + c.count <= p)).toBe(true);
    expect(assemblies.map((a) => [a.models, a.replications])).toEqual([
      [models, p],
      [models, 200],
    ]);
    expect(kept).toHaveLength(800);
    expect(timelines).toBe(1);
  });

  it('runs shorter than four provisional rounds have none', () => {
    expect(provisionalReplications(4 * PROVISIONAL_REPLICATIONS - 1)).toBe(0);
    expect(twoWorkers(['sync', 'async'], 99).assemblies.map((a) => [a.models, a.replications])).toEqual([
      [['sync'], 99],
      [['sync', 'async'], 99],
    ]);
  });

  it('a single model is assembled once', () => {
    expect(twoWorkers(['async'], 10).assemblies.map((a) => a.models)).toEqual([['async']]);
  });

  it('nothing to replicate: only the event logs, when asked', () => {
    const asked = new RunShares(1);
    asked.start(['sync'], 0, true);
    expect(asked.next(true, 1)).toEqual({ type: 'timelines', run: 1 });
    expect(asked.next(true, 1)).toBeNull();
    const not = new RunShares(2);
    not.start(['sync'], 0, false);
    expect(not.next(true, 1)).toBeNull();
  });
});
