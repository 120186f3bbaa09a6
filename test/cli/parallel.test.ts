import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario, type Scenario } from '../../src/sim/index.js';
// The built module: its worker threads load dist/src/cli/parallel/worker.js (npm test builds first).
import { runReplications } from '../../dist/src/cli/parallel/run-replications.js';
import { startWorkers } from '../../dist/src/cli/parallel/worker-pool.js';
import { TaskQueue } from '../../dist/src/cli/parallel/task-queue.js';

const TEXT = readFileSync('scenarios/flagship-launch.yaml', 'utf8');

function scenarioOf(text: string): Scenario {
  const loaded = loadScenario(text);
  if (!loaded.ok) throw new Error('invalid');
  return loaded.scenario;
}

const plan = (text: string, workers: number, scenario = scenarioOf(text)) => ({
  points: [{ overrides: [], scenario }],
  models: ['sync', 'async'] as const,
  replications: 12,
  workers,
  sharing: 'threads-too' as const,
});

describe('replications on worker threads', () => {
  it('gives the same results in the same order on 1, 2 or 3 workers', async () => {
    const runs = await Promise.all([1, 2, 3].map((w) => runReplications(plan(TEXT, w))));
    const [one, ...others] = runs.map((r) => JSON.stringify([...r[0]]));
    for (const other of others) expect(other).toBe(one);
    expect(runs[0][0].get('async')!.map((r: { index: number }) => r.index)).toEqual([...Array(12).keys()]);
  });

  it('by default, threads start for a long run, take work once ready, and the tasks they still hold at the end run here too: the same results', async () => {
    // 800 tasks: threads start with the run, the thread is ready after a few hundred milliseconds
    // and takes batches; this thread, once the queue is empty, runs what the thread still holds.
    // Each task counts once, whoever finished it first.
    const long = { points: [{ overrides: [], scenario: scenarioOf(TEXT) }], models: ['sync', 'async', 'hybrid', 'event-driven'] as const, replications: 200 };
    const one = await runReplications({ ...long, workers: 1 });
    let progress = 0;
    const two = await runReplications({ ...long, workers: 2, onProgress: (done: number, total: number) => { progress = Math.max(progress, done); expect(done).toBeLessThanOrEqual(total); } });
    expect(progress).toBe(800);
    for (const list of two[0].values()) expect(list.map((r: { index: number }) => r.index)).toEqual([...Array(200).keys()]);
    expect(JSON.stringify([...two[0]])).toBe(JSON.stringify([...one[0]]));
  });

  it('a pool lists the tasks its threads hold and have not answered, the latest handed first', async () => {
    const queue = new TaskQueue(Array.from({ length: 200 }, (_, index) => ({ point: 0, model: 'async' as const, index })));
    const accepted: number[] = [];
    let answered!: () => void;
    const first = new Promise<void>((resolve) => (answered = resolve));
    const pool = startWorkers({
      setup: { scenarios: [scenarioOf(TEXT)] },
      queue,
      threads: 1,
      accept: (_point: number, r: { index: number }) => {
        accepted.push(r.index);
        answered();
      },
    });
    // Nothing is handed out before the thread says it is ready.
    expect(pool.outstanding()).toEqual([]);
    await first;
    const held = pool.outstanding().map((t) => t.index);
    // Three batches of 8 handed out in order, the first of them answered.
    expect(accepted).toEqual([0]);
    expect(held).toEqual([...Array(23).keys()].map((k) => 23 - k));
    pool.stop();
    await pool.finished;
  });

  it('a failure in a worker thread stops the pool with its name and message', async () => {
    // Only worker threads run here (no main-thread share): a scenario past its event budget.
    const mm3 = readFileSync('scenarios/mm3-review-queue.yaml', 'utf8').replace('horizon: 40w', 'horizon: 3w').replace('warmup: 2w', 'warmup: 0d');
    const runaway = scenarioOf(`${mm3}\nlimits: { maxEvents: 1000 }\n`);
    const accepted: number[] = [];
    const pool = startWorkers({
      setup: { scenarios: [runaway] },
      queue: new TaskQueue([0, 1, 2, 3].map((index) => ({ point: 0, model: 'async' as const, index }))),
      threads: 2,
      accept: (_point: number, r: { index: number }) => accepted.push(r.index),
    });
    const error = await pool.finished.catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('RunawayError');
    expect((error as Error).message).toMatch(/processed 1,000 events/);
    expect(pool.failure()).toBe(error);
    expect(accepted).toEqual([]);
    // And a whole run on that scenario stops with the same error, whichever thread meets it first.
    const run = await runReplications({ ...plan(mm3, 3, runaway), models: ['async'] }).catch((e: Error) => e);
    expect((run as Error).name).toBe('RunawayError');
  });

  it('an abort rejects with InterruptedError and stops the threads', async () => {
    const controller = new AbortController();
    const run = runReplications({ ...plan(TEXT, 2), replications: 5000, signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    const error = await run.catch((e: Error) => e);
    expect(error.name).toBe('InterruptedError');
  });
});
