// OCEL 2.0 JSON pieces of a simulated event log: events as they happen, objects on first sight,
// and the event and object types (with their attributes) seen along the way.
import { zonedIso } from '../calendar/zoned-iso.js';
import type { CampaignSpec, PersonSpec } from '../scenario/types.js';
import type { TrailEvent } from './review-trail.js';

/** OCEL 2.0 attribute types. */
export type OcelType = 'string' | 'integer' | 'float' | 'boolean' | 'time';
/** An object-to-object or event-to-object relationship. */
export interface OcelRelationship {
  objectId: string;
  qualifier: string;
}

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

function object(id: string, type: string, time: string, attributes: Array<[string, string]>, relationships: OcelRelationship[]): string {
  return JSON.stringify({ id, type, attributes: attributes.map(([name, value]) => ({ name, value, time })), relationships });
}

/** A person as an object (attributes as of the scenario's start). */
export function ocelPerson(p: PersonSpec, originMs: number): string {
  return object(ocelId.person(p.name), 'person', zonedIso(originMs, 'UTC'), [['role', p.role], ['group', p.group], ['timeZone', p.calendar.tz]], []);
}

/** A campaign occurrence as an object. */
export function ocelCampaign(c: CampaignSpec, originMs: number): string {
  const published = zonedIso(originMs + c.publishMin * 60_000, 'UTC');
  return object(ocelId.campaign(c.id), 'campaign', published, [['name', c.name], ['published', published], ['clarity', String(c.clarity)]], []);
}

/** The asset of an event as an object, part of its campaign. */
export function ocelAsset(e: TrailEvent, time: string): string {
  const r = e.row;
  const rel = r.campaign >= 0 ? [{ objectId: ocelId.campaign(r.campaign), qualifier: 'part of' }] : [];
  return object(ocelId.asset(r.asset), 'asset', time, [['kind', r.kind], ['assetType', r.assetType], ['channel', r.channel], ['route', r.route]], rel);
}

/** A ticket opened by a submission to the async queue: the review of one version of the asset. */
export function ocelTicket(e: TrailEvent, time: string): string {
  const submission = e.ticket.slice(e.ticket.lastIndexOf('#') + 1);
  return object(ocelId.ticket(e.ticket), 'ticket', time, [['submission', submission]], [{ objectId: ocelId.asset(e.row.asset), qualifier: 'reviews' }]);
}

/** A meeting, at its start row, chaired by the row's person. */
export function ocelMeeting(e: TrailEvent, time: string): string {
  const rel = e.person ? [{ objectId: ocelId.person(e.person.name), qualifier: 'chaired by' }] : [];
  return object(ocelId.meeting(e.meeting), 'meeting', time, [['kind', e.activity.name], ['slot', e.activity.detail]], rel);
}

/**
 * The objects an event involves, each with its role: the asset, the acting person (qualified by
 * their role, or `chair` of a meeting), the asset's designer, its campaign, the ticket and meeting.
 */
export function ocelRelationships(e: TrailEvent): OcelRelationship[] {
  const r = e.row;
  const rel: OcelRelationship[] = [];
  if (r.asset !== '') rel.push({ objectId: ocelId.asset(r.asset), qualifier: 'asset' });
  if (e.person) rel.push({ objectId: ocelId.person(e.person.name), qualifier: r.asset === '' && e.meeting !== '' ? 'chair' : e.person.role });
  if (r.designer !== '' && r.designer !== e.person?.name) rel.push({ objectId: ocelId.person(r.designer), qualifier: 'designer' });
  if (r.campaign >= 0) rel.push({ objectId: ocelId.campaign(r.campaign), qualifier: 'campaign' });
  if (e.ticket !== '') rel.push({ objectId: ocelId.ticket(e.ticket), qualifier: 'ticket' });
  if (e.meeting !== '') rel.push({ objectId: ocelId.meeting(e.meeting), qualifier: 'meeting' });
  return rel;
}

/** An event's attributes: the asset's state and round, the activity's detail, whether it was a first response. */
export function ocelAttributes(e: TrailEvent): Array<[string, string, OcelType]> {
  const out: Array<[string, string, OcelType]> = [];
  if (e.row.asset !== '') out.push(['state', e.row.state, 'string'], ['round', String(e.row.round), 'integer']);
  if (e.activity.detailName !== '') out.push([e.activity.detailName, e.activity.detail, 'string']);
  if (e.firstResponse) out.push(['firstResponse', 'true', 'boolean']);
  return out;
}

/** One event as JSON: its id, type (the activity without its detail), time with the doer's offset, attributes and objects. */
export function ocelEvent(id: string, e: TrailEvent, time: string, attributes: Array<[string, string, OcelType]>): string {
  return JSON.stringify({
    id,
    type: e.activity.label,
    time,
    attributes: attributes.map(([name, value]) => ({ name, value })),
    relationships: ocelRelationships(e),
  });
}
