import type { EventRow } from '../../sim/index.js';
import { zonedIso } from '../../sim/calendar/zoned-iso.js';
import { OCEL_OBJECT_TYPES, ocelAsset, ocelAttributes, ocelCampaign, ocelEvent, ocelMeeting, ocelPerson, ocelTicket, type OcelType } from '../../sim/eventlog/ocel.js';
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
  const objectsPath = ctx.scratch('ocel-objects');
  const objects = new FileSink(objectsPath);
  let objectCount = 0;
  const addObject = (json: string) => objects.write(objectCount++ === 0 ? `\n${json}` : `,\n${json}`);
  const seenAssets = new Set<string>();
  const seenCampaigns = new Set<number>();
  const eventTypes = new Map<string, Map<string, OcelType>>();
  let events = 0;
  for (const p of scenario.people) addObject(ocelPerson(p, origin));
  out.write('{"events":[');
  return {
    row(r: EventRow) {
      const e = trail.read(r);
      const time = zonedIso(origin + r.timeMin * 60_000, e.tz);
      if (r.campaign >= 0 && !seenCampaigns.has(r.campaign)) {
        seenCampaigns.add(r.campaign);
        addObject(ocelCampaign(scenario.campaigns[r.campaign], origin));
      }
      if (r.asset !== '' && !seenAssets.has(r.asset)) {
        seenAssets.add(r.asset);
        addObject(ocelAsset(e, time));
      }
      if (e.activity.name === 'submitted' && e.ticket !== '') addObject(ocelTicket(e, time));
      if (e.activity.detailName === 'slot' && e.meeting !== '') addObject(ocelMeeting(e, time));
      const attributes = ocelAttributes(e);
      let declared = eventTypes.get(e.activity.label);
      if (declared === undefined) eventTypes.set(e.activity.label, (declared = new Map()));
      for (const [name, , type] of attributes) if (!declared.has(name)) declared.set(name, type);
      out.write(`${events === 0 ? '\n' : ',\n'}${ocelEvent(`e${++events}`, e, time, attributes)}`);
    },
    finish() {
      objects.close();
      out.write('\n],\n"objects":[');
      readChunks(objectsPath, (text) => out.write(text));
      const types = [...eventTypes].map(([name, attributes]) => ({ name, attributes: [...attributes].map(([n, type]) => ({ name: n, type })) }));
      out.write(`\n],\n"objectTypes":${JSON.stringify(OCEL_OBJECT_TYPES)},\n"eventTypes":${JSON.stringify(types)}\n}\n`);
    },
  };
}
