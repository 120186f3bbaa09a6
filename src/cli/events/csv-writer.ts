import type { EventRow } from '../../sim/index.js';
import { csvLine } from '../../sim/audit/csv-line.js';
import type { EventLogWriter, WriterContext } from './event-log-writer.js';

/** The CSV event log (time as a UTC instant, asset, person, activity, state), row by row. */
export function csvWriter(ctx: WriterContext): EventLogWriter {
  const { out, scenario } = ctx;
  out.write(csvLine(['time', 'asset', 'person', 'activity', 'state']));
  return {
    row(r: EventRow) {
      out.write(csvLine([new Date(scenario.originMs + r.timeMin * 60_000).toISOString(), r.asset, r.person, r.activity, r.state]));
    },
    finish() {},
  };
}
