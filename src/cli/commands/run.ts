import { executeJob } from '../execute.js';
import { eventLogFormat } from '../events/event-log-format.js';
import { startEventLog, type PendingEventLog } from '../events/event-log-file.js';
import { UserError, type CliIO } from '../io.js';
import { prepareJob } from '../job.js';
import { parseModel, type RunLikeOptions } from '../options.js';
import { readScenario } from '../scenario-file.js';

/** `handoff run FILE`: one scenario under its model (or --model). */
export async function runCommand(file: string, opts: RunLikeOptions & { model?: string; events?: string; eventsFormat?: string }, io: CliIO): Promise<void> {
  const chosen = opts.model ? parseModel(opts.model) : undefined;
  if (opts.eventsFormat !== undefined && opts.events === undefined) throw new UserError('--events-format needs --events FILE', 2);
  const format = opts.events === undefined ? undefined : eventLogFormat(opts.events, opts.eventsFormat);
  const { scenario: loaded, text } = await readScenario(file, chosen ? [chosen] : []);
  const model = chosen ?? loaded.model;
  const job = prepareJob(file, text, { command: 'run', models: [model], replications: opts.replications ?? loaded.replications, seed: opts.seed ?? null }, loaded);
  const point = job.points[0];
  // The event log (replication 0, the document's first) is written on its own thread while the
  // replications run, and moved into place just before the document is written.
  let events: PendingEventLog | undefined;
  if (opts.events !== undefined && format !== undefined && !opts.shard) {
    events = startEventLog({ file: opts.events, format, scenario: point.scenario, model, signal: io.signal });
  }
  try {
    await executeJob(job, { file, text }, opts, io, {
      refuseInShard: opts.events ? '--events' : undefined,
      beforeEmit: events ? () => events.commit() : undefined,
    });
  } finally {
    await events?.cancel();
  }
}
