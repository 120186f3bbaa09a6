import { describe, expect, it } from 'vitest';
import type { ReplicationResult } from '../../src/sim/index.js';
import { RunShares } from '../../web/src/worker/run-shares.js';
import type { WorkerTask } from '../../web/src/worker/protocol.js';

type Replicate = Extract<WorkerTask, { type: 'replicate' }>;
type Assemble = Extract<WorkerTask, { type: 'assemble' }>;

const result = (model: string, index: number) => ({ model, index }) as unknown as ReplicationResult;

/** Runs a shared-out run with two workers taking turns: the first (assembling) keeps its results, the second sends them. */
function twoWorkers(models: string[], replications: number): { assemblies: Assemble[]; kept: ReplicationResult[]; timelines: number } {
  const shares = new RunShares(7);
  shares.start(models, replications, false);
  const assemblies: Assemble[] = [];
  const kept: ReplicationResult[] = [];
  let timelines = 0;
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
      if (task.models.length === models.length) shares.queueTimelines();
      continue;
    }
    if (task.type === 'timelines') {
      timelines++;
      continue;
    }
    const chunk = task as Replicate;
    expect(chunk.keep).toBe(assembler);
    const results = Array.from({ length: chunk.count }, (_, k) => result(chunk.model, chunk.first + k));
    if (chunk.keep) kept.push(...results);
    shares.collect({ type: 'replicated', run: 7, model: chunk.model, count: chunk.count, ms: chunk.count * 2, results: chunk.keep ? null : results });
  }
  return { assemblies, kept, timelines };
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
