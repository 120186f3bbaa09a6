import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AUDIT_COLUMNS, readAuditHeader, readAuditRow } from '../../src/sim/audit/audit-format.js';
import { parseAuditTime } from '../../src/sim/audit/audit-time.js';
import { readCsv, CsvReader } from '../../src/sim/audit/csv-reader.js';
import { formatProblem } from '../../src/sim/index.js';

const HEADER = AUDIT_COLUMNS.join(',');

/** Reads a header and one data row; the problems as `audit.csv:line:col: column: message` lines. */
function one(row: string, options: { header?: string; tz?: string } = {}) {
  const { records, problems } = readCsv(`${options.header ?? HEADER}\n${row}\n`);
  expect(problems).toEqual([]);
  const { header, problems: headerProblems } = readAuditHeader(records[0]);
  expect(headerProblems).toEqual([]);
  const r = readAuditRow(records[1], header, { tz: options.tz });
  return { record: r.record, messages: r.problems.map((p) => formatProblem('audit.csv', p)) };
}

describe('the audit row parser', () => {
  it('reads a full decision row into a typed record at its UTC instant, keeping the written offset', () => {
    const { record, messages } = one('c1/hero,Launch,hero,template,async,Ana,Ravi,2026-03-02T09:30:00+01:00,decision,changes requested,misread');
    expect(messages).toEqual([]);
    expect(record).toEqual({
      line: 2, asset: 'c1/hero', campaign: 'Launch', assetType: 'hero', channel: 'template', route: 'async', designer: 'Ana', reviewer: 'Ravi',
      timeMs: Date.parse('2026-03-02T08:30:00Z'), offsetMin: 60, event: 'decision', decision: 'changes requested', reason: 'misread',
      timeCol: 45, eventCol: 71,
    });
  });

  it('is forgiving about the case and spelling of words and column names, and ignores columns it does not know', () => {
    const { records } = readCsv('Asset ID,Route,Time,Event,Decision,Jira Status\n');
    const { header, problems } = readAuditHeader(records[0]);
    // "Asset ID" is not "asset": the header lacks a required column.
    expect(problems.map((p) => formatProblem('audit.csv', p))).toEqual([
      'audit.csv:1:1: asset: the header has no "asset" column (required: asset, route, time, event; optional: campaign, asset_type, channel, designer, reviewer, decision, reason)',
    ]);
    expect(header.ignored).toEqual(['Asset ID', 'Jira Status']);
    const ok = one('x,ASYNC,2026-03-02T09:30Z,First_Response,', { header: 'Asset,Route,Time,Event,Decision' });
    expect(ok.messages).toEqual([]);
    expect(ok.record).toMatchObject({ asset: 'x', route: 'async', event: 'first response', decision: null, campaign: '', reviewer: '' });
  });

  it('an approved row is an approval whether or not it repeats "approved" in the decision column', () => {
    expect(one('a,,,,sync,,Dana,2026-03-02T15:00:00Z,approved,,').record!.decision).toBe('approved');
    expect(one('a,,,,sync,,Dana,2026-03-02T15:00:00Z,approved,Approved,').record!.decision).toBe('approved');
  });

  it('says what is wrong with each value, at its line and column', () => {
    // Columns: asset(1) campaign(2) asset_type(3) channel(4) route(5) designer(6) reviewer(7) time(8) event(9) decision(10) reason(11).
    const row = ',L,hero,web,email,Ana,Ravi,2026-02-30T09:00:00Z,reviewed,maybe,';
    const { record, messages } = one(row);
    expect(record).toBeUndefined();
    expect(messages).toEqual([
      'audit.csv:2:1: asset: missing: the id of the asset the row is about',
      'audit.csv:2:13: route: "email" is not sync or async',
      'audit.csv:2:28: time: "2026-02-30T09:00:00Z" is not a date that exists',
      'audit.csv:2:49: event: "reviewed" is not one of created, submitted, first response, decision, approved',
      'audit.csv:2:58: decision: "maybe" is not one of approved, changes requested, question',
    ]);
  });

  it('a decision row needs a decision; other rows carry none', () => {
    expect(one('a,,,,async,,R,2026-03-02T09:00:00Z,decision,,').messages).toEqual([
      'audit.csv:2:45: decision: missing: a decision row says approved, changes requested, question',
    ]);
    expect(one('a,,,,async,,R,2026-03-02T09:00:00Z,submitted,question,').messages).toEqual([
      'audit.csv:2:46: decision: a submitted row carries no decision (only decision rows, and approved rows with "approved")',
    ]);
    expect(one('a,async,2026-03-02T09:00:00Z,decision', { header: 'asset,route,time,event' }).messages).toEqual([
      'audit.csv:2:1: decision: a decision row needs a decision column (approved, changes requested or question)',
    ]);
  });

  it('a time without an offset needs --tz; with it the time is local to that zone (daylight saving included)', () => {
    expect(one('a,,,,async,,,2026-03-02 09:00,created,,').messages).toEqual([
      'audit.csv:2:14: time: "2026-03-02 09:00" has no UTC offset: write one (Z, +01:00) or give the zone such times are in with --tz (e.g. 2026-03-02T09:30:00+01:00)',
    ]);
    const winter = one('a,,,,async,,,2026-03-02 09:00,created,,', { tz: 'Europe/Berlin' }).record!;
    const summer = one('a,,,,async,,,2026-07-02 09:00,created,,', { tz: 'Europe/Berlin' }).record!;
    expect([winter.timeMs, winter.offsetMin]).toEqual([Date.parse('2026-03-02T08:00:00Z'), null]);
    expect(summer.timeMs).toBe(Date.parse('2026-07-02T07:00:00Z'));
    expect(one('a,,,,async,,,2026-03-02 09:00,created,,', { tz: 'Mars/Olympus' }).messages[0]).toMatch(/time: --tz "Mars\/Olympus" is not an IANA time zone/);
  });

  it('a row of the wrong width is one problem, not a cascade', () => {
    expect(one('a,async,2026-03-02T09:00:00Z', { header: 'asset,route,time,event' }).messages).toEqual(['audit.csv:2:9: (top level): the row has 3 fields, the header 4']);
  });

  it('a header names each column once, and has the required ones', () => {
    const { records } = readCsv('asset,Asset,time\n');
    expect(readAuditHeader(records[0]).problems.map((p) => formatProblem('audit.csv', p))).toEqual([
      'audit.csv:1:7: asset: the column "Asset" appears twice in the header (also column 1)',
      expect.stringMatching(/^audit.csv:1:1: route: the header has no "route" column/),
      expect.stringMatching(/^audit.csv:1:1: event: the header has no "event" column/),
    ]);
  });
});

describe('audit times', () => {
  it('reads ISO 8601 with Z, ±hh:mm or ±hhmm offsets, seconds and fractions optional, T or a space', () => {
    const at = (t: string) => {
      const r = parseAuditTime(t);
      return r.ok ? new Date(r.utcMs).toISOString() : r.message;
    };
    expect(at('2026-03-02T09:30:00.250-05:00')).toBe('2026-03-02T14:30:00.250Z');
    expect(at('2026-03-02 09:30+0530')).toBe('2026-03-02T04:00:00.000Z');
    expect(at('2026-03-02T09:30:00z')).toBe('2026-03-02T09:30:00.000Z');
    expect(at('02/03/2026 09:30')).toBe('"02/03/2026 09:30" is not a date and time (e.g. 2026-03-02T09:30:00+01:00)');
    expect(at('2026-03-02T24:00:00Z')).toMatch(/is not a time of day that exists/);
    expect(at('2026-03-02T09:00:00+19:00')).toMatch(/the offset \+19:00 is out of range/);
    expect(at('1969-12-31T23:00:00Z')).toMatch(/the year must be within 1970-2199/);
  });
});

describe('the CSV reader', () => {
  it('keeps quoted commas, quotes and line breaks, and each field\'s line and column', () => {
    const { records, problems } = readCsv('\ufeffa,"b, ""c"""\r\n"multi\r\nline",x\n\n');
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.line, r.fields.map((f) => [f.text, f.line, f.col])])).toEqual([
      [1, [['a', 1, 1], ['b, "c"', 1, 3]]],
      [2, [['multi\nline', 2, 1], ['x', 3, 7]]],
    ]);
  });

  it('reads the same records whatever the chunks the text arrives in', () => {
    const text = 'h1,h2\r\n"a ""q""",b\r\nc,"d\ne"\n';
    const whole = readCsv(text).records;
    for (let size = 1; size <= 5; size++) {
      const reader = new CsvReader();
      const got = [];
      for (let i = 0; i < text.length; i += size) got.push(...reader.push(text.slice(i, i + size)));
      got.push(...reader.end());
      expect(got).toEqual(whole);
    }
  });

  it('an unclosed quote and text after a closing quote are problems with their place', () => {
    expect(readCsv('a,"b"x\n').problems.map((p) => `${p.line}:${p.col} ${p.message}`)).toEqual(['1:6 text after the closing quote of a field (a quote inside a quoted field is written "")']);
    expect(readCsv('a,"b\n').problems.map((p) => `${p.line}:${p.col} ${p.message}`)).toEqual(['1:3 a quoted field is never closed (a missing ")']);
  });
});

describe('the example audit (examples/audit-example.csv, shown in the README)', () => {
  it('reads without a problem: three assets, two approved, one still waiting; the tracker\'s own column is ignored', () => {
    const { records, problems } = readCsv(readFileSync('examples/audit-example.csv', 'utf8'));
    const { header, problems: headerProblems } = readAuditHeader(records[0]);
    const rows = records.slice(1).map((r) => readAuditRow(r, header));
    expect([...problems, ...headerProblems, ...rows.flatMap((r) => r.problems)]).toEqual([]);
    expect(header.ignored).toEqual(['tracker_key']);
    const read = rows.map((r) => r.record!);
    expect(new Set(read.map((r) => r.asset)).size).toBe(3);
    expect(read.filter((r) => r.event === 'approved').map((r) => r.asset)).toEqual(['spring/hero', 'spring/hero/instagram-feed']);
    expect(read.filter((r) => r.event === 'decision').map((r) => r.decision)).toEqual(['changes requested', 'question', 'changes requested']);
    // 10:00 in New York on 3 March is 15:00 UTC; the reason keeps its quotes and comma.
    expect(new Date(read[2].timeMs).toISOString()).toBe('2026-03-03T15:00:00.000Z');
    expect(read[11].reason).toBe('defect: logo below the safe area, "Shop now" cut off');
  });
});
