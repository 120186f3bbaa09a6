// What worker threads run, as one module: an entry of the bundle (dist/cli/threads.cjs).
export { writeEventLogThread } from './events/event-log-thread.js';
export { serveReplications } from './parallel/serve-replications.js';
