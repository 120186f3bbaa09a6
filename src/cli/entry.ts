// What bin.ts needs from the command line, as one module: the entry of the bundle in dist/cli.
export { interruptOnSigint } from './interrupt.js';
export { runCli } from './program.js';
