import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import * as shared from '../../src/sim/index.js';
import type { ModelName, ReplicationResult } from '../../src/sim/index.js';

// What one replication leaves behind for the next (a spare event calendar, anything cached by
// scenario) must never change a result: replications of different scenarios and models run
// interleaved in one process give exactly what each gives from a library loaded afresh.
const FILES = ['small-team-3-channels.yaml', 'team-churn.yaml', 'holiday-peak-streams.yaml'];
const INDICES = [0, 1];

type Library = typeof shared;

function replication(lib: Library, file: string, model: ModelName, index: number): ReplicationResult {
  const loaded = lib.loadScenario(readFileSync(`scenarios/${file}`, 'utf8'));
  if (!loaded.ok) throw new Error(`${file} is not valid`);
  return lib.runReplication(loaded.scenario, model, index);
}

describe('replications reuse nothing that changes a result', () => {
  it('interleaved scenarios and models give what a fresh library gives', async () => {
    // Interleaved: every scenario and model between two replications of one of them.
    const interleaved = new Map<string, ReplicationResult>();
    for (const index of INDICES) {
      for (const model of shared.MODELS) {
        for (const file of FILES) interleaved.set(`${file} ${model} ${index}`, replication(shared, file, model, index));
      }
    }
    for (const [key, result] of interleaved) {
      const [file, model, index] = key.split(' ');
      vi.resetModules();
      const fresh = (await import('../../src/sim/index.js')) as Library;
      expect(fresh.runReplication).not.toBe(shared.runReplication);
      expect(replication(fresh, file, model as ModelName, Number(index)), key).toEqual(result);
    }
  }, 120_000);
});
