// What the process and its threads need from the command line, as one module: the entry of the bundle (dist/cli).
export { writeEventLogThread } from './events/event-log-thread.js';
export { interruptOnSigint } from './interrupt.js';
export { serveReplications } from './parallel/serve-replications.js';
export { runCli } from './program.js';
