import type { EventRow } from '../../sim/index.js';
import { csvLine } from '../../sim/audit/csv-line.js';
import { AUDIT_HEADER, auditRowOf } from '../../sim/eventlog/audit-rows.js';
import { ZonedIsoWriter } from '../../sim/calendar/zoned-iso.js';
import { ReviewTrail } from '../../sim/eventlog/review-trail.js';
import type { EventLogWriter, WriterContext } from './event-log-writer.js';

/** The simulated replication as an audit file (the format `fit` reads): one row per review event. */
export function auditWriter(ctx: WriterContext): EventLogWriter {
  const { out, scenario } = ctx;
  const trail = new ReviewTrail(scenario);
  const clock = new ZonedIsoWriter();
  const campaignName = (i: number) => scenario.campaigns[i]?.name ?? '';
  out.write(csvLine(AUDIT_HEADER));
  return {
    row(r: EventRow) {
      const fields = auditRowOf(trail.read(r), scenario.originMs, campaignName, clock);
      if (fields) out.write(csvLine(fields));
    },
    finish() {},
  };
}
