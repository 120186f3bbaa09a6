import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventRow, ModelName } from '../../src/sim/index.js';
import { readAuditHeader, readAuditRow } from '../../src/sim/audit/audit-format.js';
import { readCsv } from '../../src/sim/audit/csv-reader.js';
import type { EventLogFormat } from '../../src/cli/events/event-log-writer.js';
import { FileSink } from '../../src/cli/events/file-sink.js';
import { WRITERS, writeEventLog } from '../../src/cli/events/write-event-log.js';
import { tempDir } from '../support/cli.js';
import { danglingReferences, ocelProblems, xesProblems, type OcelDoc } from '../support/event-logs.js';
import { scenarioOf } from '../support/run-text.js';

const tmp = tempDir('writers');
const scenario = scenarioOf(`
name: Tiny & <odd> "name"
start: 2026-03-02T00:00:00Z
horizon: 2w
seed: 11
team:
  Ana: { role: designer, tz: Europe/Berlin }
  Ravi: { role: reviewer, tz: America/New_York }
work:
  campaigns: [{ name: Launch, clarity: 0.5, assetTypes: [hero], channels: [web] }]
`);

const H = 60;
/** A row of asset `a` (the hero template of campaign 0, async, designed by Ana) or of nobody. */
const row = (timeMin: number, person: string, activity: string, state: string, round = 0, asset = 'c0/hero'): EventRow => ({
  timeMin, asset, person, activity, state, round,
  ...(asset === ''
    ? { campaign: -1, kind: '', assetType: '', channel: '', route: '', designer: '' }
    : { campaign: 0, kind: 'template', assetType: 'hero', channel: 'template', route: asset === 'c0/hero' ? 'async' : 'sync', designer: 'Ana' }),
});

// The hero asset's life, hand-written: designed by Ana in Berlin (UTC+1 in March), reviewed by
// Ravi in New York (UTC-5), one question, one send-back, approved in the second round. Ravi's own
// work and a review meeting (with a rolled-over item) have no asset.
const ROWS: EventRow[] = [
  { ...row(0, '', 'created', 'briefed'), designer: '' },
  row(8 * H, 'Ana', 'start design', 'in-design'),
  row(12 * H, 'Ana', 'finish design', 'in-design'),
  row(12 * H, '', 'submitted to async', 'waiting-for-review'),
  row(14 * H, 'Ravi', 'start own', '', 0, ''),
  row(15 * H, 'Ravi', 'finish own', '', 0, ''),
  row(15 * H, 'Ravi', 'start review', 'in-review'),
  row(15.5 * H, 'Ravi', 'finish review', 'in-review'),
  row(15.5 * H, 'Ravi', 'question asked', 'clarification'),
  row(24 * H + 8 * H, 'Ana', 'start answer', 'clarification'),
  row(24 * H + 8.25 * H, 'Ana', 'finish answer', 'clarification'),
  row(24 * H + 14 * H, 'Ravi', 'start review', 'in-review'),
  row(24 * H + 14.5 * H, 'Ravi', 'finish review', 'in-review'),
  row(24 * H + 14.5 * H, 'Ravi', 'changes requested (misread, "tone")', 'changes-requested', 1),
  row(48 * H + 8 * H, 'Ana', 'start revision', 'in-revision', 1),
  row(48 * H + 10 * H, 'Ana', 'finish revision', 'in-revision', 1),
  row(48 * H + 10 * H, '', 'submitted to async', 'waiting-for-review', 1),
  row(48 * H + 15 * H, 'Ravi', 'review meeting starts (slot 45m)', '', 0, ''),
  row(48 * H + 15 * H, 'Ravi', 'rolled over', 'waiting-for-review', 0, 'c0/hero/web'),
  row(48 * H + 16 * H, 'Ravi', 'start review', 'in-review', 1),
  row(48 * H + 16.5 * H, 'Ravi', 'finish review', 'in-review', 1),
  row(48 * H + 16.5 * H, 'Ravi', 'approved', 'approved', 1),
];

/** Writes the hand-made rows in a format; returns the file's text (and checks no scratch file is left). */
function write(format: EventLogFormat, rows: readonly EventRow[] = ROWS, model: ModelName = 'async'): string {
  const path = join(tmp, `log-${format}`);
  const scratch: string[] = [];
  const out = new FileSink(path);
  const writer = WRITERS[format]({ scenario, model, replication: 0, out, scratch: (name) => (scratch.push(`${path}.${name}`), `${path}.${name}`) });
  for (const r of rows) writer.row(r);
  writer.finish();
  out.close();
  for (const p of scratch) rmSync(p, { force: true });
  return readFileSync(path, 'utf8');
}

describe('the XES writer', () => {
  const xes = write('xes');
  const file = join(tmp, 'log-xes');

  it('writes a log the IEEE 1849-2016 schema accepts (xmllint)', () => {
    expect(xesProblems(file)).toBe('');
  });

  it('the schema check can fail: a time without a date, a boolean "yes", an event outside a trace before a trace', () => {
    for (const [name, broken] of [
      ['time', xes.replace(/(<date key="time:timestamp" value=")[^"]+"/, '$12026-03-02 09:00"')],
      ['boolean', xes.replace('<trace>', '<boolean key="x" value="yes"/><trace>')],
      ['order', xes.replace('<trace>', '<event></event><trace>')],
    ] as const) {
      const bad = join(tmp, `broken-${name}.xes`);
      writeFileSync(bad, broken);
      expect(broken).not.toBe(xes);
      expect(xesProblems(bad), name).toMatch(/fails to validate/);
    }
  });

  it('declares the standard extensions, globals and classifiers, and names the run: scenario, model, seed, replication', () => {
    for (const prefix of ['concept', 'lifecycle', 'org', 'time']) expect(xes).toContain(`prefix="${prefix}" uri="http://www.xes-standard.org/${prefix}.xesext"`);
    expect(xes).toContain('<classifier name="Activity_and_lifecycle" keys="concept:name lifecycle:transition"/>');
    expect(xes).toContain('<string key="concept:name" value="Tiny &amp; &lt;odd&gt; &quot;name&quot;"/>');
    expect(xes).toContain('<string key="model" value="async"/><string key="seed" value="11"/><int key="replication" value="0"/>'.replace(/></g, '>\n<'));
  });

  it('has one trace per asset, with the asset\'s attributes; rows of no asset are in no trace', () => {
    const traces = xes.match(/<trace>.*?<\/trace>/gs)!;
    expect(traces).toHaveLength(2);
    expect(traces.map((t) => /<trace><string key="concept:name" value="([^"]+)"/.exec(t)![1])).toEqual(['c0/hero/web', 'c0/hero']);
    expect(traces[1]).toContain('<string key="kind" value="template"/><string key="campaign" value="Launch"/><string key="assetType" value="hero"/>');
    expect(xes).not.toContain('value="own"');
  });

  it('gives each event its activity, lifecycle start/complete, resource and role, and its time with the doer\'s offset', () => {
    const hero = xes.match(/<trace>.*?<\/trace>/gs)![1];
    const events = [...hero.matchAll(/<event>(.*?)<\/event>/g)].map((m) => m[1]);
    expect(events).toHaveLength(18);
    expect(events[1]).toBe(
      '<string key="concept:name" value="design"/><string key="lifecycle:transition" value="start"/>' +
        '<string key="org:resource" value="Ana"/><string key="org:role" value="designer"/>' +
        '<date key="time:timestamp" value="2026-03-02T09:00:00.000+01:00"/><string key="state" value="in-design"/><int key="round" value="0"/>',
    );
    // Ravi's first look, 15:00 UTC, is 10:00 in New York: a first response on ticket #1.
    expect(events[4]).toContain('<string key="concept:name" value="review"/><string key="lifecycle:transition" value="start"/><string key="org:resource" value="Ravi"/>');
    expect(events[4]).toContain('<date key="time:timestamp" value="2026-03-02T10:00:00.000-05:00"/>');
    expect(events[4]).toContain('<string key="ticket" value="c0/hero#1"/><boolean key="firstResponse" value="true"/>');
    // The send-back keeps its cause, quotes escaped.
    expect(events[11]).toContain('<string key="concept:name" value="changes requested"/><string key="lifecycle:transition" value="complete"/>');
    expect(events[11]).toContain('<string key="reason" value="misread, &quot;tone&quot;"/>');
    expect(events.at(-1)).toContain('<string key="concept:name" value="approved"/>');
    expect(events.at(-1)).toContain('<string key="ticket" value="c0/hero#2"/>');
  });

  it('the same rows give the same bytes', () => {
    expect(write('xes')).toBe(xes);
  });
});

describe('the OCEL 2.0 writer', () => {
  const doc = JSON.parse(write('ocel')) as OcelDoc;

  it('writes a log the OCEL 2.0 JSON Schema accepts (ajv), every reference to an object that is there', () => {
    expect(ocelProblems(doc)).toEqual([]);
    expect(danglingReferences(doc)).toEqual([]);
  });

  it('the schema check can fail: an event without a time, an unknown attribute type, a relationship without a qualifier', () => {
    const copy = () => JSON.parse(JSON.stringify(doc)) as OcelDoc;
    const noTime = copy();
    delete (noTime.events[0] as Partial<OcelDoc['events'][number]>).time;
    const badType = copy();
    badType.objectTypes[0].attributes.push({ name: 'x', type: 'colour' });
    const noQualifier = copy();
    delete (noQualifier.events[0].relationships[0] as Partial<{ qualifier: string }>).qualifier;
    for (const broken of [noTime, badType, noQualifier]) expect(ocelProblems(broken).length).toBeGreaterThan(0);
  });

  it('has every row as an event, typed by its activity without the detail', () => {
    expect(doc.events).toHaveLength(ROWS.length);
    expect(doc.events.map((e) => e.id)).toEqual(ROWS.map((_, i) => `e${i + 1}`));
    expect(doc.events[13].type).toBe('changes requested');
    expect(doc.events[13].attributes).toEqual([{ name: 'state', value: 'changes-requested' }, { name: 'round', value: '1' }, { name: 'reason', value: 'misread, "tone"' }]);
    expect(doc.events[13].time).toBe('2026-03-03T09:30:00.000-05:00');
    expect(doc.eventTypes.find((t) => t.name === 'changes requested')!.attributes).toEqual([{ name: 'state', type: 'string' }, { name: 'round', type: 'integer' }, { name: 'reason', type: 'string' }]);
  });

  it('qualifies the objects of each event: asset, the doer by role, the designer, campaign, ticket, meeting', () => {
    expect(doc.events[13].relationships).toEqual([
      { objectId: 'asset:c0/hero', qualifier: 'asset' },
      { objectId: 'person:Ravi', qualifier: 'reviewer' },
      { objectId: 'person:Ana', qualifier: 'designer' },
      { objectId: 'campaign:c0', qualifier: 'campaign' },
      { objectId: 'ticket:c0/hero#1', qualifier: 'ticket' },
    ]);
    expect(doc.events[17].relationships).toEqual([{ objectId: 'person:Ravi', qualifier: 'chair' }, { objectId: 'meeting:m1', qualifier: 'meeting' }]);
    expect(doc.events[4].relationships).toEqual([{ objectId: 'person:Ravi', qualifier: 'reviewer' }]);
  });

  it('has assets, campaigns, tickets, meetings and people as objects, related to each other', () => {
    const byId = new Map(doc.objects.map((o) => [o.id, o]));
    expect([...byId.keys()].sort()).toEqual(['asset:c0/hero', 'asset:c0/hero/web', 'campaign:c0', 'meeting:m1', 'person:Ana', 'person:Ravi', 'ticket:c0/hero#1', 'ticket:c0/hero#2']);
    expect(byId.get('asset:c0/hero')!.relationships).toEqual([{ objectId: 'campaign:c0', qualifier: 'part of' }]);
    expect(byId.get('ticket:c0/hero#2')!.relationships).toEqual([{ objectId: 'asset:c0/hero', qualifier: 'reviews' }]);
    expect(byId.get('meeting:m1')!.relationships).toEqual([{ objectId: 'person:Ravi', qualifier: 'chaired by' }]);
    expect(byId.get('person:Ana')!.attributes.map((a) => [a.name, a.value])).toEqual([['role', 'designer'], ['group', 'Ana'], ['timeZone', 'Europe/Berlin']]);
    expect(doc.objectTypes.map((t) => t.name)).toEqual(['asset', 'campaign', 'ticket', 'meeting', 'person']);
  });

  it('the same rows give the same bytes', () => {
    expect(write('ocel')).toBe(write('ocel'));
  });
});

describe('the audit writer', () => {
  const text = write('audit');

  it('writes an audit file the audit parser reads without a problem', () => {
    const { records, problems } = readCsv(text);
    expect(problems).toEqual([]);
    const { header } = readAuditHeader(records[0]);
    const rows = records.slice(1).map((r) => readAuditRow(r, header));
    expect(rows.flatMap((r) => r.problems)).toEqual([]);
    expect(rows.map((r) => [r.record!.event, r.record!.decision, r.record!.reviewer, r.record!.reason])).toEqual([
      ['created', null, '', ''],
      ['submitted', null, '', ''],
      ['first response', null, 'Ravi', ''],
      ['decision', 'question', 'Ravi', ''],
      ['decision', 'changes requested', 'Ravi', 'misread, "tone"'],
      ['submitted', null, '', ''],
      ['first response', null, 'Ravi', ''],
      ['approved', 'approved', 'Ravi', ''],
    ]);
  });

  it('writes each time in the doer\'s zone with its offset: the instants are the log\'s', () => {
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('asset,campaign,asset_type,channel,route,designer,reviewer,time,event,decision,reason');
    // Nobody acts on a submission: its time is written in the designer's zone.
    expect(lines[2]).toBe('c0/hero,Launch,hero,template,async,Ana,,2026-03-02T13:00:00.000+01:00,submitted,,');
    expect(lines[3]).toBe('c0/hero,Launch,hero,template,async,Ana,Ravi,2026-03-02T10:00:00.000-05:00,first response,,');
    expect(lines[5]).toBe('c0/hero,Launch,hero,template,async,Ana,Ravi,2026-03-03T09:30:00.000-05:00,decision,changes requested,"misread, ""tone"""');
  });
});

describe('the CSV writer', () => {
  it('writes time as the UTC instant, then asset, person, activity and state', () => {
    const lines = write('csv').split('\n');
    expect(lines[0]).toBe('time,asset,person,activity,state');
    expect(lines[2]).toBe('2026-03-02T08:00:00.000Z,c0/hero,Ana,start design,in-design');
    expect(lines[14]).toBe('2026-03-03T14:30:00.000Z,c0/hero,Ravi,"changes requested (misread, ""tone"")",changes-requested');
  });
});

describe('writing a simulated replication', () => {
  it('leaves the log and no scratch file; the same seed gives the same bytes', () => {
    const dir = join(tmp, 'simulated');
    mkdirSync(dir);
    for (const format of ['xes', 'ocel'] as const) {
      const once = join(dir, `once.${format}`);
      const again = join(dir, `again.${format}`);
      const counts = writeEventLog({ scenario, model: 'async', format, path: once });
      writeEventLog({ scenario, model: 'async', format, path: again });
      expect(counts.rows).toBeGreaterThan(10);
      expect(readFileSync(again, 'utf8')).toBe(readFileSync(once, 'utf8'));
    }
    expect(readdirSync(dir).sort()).toEqual(['again.ocel', 'again.xes', 'once.ocel', 'once.xes']);
    expect(xesProblems(join(dir, 'once.xes'))).toBe('');
    expect(ocelProblems(JSON.parse(readFileSync(join(dir, 'once.ocel'), 'utf8')))).toEqual([]);
  });
});
