// `npm run build:cli`, after the bundle is built: runs a few commands and a worker batch in-process
// on the bundle and writes V8's code cache of each of its files (what those runs compiled), so every
// process and worker thread starts from compiled code instead of parsing about a megabyte of JavaScript.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { BUNDLE_DIR, codeCache, compiled, loadBundleFile, type CliEntry, type ThreadEntry } from './load-cli.js';
import { handoffPackage } from './package-root.js';
import type { WorkerReply } from './parallel/protocol.js';
// The worker is given a validated scenario; the library's own loader makes it (plain data either way).
import { loadScenario } from '../sim/index.js';

const root = handoffPackage()?.dir ?? '.';
const scenario = (name: string) => join(root, 'scenarios', name);

/** Runs one command on the bundle with its output dropped; a failure fails the build. */
async function train(entry: CliEntry, argv: string[]): Promise<void> {
  let errors = '';
  const code = await entry.runCli(argv, { stdout: () => {}, stderr: (text) => void (errors += text), stderrIsTTY: false });
  if (code !== 0) throw new Error(`training the code cache: handoff ${argv.join(' ')} failed (exit ${code}): ${errors}`);
}

/** Runs a batch through a worker thread's code, on a channel in this thread. */
async function trainWorker(entry: ThreadEntry, scenarioText: string): Promise<void> {
  const loaded = loadScenario(scenarioText);
  if (!loaded.ok) throw new Error('training the code cache: the training scenario does not validate');
  const { port1, port2 } = new MessageChannel();
  entry.serveReplications(port1, { scenarios: [{ ...loaded.scenario, seed: 1 }] });
  await new Promise<void>((resolve, reject) => {
    port2.on('message', (reply: WorkerReply) => {
      if (reply.type === 'error') reject(new Error(`training the code cache: a worker batch failed: ${reply.message}`));
      if (reply.type === 'batch-done') resolve();
    });
    port2.postMessage({ type: 'run', tasks: [{ point: 0, model: 'async', index: 0 }] });
  });
  port2.postMessage({ type: 'stop' });
  port2.close();
}

codeCache.use = false;
const entry = loadBundleFile(join(BUNDLE_DIR, 'handoff.cjs')) as CliEntry;
const dir = mkdtempSync(join(tmpdir(), 'handoff-train-'));
try {
  const part = join(dir, 'part.json');
  await train(entry, ['--help']);
  await train(entry, ['validate', scenario('flagship-launch.yaml')]);
  await train(entry, ['compare', scenario('flagship-launch.yaml'), '-r', '2', '-w', '1', '--json']);
  await train(entry, ['run', scenario('async-with-sla.yaml'), '-r', '2', '-w', '1']);
  await train(entry, ['sweep', scenario('async-with-sla.yaml'), '--set', 'team.reviewers.count=2,3', '-r', '2', '-w', '1', '--shard', '0/1', '--out', part]);
  await train(entry, ['merge', part, '--out', join(dir, 'merged.json')]);
  await trainWorker(loadBundleFile(join(BUNDLE_DIR, 'threads.cjs')) as ThreadEntry, readFileSync(scenario('async-with-sla.yaml'), 'utf8'));
  for (const [file, script] of compiled) writeFileSync(`${file}.cache`, script.createCachedData());
} finally {
  rmSync(dir, { recursive: true, force: true });
}
