import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timed } from './cli-section.js';

const BIN = 'dist/src/cli/bin.js';
const SCENARIO = 'bench/mm1-load-09.yaml';
const LIMIT_MAIN = fileURLToPath(new URL('./mmc-limit-main.js', import.meta.url));
// The scenario's queue: one reviewer, arrivals every 10 minutes, reviews of 9 (load 0.9).
const MODEL = { servers: 1, meanInterarrivalMin: 10, meanServiceMin: 9 };
const TRIALS = 3;

/**
 * The whole `handoff run` process on M/M/1 at load 0.9 (~500 000 customers: start-up, loading,
 * the run, the document) against the bench's limit loop run as a whole process on as many
 * customers: customers per second of each and their ratio, mm1ToLimit (best of 3 each). Beside it,
 * what the goal leaves the model: the run's own part (the same scenario over one week) bounds the
 * ratio even for a model that took no time, and what remains of twice the limit's time, per customer,
 * is what the model may spend.
 */
export function mm1Section(print: (line: string) => void): Record<string, number> {
  let runSeconds = Infinity;
  let doc = '';
  for (let i = 0; i < TRIALS; i++) {
    const r = timed([BIN, 'run', SCENARIO, '--workers', '1', '--json']);
    runSeconds = Math.min(runSeconds, r.seconds);
    doc = r.stdout;
  }
  const metrics = (JSON.parse(doc) as { results: Array<{ metrics: Record<string, { mean: number }> }> }).results[0].metrics;
  const customers = metrics.assetsCreated.mean;
  const limitArgs = [LIMIT_MAIN, String(MODEL.servers), String(MODEL.meanInterarrivalMin), String(MODEL.meanServiceMin), String(customers), '11'];
  let limitSeconds = Infinity;
  let limit = { meanSojourn: NaN };
  for (let i = 0; i < TRIALS; i++) {
    const r = timed(limitArgs);
    limitSeconds = Math.min(limitSeconds, r.seconds);
    limit = JSON.parse(r.stdout) as { meanSojourn: number };
  }
  // The process's own part: the same scenario over one week (start-up, loading, the document).
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-mm1-'));
  let fixedSeconds = Infinity;
  try {
    const week = join(dir, 'mm1-1w.yaml');
    writeFileSync(week, readFileSync(SCENARIO, 'utf8').replace(/^horizon: .*$/m, 'horizon: 1w'));
    for (let i = 0; i < TRIALS; i++) fixedSeconds = Math.min(fixedSeconds, timed([BIN, 'run', week, '--workers', '1', '--json']).seconds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const runRate = customers / runSeconds;
  const limitRate = customers / limitSeconds;
  const theoryHours = MODEL.meanServiceMin / (1 - MODEL.meanServiceMin / MODEL.meanInterarrivalMin) / 60;
  print(`mm1: ${SCENARIO}, M/M/1 at load 0.9, ${customers.toLocaleString('en-US')} customers, whole processes (best of ${TRIALS})`);
  print(`  handoff run  ${runSeconds.toFixed(2)} s  ${Math.round(runRate).toLocaleString('en-US')} customers/s  (mean cycle time ${metrics.cycleTimeHours.mean.toFixed(3)} h)`);
  print(`  limit loop   ${limitSeconds.toFixed(2)} s  ${Math.round(limitRate).toLocaleString('en-US')} customers/s  (mean sojourn ${(limit.meanSojourn / 60).toFixed(3)} h; theory ${theoryHours.toFixed(3)} h)`);
  print(`  mm1ToLimit   ${(runRate / limitRate).toFixed(3)}  (goal >= 0.5)`);
  // What the goal leaves the model: the run may take twice the limit's process, less its own part.
  const perCustomerUs = (seconds: number) => (seconds / customers) * 1e6;
  print(`  the run over one week ${fixedSeconds.toFixed(2)} s (its own part): a model taking no time would reach ${(limitSeconds / fixedSeconds).toFixed(2)}; 0.5 leaves the model ${perCustomerUs(2 * limitSeconds - fixedSeconds).toFixed(2)} µs a customer, against ${perCustomerUs(runSeconds - fixedSeconds).toFixed(2)} µs now`);
  return {
    mm1Customers: customers,
    mm1RunCustomersPerSec: Math.round(runRate),
    mm1LimitCustomersPerSec: Math.round(limitRate),
    mm1ToLimit: Number((runRate / limitRate).toFixed(3)),
    mm1FixedSec: Number(fixedSeconds.toFixed(3)),
    mm1ToLimitCeiling: Number((limitSeconds / fixedSeconds).toFixed(3)),
    mm1ModelUsPerCustomer: Number(perCustomerUs(runSeconds - fixedSeconds).toFixed(3)),
    mm1ModelUsPerCustomerAtGoal: Number(perCustomerUs(2 * limitSeconds - fixedSeconds).toFixed(3)),
  };
}
