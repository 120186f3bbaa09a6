#!/usr/bin/env node
// The only file that touches the process: arguments in, exit code out.
import { runCli } from './program.js';

const interrupt = new AbortController();
process.once('SIGINT', () => interrupt.abort());
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  signal: interrupt.signal,
});
process.exitCode = code;
