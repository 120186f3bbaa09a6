// A real one-node Slurm cluster on localhost runs a sharded sweep as a job array, then the merge as a
// dependent job; the merged document must equal the local run's, byte for byte.
// Run after `npm run build`: node test/slurm/run.mjs   (needs root and Debian's slurmctld, slurmd,
// slurm-client and munge; anywhere else it says why it is skipped and exits 0).
//
// The cluster is the test's own: a munge key, slurm.conf, state, spool and log folders in a fresh
// temporary folder, free ports, and daemons it stops at the end (also on failure or Ctrl-C).
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'dist/src/cli/bin.js');
const SHARDS = 4;
const SWEEP = ['sweep', join(ROOT, 'scenarios/async-with-sla.yaml'), '--set', 'team.reviewers.count=2,3', '--set', 'async.sla.firstResponse=4bh,8bh', '-r', '3', '--seed', '11'];
const DAEMONS = { munged: '/usr/sbin/munged', slurmctld: '/usr/sbin/slurmctld', slurmd: '/usr/sbin/slurmd' };
const CLIENTS = ['sbatch', 'squeue', 'sinfo', 'scontrol', 'sacct'];
const TIMEOUT_MS = 180_000;

function skip(why) {
  console.log(`slurm test skipped: ${why}`);
  process.exit(0);
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

if (process.platform !== 'linux') skip(`Slurm daemons run on Linux only (this is ${process.platform})`);
if (process.getuid?.() !== 0) skip('a one-node cluster with SlurmUser=root needs root (CI runs as root)');
for (const [name, path] of Object.entries(DAEMONS)) if (!existsSync(path)) skip(`${path} is missing (apt-get install slurmctld slurmd slurm-client munge)`);
for (const c of CLIENTS.slice(0, 4)) if (!which(c)) skip(`${c} is missing (apt-get install slurm-client)`);
if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build first`);

/** A port nobody listens on now. */
function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, test, ms = 60_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = test();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'handoff-slurm-'));
chmodSync(dir, 0o700);
const children = [];
let clusterUp = false;

function stopAll() {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
  // Job steps outlive their daemon now and then: end any slurmstepd of this cluster's spool.
  spawnSync('pkill', ['-TERM', '-f', `slurmstepd.*${dir}`]);
}

function logTail(name) {
  const f = join(dir, name);
  return existsSync(f) ? readFileSync(f, 'utf8').split('\n').slice(-25).join('\n') : '(no log)';
}

process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

async function main() {
  const node = hostname().split('.')[0];
  const [ctldPort, slurmdPort] = [await freePort(), await freePort()];
  for (const d of ['state', 'spool', 'parts', 'munge']) mkdirSync(join(dir, d), { mode: 0o700 });

  // munge: a key of our own and a socket in our folder, so no system munged is needed or touched.
  const key = join(dir, 'munge', 'munge.key');
  writeFileSync(key, randomBytes(1024), { mode: 0o400 });
  const socket = join(dir, 'munge', 'munge.socket');
  const munged = spawn(
    DAEMONS.munged,
    ['--foreground', '--force', `--key-file=${key}`, `--socket=${socket}`, `--pid-file=${join(dir, 'munge', 'munged.pid')}`, `--log-file=${join(dir, 'munged.log')}`, `--seed-file=${join(dir, 'munge', 'munged.seed')}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  children.push(munged);
  await until('munged to open its socket', () => existsSync(socket), 20_000);

  const conf = join(dir, 'slurm.conf');
  writeFileSync(
    conf,
    [
      'ClusterName=handofftest',
      `SlurmctldHost=${node}(127.0.0.1)`,
      `SlurmctldPort=${ctldPort}`,
      `SlurmdPort=${slurmdPort}`,
      'SlurmUser=root',
      'SlurmdUser=root',
      'AuthType=auth/munge',
      `AuthInfo=socket=${socket}`,
      'CredType=cred/munge',
      `StateSaveLocation=${join(dir, 'state')}`,
      `SlurmdSpoolDir=${join(dir, 'spool')}`,
      `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`,
      `SlurmdPidFile=${join(dir, 'slurmd.pid')}`,
      `SlurmctldLogFile=${join(dir, 'slurmctld.log')}`,
      `SlurmdLogFile=${join(dir, 'slurmd.log')}`,
      'ProctrackType=proctrack/linuxproc',
      'TaskPlugin=task/none',
      'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_Core',
      'SchedulerType=sched/backfill',
      'MpiDefault=none',
      'ReturnToService=2',
      'JobCompType=jobcomp/none',
      'AccountingStorageType=accounting_storage/none',
      'JobAcctGatherType=jobacct_gather/none',
      'SlurmctldTimeout=30',
      'SlurmdTimeout=30',
      'MinJobAge=600',
      `NodeName=${node} NodeAddr=127.0.0.1 CPUs=2 RealMemory=1000 State=UNKNOWN`,
      `PartitionName=handoff Nodes=${node} Default=YES MaxTime=INFINITE State=UP`,
      '',
    ].join('\n'),
  );
  const env = { ...process.env, SLURM_CONF: conf };
  const daemon = (path, args) => {
    const c = spawn(path, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(c);
    return c;
  };
  daemon(DAEMONS.slurmctld, ['-D', '-i', '-f', conf]);
  daemon(DAEMONS.slurmd, ['-D', '-N', node, '-f', conf]);
  const slurm = (cmd, args) => execFileSync(cmd, args, { env, encoding: 'utf8' }).trim();
  await until(
    'the node to be idle (see slurmctld.log / slurmd.log)',
    () => {
      const r = spawnSync('sinfo', ['-h', '-N', '-o', '%t'], { env, encoding: 'utf8' });
      return r.status === 0 && /^idle/.test(r.stdout.trim());
    },
    60_000,
  );
  clusterUp = true;
  console.log(`slurm: one-node cluster "${node}" up (slurmctld :${ctldPort}, slurmd :${slurmdPort}) in ${dir}`);

  // The local run: the document a single machine writes.
  const local = join(dir, 'local.json');
  execFileSync(process.execPath, [BIN, ...SWEEP, '--workers', '1', '--out', local], { stdio: ['ignore', 'ignore', 'inherit'] });

  // The three commands of deploy/README.md: the array, the dependent merge, then wait.
  const handoffCmd = `${process.execPath} ${BIN}`;
  const parts = join(dir, 'parts');
  const result = join(dir, 'merged.json');
  const sbatchEnv = { ...env, HANDOFF: handoffCmd };
  const arrayId = execFileSync('sbatch', ['--parsable', `--array=0-${SHARDS - 1}`, `--chdir=${dir}`, join(ROOT, 'deploy/slurm/shard.sbatch'), parts, ...SWEEP], { env: sbatchEnv, encoding: 'utf8' })
    .trim()
    .split(';')[0];
  const mergeId = execFileSync('sbatch', ['--parsable', `--dependency=afterok:${arrayId}`, `--chdir=${dir}`, join(ROOT, 'deploy/slurm/merge.sbatch'), parts, result], { env: sbatchEnv, encoding: 'utf8' })
    .trim()
    .split(';')[0];
  console.log(`slurm: array job ${arrayId} (${SHARDS} tasks), merge job ${mergeId} after it`);

  await until(
    'the array and the merge to leave the queue',
    () => slurm('squeue', ['-h', '-j', `${arrayId},${mergeId}`, '-o', '%i %T']) === '',
    TIMEOUT_MS,
  );
  const states = slurm('scontrol', ['show', 'job', mergeId]);
  const state = /JobState=(\S+)/.exec(states)?.[1];
  const logs = readdirSync(dir).filter((f) => f.endsWith('.log') && f.startsWith('handoff-'));
  if (state !== 'COMPLETED' || !existsSync(result)) {
    for (const f of logs) console.error(`--- ${f}\n${readFileSync(join(dir, f), 'utf8')}`);
    throw new Error(`merge job ${mergeId} ended ${state ?? 'unknown'}; no merged document`);
  }
  const partFiles = readdirSync(parts).sort();
  if (partFiles.length !== SHARDS) throw new Error(`expected ${SHARDS} parts, found ${partFiles.join(', ')}`);
  const same = readFileSync(result).equals(readFileSync(local));
  if (!same) throw new Error(`the merged document differs from the local run (${result} vs ${local})`);
  console.log(`slurm: ${partFiles.length} parts merged; the document equals the local run's, byte for byte (${readFileSync(local).length} bytes)`);

  // deploy/README.md's recovery: a lost task rerun alone writes the part it would have written.
  const lost = join(parts, 'part-2.json');
  const before = readFileSync(lost);
  rmSync(lost);
  const rerunId = execFileSync('sbatch', ['--parsable', '--array=2', `--chdir=${dir}`, join(ROOT, 'deploy/slurm/shard.sbatch'), parts, ...SWEEP], {
    env: { ...sbatchEnv, HANDOFF_SHARDS: String(SHARDS) },
    encoding: 'utf8',
  })
    .trim()
    .split(';')[0];
  await until('the rerun of task 2 to leave the queue', () => slurm('squeue', ['-h', '-j', rerunId, '-o', '%i']) === '', TIMEOUT_MS);
  if (!existsSync(lost) || !readFileSync(lost).equals(before)) throw new Error(`task 2 rerun alone (job ${rerunId}) did not write the same part`);
  console.log(`slurm: task 2 rerun alone (HANDOFF_SHARDS=${SHARDS}, job ${rerunId}) wrote the same part, byte for byte`);
}

const started = Date.now();
try {
  await main();
  stopAll();
  await sleep(500);
  rmSync(dir, { recursive: true, force: true });
  console.log(`slurm test passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  console.error(`slurm test failed: ${e.message}`);
  if (!clusterUp) for (const f of ['munged.log', 'slurmctld.log', 'slurmd.log']) console.error(`--- ${f}\n${logTail(f)}`);
  console.error(`(files kept in ${dir})`);
  stopAll();
  process.exitCode = 1;
}
