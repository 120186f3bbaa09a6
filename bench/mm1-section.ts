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
 * customers: customers per second of each and their ratio, mm1ToLimit (best of 3 each).
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
  const runRate = customers / runSeconds;
  const limitRate = customers / limitSeconds;
  const theoryHours = MODEL.meanServiceMin / (1 - MODEL.meanServiceMin / MODEL.meanInterarrivalMin) / 60;
  print(`mm1: ${SCENARIO}, M/M/1 at load 0.9, ${customers.toLocaleString('en-US')} customers, whole processes (best of ${TRIALS})`);
  print(`  handoff run  ${runSeconds.toFixed(2)} s  ${Math.round(runRate).toLocaleString('en-US')} customers/s  (mean cycle time ${metrics.cycleTimeHours.mean.toFixed(3)} h)`);
  print(`  limit loop   ${limitSeconds.toFixed(2)} s  ${Math.round(limitRate).toLocaleString('en-US')} customers/s  (mean sojourn ${(limit.meanSojourn / 60).toFixed(3)} h; theory ${theoryHours.toFixed(3)} h)`);
  print(`  mm1ToLimit   ${(runRate / limitRate).toFixed(3)}  (goal >= 0.5)`);
  return {
    mm1Customers: customers,
    mm1RunCustomersPerSec: Math.round(runRate),
    mm1LimitCustomersPerSec: Math.round(limitRate),
    mm1ToLimit: Number((runRate / limitRate).toFixed(3)),
  };
}
