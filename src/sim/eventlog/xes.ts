// IEEE 1849 XES text of a simulated event log, in pieces: the writer streams them, and keeps the
// pieces that repeat (an activity by a person, a state in a round) once, by number.
import type { PersonSpec } from '../scenario/types.js';
import type { Activity } from './activity.js';
import type { TrailEvent } from './review-trail.js';
import { xmlAttr } from './xml-text.js';

/** What the log is: the scenario, model, seed and replication it was simulated from. */
export interface LogIdentity {
  scenario: string;
  model: string;
  seed: string;
  replication: number;
}

const str = (key: string, value: string) => `<string key="${key}" value="${xmlAttr(value)}"/>`;

/**
 * The log's opening: the standard extensions it uses (Concept, Lifecycle, Organizational, Time),
 * the attributes every trace and event carries (globals), the classifiers a process-mining tool
 * offers, and the log's own attributes. No namespace: the IEEE 1849-2016 schema declares none.
 */
export function xesHeader(id: LogIdentity): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- IEEE 1849 XES event log written by Handoff: one trace per asset -->',
    '<log xes.version="1.0">',
    '<extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>',
    '<extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>',
    '<extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>',
    '<extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>',
    `<global scope="trace">${str('concept:name', 'UNKNOWN')}</global>`,
    `<global scope="event">${str('concept:name', 'UNKNOWN')}${str('lifecycle:transition', 'complete')}<date key="time:timestamp" value="1970-01-01T00:00:00.000+00:00"/></global>`,
    '<classifier name="Activity" keys="concept:name"/>',
    '<classifier name="Activity_and_lifecycle" keys="concept:name lifecycle:transition"/>',
    '<classifier name="Resource" keys="org:resource"/>',
    str('concept:name', id.scenario),
    str('lifecycle:model', 'standard'),
    str('source', 'Handoff'),
    str('model', id.model),
    str('seed', id.seed),
    `<int key="replication" value="${id.replication}"/>`,
    '',
  ].join('\n');
}

/** A trace's opening and attributes: the asset's key (its case id), kind, campaign, type, channel and route. */
export function xesTraceOpen(e: TrailEvent, campaign: string): string {
  const r = e.row;
  return `<trace>${str('concept:name', r.asset)}${str('kind', r.kind)}${campaign === '' ? '' : str('campaign', campaign)}${str('assetType', r.assetType)}${str('channel', r.channel)}${str('route', r.route)}`;
}

/** A trace's end. */
export const XES_TRACE_CLOSE = '</trace>\n';
/** The log's end. */
export const XES_FOOTER = '</log>\n';

/** An event's opening: its activity (`design`, `review`, `submitted`…), lifecycle start/complete, and who did it in which role. */
export function xesEventHead(a: Activity, person: PersonSpec | undefined): string {
  const who = person ? `${str('org:resource', person.name)}${str('org:role', person.role)}` : '';
  return `<event>${str('concept:name', a.name)}${str('lifecycle:transition', a.transition)}${who}`;
}

/** An event's time, with the doer's offset. */
export function xesTimestamp(iso: string): string {
  return `<date key="time:timestamp" value="${iso}"/>`;
}

/** The asset's state and review round at the event. */
export function xesState(state: string, round: number): string {
  return `${str('state', state)}<int key="round" value="${round}"/>`;
}

/** The detail of the activity (a send-back's reason, a submission's route…), '' when none. */
export function xesDetail(a: Activity): string {
  return a.detailName === '' ? '' : str(a.detailName, a.detail);
}

/** The event's ticket: its asset's key (escaped already, see xmlAttr) and the submission number. */
export function xesTicket(escapedAssetKey: string, submission: string): string {
  return `<string key="ticket" value="${escapedAssetKey}#${submission}"/>`;
}

/** The meeting of the event ('' when none), whether it is a first response, and the event's end. */
export function xesEventTail(meeting: string, firstResponse: boolean): string {
  return `${meeting === '' ? '' : str('meeting', meeting)}${firstResponse ? '<boolean key="firstResponse" value="true"/>' : ''}</event>`;
}
