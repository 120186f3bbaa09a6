// OCEL 2.0 JSON pieces of a simulated event log: events as they happen, objects on first sight,
// and the event and object types (with their attributes) seen along the way. The JSON is written
// by hand (a million events: no object per piece), the same text JSON.stringify would give.
import type { CampaignSpec, PersonSpec } from '../scenario/types.js';
import type { Activity } from './activity.js';
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

/**
 * What repeats from event to event, written as JSON once: each event type's type field and
 * attribute types (declared as they are seen), each state attribute, each relationship to a
 * person in a role and to a campaign.
 */
export class OcelTables {
  private readonly types = new Map<string, Map<string, OcelType>>();
  private readonly byActivity = new Map<Activity, { declared: Map<string, OcelType>; typeJson: string }>();
  private readonly stateJson = new Map<string, string>();
  private readonly personJson = new Map<string, Map<string, string>>();
  private readonly campaignJson: string[] = [];

  /** The attribute types and type field of an activity's event type, made on first sight. */
  of(a: Activity): { declared: Map<string, OcelType>; typeJson: string } {
    let t = this.byActivity.get(a);
    if (t === undefined) {
      let declared = this.types.get(a.label);
      if (declared === undefined) this.types.set(a.label, (declared = new Map()));
      this.byActivity.set(a, (t = { declared, typeJson: jsonText(a.label) }));
    }
    return t;
  }

  /** The state attribute. */
  state(state: string): string {
    let j = this.stateJson.get(state);
    if (j === undefined) this.stateJson.set(state, (j = `{"name":"state","value":${jsonText(state)}}`));
    return j;
  }

  /** The relationship to a person (by name) in a role. */
  person(name: string, qualifier: string): string {
    let roles = this.personJson.get(name);
    if (roles === undefined) this.personJson.set(name, (roles = new Map()));
    let j = roles.get(qualifier);
    if (j === undefined) roles.set(qualifier, (j = relationship(ocelId.person(name), qualifier)));
    return j;
  }

  /** The relationship to a campaign. */
  campaign(index: number): string {
    return (this.campaignJson[index] ??= relationship(ocelId.campaign(index), 'campaign'));
  }

  /** The `eventTypes` section. */
  toJson(): string {
    return `[${[...this.types].map(([name, attrs]) => `{"name":${jsonText(name)},"attributes":[${[...attrs].map(([n, t]) => `{"name":${jsonText(n)},"type":"${t}"}`).join(',')}]}`).join(',')}]`;
  }
}

/**
 * The objects an event involves, each with its role: the asset, the acting person (qualified by
 * their role, or `chair` of a meeting), the asset's designer, its campaign, the ticket and meeting.
 */
function relationships(e: TrailEvent, tables: OcelTables): string {
  const r = e.row;
  let s = r.asset === '' ? '' : `{"objectId":${jsonText(ocelId.asset(r.asset))},"qualifier":"asset"}`;
  if (e.person) s += (s === '' ? '' : ',') + tables.person(e.person.name, r.asset === '' && e.meeting !== '' ? 'chair' : e.person.role);
  if (r.designer !== '' && r.designer !== e.person?.name) s += (s === '' ? '' : ',') + tables.person(r.designer, 'designer');
  if (r.campaign >= 0) s += (s === '' ? '' : ',') + tables.campaign(r.campaign);
  if (e.ticket !== '') s += `${s === '' ? '' : ','}{"objectId":${jsonText(ocelId.ticket(e.ticket))},"qualifier":"ticket"}`;
  if (e.meeting !== '') s += `${s === '' ? '' : ','}{"objectId":"${ocelId.meeting(e.meeting)}","qualifier":"meeting"}`;
  return s;
}

/**
 * One event as JSON: its id, its type (the activity without its detail), its time with the doer's
 * offset, its attributes (the asset's state and round, the activity's detail, a first response)
 * and the objects it involves; the attributes' types are declared in `types` as they are seen.
 */
export function ocelEvent(id: string, e: TrailEvent, time: string, types: OcelTables): string {
  const a = e.activity;
  const { declared, typeJson } = types.of(a);
  let attrs = '';
  if (e.row.asset !== '') {
    if (!declared.has('state')) declared.set('state', 'string').set('round', 'integer');
    attrs = `${types.state(e.row.state)},{"name":"round","value":"${e.row.round}"}`;
  }
  if (a.detailName !== '') {
    if (!declared.has(a.detailName)) declared.set(a.detailName, 'string');
    attrs += `${attrs === '' ? '' : ','}{"name":${jsonText(a.detailName)},"value":${jsonText(a.detail)}}`;
  }
  if (e.firstResponse) {
    if (!declared.has('firstResponse')) declared.set('firstResponse', 'boolean');
    attrs += `${attrs === '' ? '' : ','}{"name":"firstResponse","value":"true"}`;
  }
  return `{"id":"${id}","type":${typeJson},"time":"${time}","attributes":[${attrs}],"relationships":[${relationships(e, types)}]}`;
}
