import { readFileSync } from 'node:fs';
import { loadScenario, MODELS, runReplication, type ModelName } from '../src/sim/index.js';

const SCENARIO = 'scenarios/small-team-12-channels.yaml';

/** One model's figures: replications and events per second over `replications` runs. */
function measure(model: ModelName, replications: number): { seconds: number; events: number } {
  const loaded = loadScenario(readFileSync(SCENARIO, 'utf8'));
  if (!loaded.ok) throw new Error(`${SCENARIO} is not valid`);
  let events = 0;
  const t0 = performance.now();
  for (let i = 0; i < replications; i++) events += runReplication(loaded.scenario, model, i).events;
  return { seconds: (performance.now() - t0) / 1000, events };
}

function heapAfter(model: ModelName, replications: number): number {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  measure(model, replications);
  (globalThis as { gc?: () => void }).gc?.();
  return (process.memoryUsage().heapUsed - before) / 1e6;
}

/** The full model on the twelve-channel scenario, each model, against the bare engine's event rate. */
export function modelSection(print: (line: string) => void, engineEventsPerSec: number): Record<string, number> {
  const replications = 200;
  print(`model: ${SCENARIO}, ${replications} replications per model (calendars, policies and metrics included)`);
  const figures: Record<string, number> = {};
  let totalEvents = 0, totalSeconds = 0;
  let peakRss = process.memoryUsage().rss;
  for (const model of MODELS) {
    measure(model, 10);
    const { seconds, events } = measure(model, replications);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    totalEvents += events;
    totalSeconds += seconds;
    const key = model.replace('-d', 'D');
    figures[`${key}ReplicationsPerSec`] = Math.round(replications / seconds);
    figures[`${key}EventsPerSec`] = Math.round(events / seconds);
    print(`  ${model.padEnd(13)} ${(replications / seconds).toFixed(0).padStart(6)} replications/s  ${(events / seconds / 1e6).toFixed(2)} M events/s  (${Math.round(events / replications)} events a replication)`);
  }
  const modelEventsPerSec = totalEvents / totalSeconds;
  const small = heapAfter('hybrid', 50);
  const large = heapAfter('hybrid', 500);
  print(`  all models   ${(modelEventsPerSec / 1e6).toFixed(2)} M events/s; model/engine ${(modelEventsPerSec / engineEventsPerSec).toFixed(2)} (goal >= 0.33)`);
  print(`  peak RSS ${(peakRss / 1e6).toFixed(0)} MB; heap growth after 50 replications ${small.toFixed(1)} MB, after 500 ${large.toFixed(1)} MB`);
  return {
    ...figures,
    modelEventsPerSec: Math.round(modelEventsPerSec),
    modelToEngine: Number((modelEventsPerSec / engineEventsPerSec).toFixed(3)),
    modelPeakRssMB: Math.round(peakRss / 1e6),
    modelHeapGrowthMB50: Number(small.toFixed(2)),
    modelHeapGrowthMB500: Number(large.toFixed(2)),
  };
}
