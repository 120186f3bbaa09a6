#!/usr/bin/env node
// The only file that touches the process: arguments in, exit code out.
import { loadCli } from './load-cli.js';

const { interruptOnSigint, runCli } = await loadCli();
// `handoff schema | head` closes the pipe early: stop quietly instead of crashing.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  signal: interruptOnSigint(),
});
process.exitCode = code;
