import { rmSync } from 'node:fs';
import { runReplication, type ModelName, type Scenario } from '../../sim/index.js';
import { auditWriter } from './audit-writer.js';
import { csvWriter } from './csv-writer.js';
import type { EventLogFormat, EventLogWriter, WriterContext } from './event-log-writer.js';
import { FileSink } from './file-sink.js';
import { ocelWriter } from './ocel-writer.js';
import { xesWriter } from './xes-writer.js';

/** The writer of each format. */
export const WRITERS: Record<EventLogFormat, (ctx: WriterContext) => EventLogWriter> = {
  csv: csvWriter,
  xes: xesWriter,
  ocel: ocelWriter,
  audit: auditWriter,
};

/** What to log and where: replication `replication` of `scenario` under `model`, written to `path` in `format`. */
export interface EventLogJob {
  scenario: Scenario;
  model: ModelName;
  format: EventLogFormat;
  path: string;
  replication?: number;
  /** Called with the count of rows so far after each row (a benchmark samples memory with it). */
  onRow?: (rows: number) => void;
}

/** How much was written: the simulation's rows. */
export interface EventLogCounts {
  rows: number;
}

/** Scratch files of a log being written to `path`: beside it, so that they land on the same disk. */
export function scratchPath(path: string, name: string): string {
  return `${path}.${name}.scratch`;
}

/**
 * Simulates the replication and writes its event log to `path` as it runs (synchronously; memory
 * stays flat, see each writer). Scratch files are removed whatever happens; `path` itself is left
 * for the caller to move into place or delete.
 */
export function writeEventLog(job: EventLogJob): EventLogCounts {
  const scratch: string[] = [];
  const out = new FileSink(job.path);
  let rows = 0;
  try {
    const writer = WRITERS[job.format]({
      scenario: job.scenario,
      model: job.model,
      replication: job.replication ?? 0,
      out,
      scratch: (name) => {
        const p = scratchPath(job.path, name);
        scratch.push(p);
        return p;
      },
    });
    runReplication(job.scenario, job.model, job.replication ?? 0, {
      eventLog: (row) => {
        writer.row(row);
        rows++;
        job.onRow?.(rows);
      },
    });
    writer.finish();
    return { rows };
  } finally {
    out.close();
    for (const p of scratch) rmSync(p, { force: true });
  }
}
