import type { MessagePort } from 'node:worker_threads';
import type { EventLogWorkerData, EventLogWorkerReply } from './event-log-file.js';
import { writeEventLog } from './write-event-log.js';

/**
 * The event-log thread's work: simulates one replication and writes its event log, so that the
 * main thread stays free to notice Ctrl-C (and to run the replications of the document meanwhile).
 */
export function writeEventLogThread(port: MessagePort, data: EventLogWorkerData): void {
  const post = (reply: EventLogWorkerReply) => port.postMessage(reply);
  try {
    const counts = writeEventLog({ scenario: data.scenario, model: data.model, format: data.format, path: data.path });
    post({ type: 'done', rows: counts.rows });
  } catch (e) {
    const error = e as Error & { code?: string };
    post({ type: 'error', name: error.name, message: error.message, code: error.code, stack: error.stack });
  }
}
