import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario, type Scenario } from '../../src/sim/index.js';
// The built module: its worker threads load dist/src/cli/parallel/worker.js (npm test builds first).
import { runReplications } from '../../dist/src/cli/parallel/run-replications.js';

const TEXT = readFileSync('scenarios/flagship-launch.yaml', 'utf8');

function scenarioOf(text: string): Scenario {
  const loaded = loadScenario(text);
  if (!loaded.ok) throw new Error('invalid');
  return loaded.scenario;
}

const plan = (text: string, workers: number, scenario = scenarioOf(text)) => ({
  scenarioText: text,
  points: [{ overrides: [], scenario }],
  models: ['sync', 'async'] as const,
  replications: 12,
  workers,
});

describe('replications on worker threads', () => {
  it('gives the same results in the same order on 1, 2 or 3 workers', async () => {
    const runs = await Promise.all([1, 2, 3].map((w) => runReplications(plan(TEXT, w))));
    const [one, ...others] = runs.map((r) => JSON.stringify([...r[0]]));
    for (const other of others) expect(other).toBe(one);
    expect(runs[0][0].get('async')!.map((r: { index: number }) => r.index)).toEqual([...Array(12).keys()]);
  });

  it('a failure in a worker thread stops the run with its name and message', async () => {
    // The worker threads load the text (past its event budget); this thread runs the valid scenario.
    const mm3 = readFileSync('scenarios/mm3-review-queue.yaml', 'utf8').replace('horizon: 40w', 'horizon: 3w').replace('warmup: 2w', 'warmup: 0d');
    const runaway = `${mm3}\nlimits: { maxEvents: 1000 }\n`;
    const error = await runReplications({ ...plan(runaway, 3, scenarioOf(mm3)), models: ['async'] }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RunawayError');
    expect(error.message).toMatch(/processed 1,000 events/);
  });

  it('an abort rejects with InterruptedError and stops the threads', async () => {
    const controller = new AbortController();
    const run = runReplications({ ...plan(TEXT, 2), replications: 5000, signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    const error = await run.catch((e: Error) => e);
    expect(error.name).toBe('InterruptedError');
  });
});
