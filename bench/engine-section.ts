import { mmcEngine } from './mmc-engine.js';
import { mmcLimitLoop } from './mmc-limit.js';

/** Best of `trials` timings of `fn` in seconds, with its last result. */
export function timeBest<T>(trials: number, fn: () => T): { seconds: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < trials; i++) {
    const t0 = performance.now();
    result = fn();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { seconds: best, result };
}

/** Engine vs the hand-written limit loop on the M/M/3 model at 80% load, and memory in the number of customers. */
export function engineSection(print: (line: string) => void): Record<string, number> {
  const model = { servers: 3, meanInterarrival: 25, meanService: 60, seed: 7 };
  const customers = 2_000_000;
  mmcLimitLoop({ ...model, customers: 200_000 });
  mmcEngine({ ...model, customers: 200_000 });
  const limit = timeBest(5, () => mmcLimitLoop({ ...model, customers }));
  const engine = timeBest(5, () => mmcEngine({ ...model, customers }));
  const limitEventsPerSec = limit.result.events / limit.seconds;
  const engineEventsPerSec = engine.result.events / engine.seconds;
  print(`engine: M/M/3 at 80% load, ${customers.toLocaleString('en-US')} customers (best of 5)`);
  print(`  limit loop   ${(limitEventsPerSec / 1e6).toFixed(2)} M events/s  (mean sojourn ${(limit.result.meanSojourn / 60).toFixed(3)} h)`);
  print(`  engine       ${(engineEventsPerSec / 1e6).toFixed(2)} M events/s  (mean sojourn ${(engine.result.meanSojourn / 60).toFixed(3)} h; theory 2.079 h)`);
  print(`  engine/limit ${(engineEventsPerSec / limitEventsPerSec).toFixed(2)}  (goal >= 0.5)`);
  const heap = (n: number) => {
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.memoryUsage().heapUsed;
    mmcEngine({ ...model, customers: n });
    return (process.memoryUsage().heapUsed - before) / 1e6;
  };
  const small = heap(250_000);
  const large = heap(4_000_000);
  print(`  heap growth: ${small.toFixed(1)} MB at 250k customers, ${large.toFixed(1)} MB at 4M (flat: nothing kept per customer)`);
  return {
    engineEventsPerSec: Math.round(engineEventsPerSec),
    limitEventsPerSec: Math.round(limitEventsPerSec),
    engineToLimit: Number((engineEventsPerSec / limitEventsPerSec).toFixed(3)),
    engineHeapGrowthMB250k: Number(small.toFixed(2)),
    engineHeapGrowthMB4M: Number(large.toFixed(2)),
  };
}
