import type { EventRow, ModelName, Scenario } from '../../sim/index.js';
import type { FileSink } from './file-sink.js';

/** The formats `--events` writes. */
export type EventLogFormat = 'csv' | 'xes' | 'ocel' | 'audit';
export const EVENT_LOG_FORMATS: readonly EventLogFormat[] = ['csv', 'xes', 'ocel', 'audit'];

/** What a writer is given: the run it logs, where it writes, and scratch files it may use beside it. */
export interface WriterContext {
  scenario: Scenario;
  model: ModelName;
  replication: number;
  out: FileSink;
  /** A scratch file's path by name (the caller deletes them all afterwards, whatever happens). */
  scratch: (name: string) => string;
}

/** Writes an event log as the simulation emits its rows; `finish` completes the file (it is not closed). */
export interface EventLogWriter {
  row(row: EventRow): void;
  finish(): void;
}
