#!/usr/bin/env node
// The only file that touches the process: arguments in, exit code out.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The bundled command line (dist/cli, `npm run build:cli`) when it was built after these compiled
 * modules, else the modules themselves: a few files to open instead of hundreds, never stale code.
 */
function entry(): string {
  const bundle = new URL('../../cli/handoff.js', import.meta.url);
  const modules = new URL('./entry.js', import.meta.url);
  try {
    return statSync(fileURLToPath(bundle)).mtimeMs >= statSync(fileURLToPath(modules)).mtimeMs ? bundle.href : modules.href;
  } catch {
    return modules.href;
  }
}

const { interruptOnSigint, runCli } = (await import(entry())) as typeof import('./entry.js');
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
