// OCEL 2.0 JSON pieces of a simulated event log: events as they happen, objects on first sight,
// and the event and object types (with their attributes) seen along the way. The JSON is written
// by hand (a million events: no object per piece), the same text JSON.stringify would give.
import type { CampaignSpec, PersonSpec } from '../scenario/types.js';
import { jsonText } from './json-text.js';
import type { TrailEvent } from './review-trail.js';

/** OCEL 2.0 attribute types. */
export type OcelType = 'string' | 'integer' | 'float' | 'boolean' | 'time';

/** Object ids by type: a prefix keeps an asset and a person of the same name apart. */
export const ocelId = {
  asset: (key: string) => `asset:${key}`,
  person: (name: string) => `person:${name}`,
  campaign: (index: number) => `campaign:c${index}`,
  ticket: (ticket: string) => `ticket:${ticket}`,
  meeting: (meeting: string) => `meeting:${meeting}`,
};

/** The object types and their attributes (every object of a type has these). */
export const OCEL_OBJECT_TYPES: ReadonlyArray<{ name: string; attributes: Array<{ name: string; type: OcelType }> }> = [
  { name: 'asset', attributes: [{ name: 'kind', type: 'string' }, { name: 'assetType', type: 'string' }, { name: 'channel', type: 'string' }, { name: 'route', type: 'string' }] },
  { name: 'campaign', attributes: [{ name: 'name', type: 'string' }, { name: 'published', type: 'time' }, { name: 'clarity', type: 'float' }] },
  { name: 'ticket', attributes: [{ name: 'submission', type: 'integer' }] },
  { name: 'meeting', attributes: [{ name: 'kind', type: 'string' }, { name: 'slot', type: 'string' }] },
  { name: 'person', attributes: [{ name: 'role', type: 'string' }, { name: 'group', type: 'string' }, { name: 'timeZone', type: 'string' }] },
];

const relationship = (objectId: string, qualifier: string) => `{"objectId":${jsonText(objectId)},"qualifier":${jsonText(qualifier)}}`;

function object(id: string, type: string, time: string, attributes: Array<[string, string]>, relationships: string[]): string {
  const t = jsonText(time);
  const attrs = attributes.map(([name, value]) => `{"name":${jsonText(name)},"value":${jsonText(value)},"time":${t}}`).join(',');
  return `{"id":${jsonText(id)},"type":${jsonText(type)},"attributes":[${attrs}],"relationships":[${relationships.join(',')}]}`;
}

/** A person as an object (attributes as of the scenario's start, `time`). */
export function ocelPerson(p: PersonSpec, time: string): string {
  return object(ocelId.person(p.name), 'person', time, [['role', p.role], ['group', p.group], ['timeZone', p.calendar.tz]], []);
}

/** A campaign occurrence as an object, its attributes as of its publication (`published`). */
export function ocelCampaign(c: CampaignSpec, published: string): string {
  return object(ocelId.campaign(c.id), 'campaign', published, [['name', c.name], ['published', published], ['clarity', String(c.clarity)]], []);
}

/** The asset of an event as an object, part of its campaign. */
export function ocelAsset(e: TrailEvent, time: string): string {
  const r = e.row;
  const rel = r.campaign >= 0 ? [relationship(ocelId.campaign(r.campaign), 'part of')] : [];
  return object(ocelId.asset(r.asset), 'asset', time, [['kind', r.kind], ['assetType', r.assetType], ['channel', r.channel], ['route', r.route]], rel);
}

/** A ticket opened by a submission to the async queue: the review of one version of the asset. */
export function ocelTicket(e: TrailEvent, time: string): string {
  const submission = e.ticket.slice(e.ticket.lastIndexOf('#') + 1);
  return object(ocelId.ticket(e.ticket), 'ticket', time, [['submission', submission]], [relationship(ocelId.asset(e.row.asset), 'reviews')]);
}

/** A meeting, at its start row, chaired by the row's person. */
export function ocelMeeting(e: TrailEvent, time: string): string {
  const rel = e.person ? [relationship(ocelId.person(e.person.name), 'chaired by')] : [];
  return object(ocelId.meeting(e.meeting), 'meeting', time, [['kind', e.activity.name], ['slot', e.activity.detail]], rel);
}

/** Relationships to people and campaigns, which recur in every event, written once each. */
const fragments = new Map<string, string>();
function fragment(objectId: string, qualifier: string): string {
  const key = `${qualifier}\u0000${objectId}`;
  let f = fragments.get(key);
  if (f === undefined) fragments.set(key, (f = relationship(objectId, qualifier)));
  return f;
}

/**
 * The objects an event involves, each with its role: the asset, the acting person (qualified by
 * their role, or `chair` of a meeting), the asset's designer, its campaign, the ticket and meeting.
 */
function relationships(e: TrailEvent): string {
  const r = e.row;
  const parts: string[] = [];
  if (r.asset !== '') parts.push(relationship(ocelId.asset(r.asset), 'asset'));
  if (e.person) parts.push(fragment(ocelId.person(e.person.name), r.asset === '' && e.meeting !== '' ? 'chair' : e.person.role));
  if (r.designer !== '' && r.designer !== e.person?.name) parts.push(fragment(ocelId.person(r.designer), 'designer'));
  if (r.campaign >= 0) parts.push(fragment(ocelId.campaign(r.campaign), 'campaign'));
  if (e.ticket !== '') parts.push(relationship(ocelId.ticket(e.ticket), 'ticket'));
  if (e.meeting !== '') parts.push(relationship(ocelId.meeting(e.meeting), 'meeting'));
  return parts.join(',');
}

/** Records the attribute types of an event type as they are seen. */
export class OcelEventTypes {
  private readonly types = new Map<string, Map<string, OcelType>>();

  /** The attribute map of an event type, made on first sight. */
  of(type: string): Map<string, OcelType> {
    let declared = this.types.get(type);
    if (declared === undefined) this.types.set(type, (declared = new Map()));
    return declared;
  }

  /** The `eventTypes` section. */
  toJson(): string {
    return `[${[...this.types].map(([name, attrs]) => `{"name":${jsonText(name)},"attributes":[${[...attrs].map(([n, t]) => `{"name":${jsonText(n)},"type":"${t}"}`).join(',')}]}`).join(',')}]`;
  }
}

/**
 * One event as JSON: its id, its type (the activity without its detail), its time with the doer's
 * offset, its attributes (the asset's state and round, the activity's detail, a first response)
 * and the objects it involves; the attributes' types are declared in `types` as they are seen.
 */
export function ocelEvent(id: string, e: TrailEvent, time: string, types: OcelEventTypes): string {
  const a = e.activity;
  const declared = types.of(a.label);
  let attrs = '';
  const add = (name: string, value: string, type: OcelType) => {
    if (!declared.has(name)) declared.set(name, type);
    attrs += `${attrs === '' ? '' : ','}{"name":"${name}","value":${jsonText(value)}}`;
  };
  if (e.row.asset !== '') {
    add('state', e.row.state, 'string');
    add('round', String(e.row.round), 'integer');
  }
  if (a.detailName !== '') add(a.detailName, a.detail, 'string');
  if (e.firstResponse) add('firstResponse', 'true', 'boolean');
  return `{"id":${jsonText(id)},"type":${jsonText(a.label)},"time":${jsonText(time)},"attributes":[${attrs}],"relationships":[${relationships(e)}]}`;
}
