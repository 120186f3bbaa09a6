// One measurement of the event-log section, in a process of its own so that its peak memory
// (maxRSS) is its own: `node event-log-probe.js SCENARIO MODEL none|count|csv|xes|ocel|audit OUT`.
// Prints one JSON line: wall and CPU seconds, rows, simulation events, peak RSS and peak heap (MB).
import { readFileSync, rmSync } from 'node:fs';
import { loadScenario, runReplication, type ModelName } from '../src/sim/index.js';
import type { EventLogFormat } from '../src/cli/events/event-log-writer.js';
import { writeEventLog } from '../src/cli/events/write-event-log.js';

const [scenarioFile, model, mode, out] = process.argv.slice(2);
const loaded = loadScenario(readFileSync(scenarioFile, 'utf8'));
if (!loaded.ok) throw new Error(`${scenarioFile} is not valid`);
const scenario = loaded.scenario;
let heapPeak = process.memoryUsage().heapUsed;
// The live heap (after a full collection: run with --expose-gc) is sampled every 50,000 rows, as a
// synchronous run cannot be sampled from outside: what the writer holds, not garbage not yet collected.
const gc = (globalThis as { gc?: () => void }).gc;
const sample = (rows: number) => {
  if (rows % 50_000 !== 0) return;
  gc?.();
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
};
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let rows = 0;
let events = 0;
if (mode === 'none') {
  events = runReplication(scenario, model as ModelName, 0).events;
} else if (mode === 'count') {
  events = runReplication(scenario, model as ModelName, 0, { eventLog: () => sample(++rows) }).events;
} else {
  rows = writeEventLog({ scenario, model: model as ModelName, format: mode as EventLogFormat, path: out, onRow: sample }).rows;
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
if (out) rmSync(out, { force: true });
process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds, rows, events, maxRssMB: process.resourceUsage().maxRSS / 1024, heapPeakMB: heapPeak / 1e6 })}\n`);
