import type { EventRow } from '../../sim/index.js';
import { ZonedIsoWriter } from '../../sim/calendar/zoned-iso.js';
import { OCEL_OBJECT_TYPES, OcelTables, ocelAsset, ocelCampaign, ocelEvent, ocelMeeting, ocelPerson, ocelTicket } from '../../sim/eventlog/ocel.js';
import { ReviewTrail } from '../../sim/eventlog/review-trail.js';
import type { EventLogWriter, WriterContext } from './event-log-writer.js';
import { FileSink, readChunks } from './file-sink.js';

/**
 * OCEL 2.0 JSON in one pass. JSON objects are unordered, so the file opens with `events`, written
 * as the simulation runs; each object is written to a scratch file when first seen (people at the
 * start, an asset at its creation, a ticket at its submission, a meeting at its start) and the
 * scratch file is copied in as `objects` at the end, followed by the object and event types seen.
 * Memory: the ids of assets and campaigns seen (to write each once) and the event types — it grows
 * with the number of assets, never with the number of events.
 */
export function ocelWriter(ctx: WriterContext): EventLogWriter {
  const { out, scenario } = ctx;
  const origin = scenario.originMs;
  const trail = new ReviewTrail(scenario);
  const clock = new ZonedIsoWriter();
  const objectsPath = ctx.scratch('ocel-objects');
  const objects = new FileSink(objectsPath);
  let objectCount = 0;
  const addObject = (json: string) => objects.write(objectCount++ === 0 ? `\n${json}` : `,\n${json}`);
  const seenAssets = new Set<string>();
  const seenCampaigns = new Set<number>();
  const types = new OcelTables();
  let events = 0;
  for (const p of scenario.people) addObject(ocelPerson(p, clock.format(origin, 'UTC')));
  out.write('{"events":[');
  return {
    row(r: EventRow) {
      const e = trail.read(r);
      const time = clock.format(origin + r.timeMin * 60_000, e.tz);
      if (r.campaign >= 0 && !seenCampaigns.has(r.campaign)) {
        seenCampaigns.add(r.campaign);
        const c = scenario.campaigns[r.campaign];
        addObject(ocelCampaign(c, clock.format(origin + c.publishMin * 60_000, 'UTC')));
      }
      if (r.asset !== '' && !seenAssets.has(r.asset)) {
        seenAssets.add(r.asset);
        addObject(ocelAsset(e, time));
      }
      if (e.activity.name === 'submitted' && e.ticket !== '') addObject(ocelTicket(e, time));
      if (e.activity.detailName === 'slot' && e.meeting !== '') addObject(ocelMeeting(e, time));
      out.write(`${events === 0 ? '\n' : ',\n'}${ocelEvent(`e${++events}`, e, time, types)}`);
    },
    finish() {
      objects.close();
      out.write('\n],\n"objects":[');
      readChunks(objectsPath, (text) => out.write(text));
      out.write(`\n],\n"objectTypes":${JSON.stringify(OCEL_OBJECT_TYPES)},\n"eventTypes":${types.toJson()}\n}\n`);
    },
  };
}
