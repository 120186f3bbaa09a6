import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROBE = 'dist/bench/event-log-probe.js';

/**
 * A year of routine work, reviewed async: the cheapest simulation per logged event Handoff has
 * (a stream, no own work or meetings), so the worst case for what writing a log adds. 52 weeks log
 * about 330,000 events; 156 weeks about a million.
 */
function streamScenario(weeks: number): string {
  return `name: Event-log benchmark (routine stream)
start: 2026-01-05T00:00:00Z
horizon: ${weeks}w
seed: 3
model: async
team:
  designers: { role: designer, count: 8, hours: 24/7 }
  reviewers: { role: reviewer, count: 5, hours: 24/7 }
work:
  stream: { interarrival: { exponential: { mean: 12m } } }
`;
}

interface Probe {
  seconds: number;
  cpuSeconds: number;
  rows: number;
  maxRssMB: number;
  heapPeakMB: number;
}

/** One measurement in a process of its own (its peak RSS is its own); best of `runs` by CPU time. */
function probe(scenario: string, model: string, mode: string, out: string, runs = 2): Probe {
  let best: Probe | null = null;
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [PROBE, scenario, model, mode, out], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`event-log probe ${mode} failed: ${r.stderr}`);
    const p = JSON.parse(r.stdout.trim()) as Probe;
    if (best === null || p.cpuSeconds < best.cpuSeconds) best = p;
  }
  return best!;
}

/** The live heap's peak while writing (collections forced every 50,000 events: slower, so timed apart). */
function liveHeapMB(scenario: string, mode: string, out: string): number {
  const r = spawnSync(process.execPath, ['--expose-gc', PROBE, scenario, 'async', mode, out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`event-log probe ${mode} failed: ${r.stderr}`);
  return (JSON.parse(r.stdout.trim()) as Probe).heapPeakMB;
}

/**
 * Writing event logs: XES and OCEL 2.0 of about a million events (one replication of the stream
 * scenario over three years), each in its own process, against the same simulation without a log:
 * events per second, the time ratio (wall and CPU; the goal is at most 2x), peak RSS and the live
 * heap's peak. Memory is flat when the million-event log peaks about where the 330,000-event one does.
 */
export function eventLogSection(print: (line: string) => void): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-events-'));
  try {
    const small = join(dir, 'stream-52w.yaml');
    const large = join(dir, 'stream-156w.yaml');
    writeFileSync(small, streamScenario(52));
    writeFileSync(large, streamScenario(156));
    const out = join(dir, 'log');
    const alone = probe(large, 'async', 'none', '');
    print(`event logs: one replication of a routine stream over 156 weeks, each measured in its own process (best of 2 by CPU time)`);
    print(`  simulation alone   ${alone.seconds.toFixed(2)} s wall, ${alone.cpuSeconds.toFixed(2)} s CPU; peak RSS ${alone.maxRssMB.toFixed(0)} MB, live heap ${liveHeapMB(large, 'count', '').toFixed(0)} MB`);
    const figures: Record<string, number> = { eventLogSimulationSeconds: round(alone.seconds, 2), eventLogSimulationPeakRssMB: Math.round(alone.maxRssMB) };
    for (const format of ['xes', 'ocel'] as const) {
      const big = probe(large, 'async', format, out);
      const third = probe(small, 'async', format, out, 1);
      const live = liveHeapMB(large, format, out);
      const liveThird = liveHeapMB(small, format, out);
      const perSec = big.rows / big.seconds;
      print(
        `  ${format.padEnd(5)} ${(big.rows / 1e6).toFixed(2)} M events  ${(perSec / 1e3).toFixed(0)} k events/s  ` +
          `${(big.seconds / alone.seconds).toFixed(1)}x the simulation's wall time, ${(big.cpuSeconds / alone.cpuSeconds).toFixed(1)}x its CPU (goal <= 2x)  ` +
          `peak RSS ${big.maxRssMB.toFixed(0)} MB (${third.maxRssMB.toFixed(0)} MB for ${(third.rows / 1e3).toFixed(0)} k events), ` +
          `live heap ${live.toFixed(0)} MB (${liveThird.toFixed(0)} MB)`,
      );
      figures[`${format}EventsPerSec`] = Math.round(perSec);
      figures[`${format}ToSimulationWall`] = round(big.seconds / alone.seconds, 2);
      figures[`${format}ToSimulationCpu`] = round(big.cpuSeconds / alone.cpuSeconds, 2);
      figures[`${format}PeakRssMB`] = Math.round(big.maxRssMB);
      figures[`${format}PeakRssMBThird`] = Math.round(third.maxRssMB);
      figures[`${format}LiveHeapMB`] = Math.round(live);
      figures[`${format}LiveHeapMBThird`] = Math.round(liveThird);
    }
    // A workload like the product's own: the flagship launch (hybrid, own work, meetings) over ten years.
    const flagship = join(dir, 'flagship-520w.yaml');
    writeFileSync(flagship, readFileSync('scenarios/flagship-launch.yaml', 'utf8').replace(/^horizon: 12w$/m, 'horizon: 520w'));
    const flagAlone = probe(flagship, 'hybrid', 'none', '');
    const ratios = (['xes', 'ocel'] as const).map((format) => {
      const p = probe(flagship, 'hybrid', format, out);
      figures[`${format}ToSimulationCpuFlagship`] = round(p.cpuSeconds / flagAlone.cpuSeconds, 2);
      return `${format} ${(p.cpuSeconds / flagAlone.cpuSeconds).toFixed(1)}x`;
    });
    print(`  flagship launch over 520 weeks (hybrid, ${(probe(flagship, 'hybrid', 'count', '', 1).rows / 1e3).toFixed(0)} k events): CPU with the log against without: ${ratios.join(', ')}`);
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round(x: number, digits: number): number {
  return Number(x.toFixed(digits));
}
