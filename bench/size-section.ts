import { spawnSync } from 'node:child_process';

const BIN = 'dist/src/cli/bin.js';
const FIXED_PER_CANDIDATE = 200;

/**
 * `handoff size` on the flagship: reviewers 1..8 × three SLAs (24 candidates), a p90 cycle-time
 * target at 95% confidence, on 2 workers. Its wall time, and the replications the adaptive search
 * spent against a fixed grid of 200 per candidate.
 */
export function sizeSection(print: (line: string) => void): Record<string, number> {
  const args = [BIN, 'size', 'scenarios/flagship-launch.yaml', '--target', 'cycleTimeHours.p90<=30', '--vary', 'team.reviewers.count=1..8', '--vary', 'async.sla.firstResponse=2bh,4bh,8bh', '--workers', '2', '--json'];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'pipe'] });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`handoff size failed (exit ${r.status}): ${r.stderr}`);
  const doc = JSON.parse(r.stdout) as { candidates: unknown[]; replicationsTotal: number; answer: { sentence: string } };
  const fixed = doc.candidates.length * FIXED_PER_CANDIDATE;
  const saved = 1 - doc.replicationsTotal / fixed;
  print(`size: flagship, reviewers 1..8 x 3 SLAs, p90 target at 95%, 2 workers`);
  print(`  ${seconds.toFixed(1)} s (goal < 20); ${doc.replicationsTotal} replications against ${fixed} for a fixed grid of ${FIXED_PER_CANDIDATE} a candidate: ${(saved * 100).toFixed(0)}% saved (goal >= 67%)`);
  print(`  ${doc.answer.sentence}`);
  return { sizeSeconds: Number(seconds.toFixed(2)), sizeReplications: doc.replicationsTotal, sizeReplicationsSaved: Number(saved.toFixed(3)) };
}
