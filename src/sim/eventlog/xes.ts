// IEEE 1849 XES text of a simulated event log, one piece at a time: the writer streams the pieces.
import { zonedIso } from '../calendar/zoned-iso.js';
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

/**
 * One event on one line: activity (`design`, `review`, `submitted`…), lifecycle start/complete,
 * who did it and in which role, the time with the doer's offset, the asset's state and round, and
 * the detail, ticket and meeting when there are.
 */
export function xesEvent(e: TrailEvent, originMs: number): string {
  const r = e.row;
  const a = e.activity;
  let s = `<event>${str('concept:name', a.name)}${str('lifecycle:transition', a.transition)}`;
  if (e.person) s += `${str('org:resource', e.person.name)}${str('org:role', e.person.role)}${str('org:group', e.person.group)}`;
  s += `<date key="time:timestamp" value="${zonedIso(originMs + r.timeMin * 60_000, e.tz)}"/>`;
  s += `${str('state', r.state)}<int key="round" value="${r.round}"/>`;
  if (a.detailName !== '') s += str(a.detailName, a.detail);
  if (e.ticket !== '') s += str('ticket', e.ticket);
  if (e.meeting !== '') s += str('meeting', e.meeting);
  if (e.firstResponse) s += '<boolean key="firstResponse" value="true"/>';
  return s + '</event>';
}
