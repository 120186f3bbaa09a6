import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BIN = 'dist/src/cli/bin.js';
const FLAGSHIP = 'scenarios/flagship-launch.yaml';
const REPLICATIONS = 1000;

/** Runs node with `args`; its wall time in seconds and its stdout (throws when it fails). */
export function timed(args: string[]): { seconds: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
  return { seconds, stdout: r.stdout };
}

/**
 * Wall seconds of two copies of `node args` started together (each must succeed): what two
 * independent processes get from this machine, whatever Handoff does.
 */
function timedPair(args: string[]): number {
  const quote = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
  const one = [process.execPath, ...args].map(quote).join(' ');
  const t0 = performance.now();
  const r = spawnSync('sh', ['-c', `${one} >/dev/null & a=$!; ${one} >/dev/null; b=$?; wait $a && exit $b`], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`two copies of node ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
  return seconds;
}

/** The middle value of xs (the upper one of an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * The command line: the flagship compare (every model of the scenario) at 1,000 replications on
 * 1 and on 2 worker threads through the built binary (runs alternate, best of 2 each, so a busy
 * neighbour hurts both alike; the documents must be byte-identical), and the start-up time of
 * `handoff --help` against bare `node -e 0` (median of 11 each).
 */
export function cliSection(print: (line: string) => void): Record<string, number> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build first`);
  const compare = (workers: number) => timed([BIN, 'compare', FLAGSHIP, '--replications', String(REPLICATIONS), '--workers', String(workers), '--json']);
  const one: number[] = [];
  const two: number[] = [];
  let document = '';
  for (let round = 0; round < 2; round++) {
    for (const [workers, times] of [[1, one], [2, two]] as const) {
      const r = compare(workers);
      if (document && r.stdout !== document) throw new Error(`compare with ${workers} workers gave a different document`);
      document = r.stdout;
      times.push(r.seconds);
    }
  }
  const models = (JSON.parse(document) as { results: unknown[] }).results.length;
  const t1 = Math.min(...one);
  const t2 = Math.min(...two);
  // The machine's own ceiling for two workers: two independent single-worker runs side by side
  // against one alone. On a host whose two cores are hyperthreads or shared with neighbours this is
  // well under 2, and no worker scheme can beat it.
  const args1 = [BIN, 'compare', FLAGSHIP, '--replications', String(REPLICATIONS), '--workers', '1', '--json'];
  const pair = Math.min(timedPair(args1), timedPair(args1));
  const ceiling = (2 * t1) / pair;
  // What no split of the replications can run in parallel: the process's own part (start-up,
  // loading, reading the scenario, the document), measured as the same command at one replication.
  const fixed = Math.min(...Array.from({ length: 3 }, () => timed([BIN, 'compare', FLAGSHIP, '--replications', '1', '--workers', '1', '--json']).seconds));
  // The best speedup this machine allows the run: its fixed part alone, the rest at the ceiling.
  const bound = t1 / (fixed + (t1 - fixed) / ceiling);
  print(`cli: ${FLAGSHIP}, compare of ${models} models x ${REPLICATIONS.toLocaleString('en-US')} replications, built binary (best of 2; identical documents)`);
  print(`  --workers 1  ${t1.toFixed(2)} s`);
  print(`  --workers 2  ${t2.toFixed(2)} s   speedup ${(t1 / t2).toFixed(2)} (goal >= 1.6)`);
  print(`  two separate --workers 1 processes side by side: ${pair.toFixed(2)} s for both, so this machine gives two at once ${ceiling.toFixed(2)}x one (the ceiling of any speedup); workers reach ${((t1 / t2) / ceiling * 100).toFixed(0)}% of it`);
  print(`  the run's own part (the same command at 1 replication) ${fixed.toFixed(2)} s; with it alone serial and the rest at the ceiling, the best speedup here is ${bound.toFixed(2)}`);
  const help = median(Array.from({ length: 11 }, () => timed([BIN, '--help']).seconds));
  const bare = median(Array.from({ length: 11 }, () => timed(['-e', '0']).seconds));
  print(`  start-up: handoff --help ${(help * 1000).toFixed(0)} ms, node -e 0 ${(bare * 1000).toFixed(0)} ms, ratio ${(help / bare).toFixed(2)} (goal < 3)`);
  return {
    compare1000Workers1Sec: Number(t1.toFixed(3)),
    compare1000Workers2Sec: Number(t2.toFixed(3)),
    workersSpeedup: Number((t1 / t2).toFixed(3)),
    parallelCeiling: Number(ceiling.toFixed(3)),
    workersToCeiling: Number(((t1 / t2) / ceiling).toFixed(3)),
    compareFixedSec: Number(fixed.toFixed(3)),
    workersSpeedupBound: Number(bound.toFixed(3)),
    helpStartupMs: Math.round(help * 1000),
    nodeStartupMs: Math.round(bare * 1000),
    startupToNode: Number((help / bare).toFixed(3)),
  };
}
