import { spawnSync } from 'node:child_process';

const BIN = 'dist/src/cli/bin.js';

function seconds(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return (performance.now() - t0) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The CLI: the flagship compare at 1,000 replications on 1 and 2 workers, and start-up time against bare node. */
export function cliSection(print: (line: string) => void): Record<string, number> {
  const compare = (workers: number) => seconds([BIN, 'compare', 'scenarios/flagship-launch.yaml', '--replications', '1000', '--workers', String(workers), '--json']);
  const one = Math.min(compare(1), compare(1));
  const two = Math.min(compare(2), compare(2));
  print('cli: flagship compare, 4 models x 1,000 replications (best of 2)');
  print(`  1 worker  ${one.toFixed(2)} s`);
  print(`  2 workers ${two.toFixed(2)} s   speedup ${(one / two).toFixed(2)} (goal >= 1.8)`);
  const help = median(Array.from({ length: 11 }, () => seconds([BIN, '--help'])));
  const bare = median(Array.from({ length: 11 }, () => seconds(['-e', '0'])));
  print(`  start-up: handoff --help ${(help * 1000).toFixed(0)} ms, node -e 0 ${(bare * 1000).toFixed(0)} ms, ratio ${(help / bare).toFixed(2)} (goal < 3)`);
  return {
    compare1000Workers1Sec: Number(one.toFixed(3)),
    compare1000Workers2Sec: Number(two.toFixed(3)),
    workersSpeedup: Number((one / two).toFixed(3)),
    helpStartupMs: Math.round(help * 1000),
    nodeStartupMs: Math.round(bare * 1000),
    startupToNode: Number((help / bare).toFixed(3)),
  };
}
