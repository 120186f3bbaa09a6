// What the process needs from the command line, as one module: an entry of the bundle (dist/cli/handoff.cjs).
export { interruptOnSigint } from './interrupt.js';
export { runCli } from './program.js';
