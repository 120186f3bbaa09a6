import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAuditHeader, readAuditRow, type AuditRecord } from '../../src/sim/audit/audit-format.js';
import { readCsv } from '../../src/sim/audit/csv-reader.js';
import { spawn } from 'node:child_process';
import { BIN, handoff, handoffInProcess, handoffInterrupted, tempDir } from '../support/cli.js';
import { danglingReferences, ocelProblems, xesProblems, type OcelDoc } from '../support/event-logs.js';

const tmp = tempDir('events');
const FLAGSHIP = 'scenarios/flagship-launch.yaml';
/** Files of `dir` a writer left behind: temporary and scratch files. */
const leftovers = (dir = tmp) => readdirSync(dir).filter((f) => f.startsWith('.') || f.endsWith('.tmp') || f.endsWith('.scratch'));

describe('handoff run --events FILE.xes / FILE.jsonocel', () => {
  it('writes XES the IEEE 1849-2016 schema accepts, one trace per asset; the same seed gives the same bytes, whatever the workers', () => {
    const a = join(tmp, 'a.xes');
    const b = join(tmp, 'b.xes');
    const r = handoff(['run', FLAGSHIP, '-m', 'hybrid', '-r', '1', '-w', '1', '--events', a, '--json']);
    expect(r.code).toBe(0);
    expect(handoff(['run', FLAGSHIP, '-m', 'hybrid', '-r', '3', '-w', '2', '--events', b]).code).toBe(0);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
    expect(xesProblems(a)).toBe('');
    const xes = readFileSync(a, 'utf8');
    const doc = JSON.parse(r.stdout);
    // One replication: the document's count of assets is replication 0's.
    expect((xes.match(/<trace>/g) ?? []).length).toBe(doc.results[0].metrics.assetsCreated.mean);
    expect(xes).toContain(`<string key="model" value="hybrid"/>\n<string key="seed" value="${doc.seed}"/>\n<int key="replication" value="0"/>`);
    expect(leftovers()).toEqual([]);
  });

  it('writes OCEL 2.0 JSON the standard\'s schema accepts, with assets, campaigns, tickets, meetings and people', () => {
    const file = join(tmp, 'launch.jsonocel');
    expect(handoff(['run', FLAGSHIP, '-m', 'hybrid', '-r', '1', '--events', file]).code).toBe(0);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as OcelDoc;
    expect(ocelProblems(doc)).toEqual([]);
    expect(danglingReferences(doc)).toEqual([]);
    expect(new Set(doc.objects.map((o) => o.type))).toEqual(new Set(['asset', 'campaign', 'ticket', 'meeting', 'person']));
    const qualifiers = new Set(doc.events.flatMap((e) => e.relationships.map((r) => r.qualifier)));
    for (const q of ['asset', 'designer', 'reviewer', 'ticket', 'meeting', 'campaign', 'chair']) expect(qualifiers).toContain(q);
    const again = join(tmp, 'again.jsonocel');
    expect(handoff(['run', FLAGSHIP, '-m', 'hybrid', '-r', '1', '--events', again]).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(file, 'utf8'));
    expect(leftovers()).toEqual([]);
  });

  it('--events-format names the format whatever the file is called; a wrong one, or one without --events, is a usage error', async () => {
    const file = join(tmp, 'log.txt');
    expect(handoff(['run', FLAGSHIP, '-r', '1', '--events', file, '--events-format', 'XES']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n/);
    const bad = await handoffInProcess(['run', FLAGSHIP, '-r', '1', '-w', '1', '--events', file, '--events-format', 'parquet']);
    expect([bad.code, bad.stderr]).toEqual([2, '--events-format "parquet": choose one of csv, xes, ocel, audit\n']);
    const alone = await handoffInProcess(['run', FLAGSHIP, '-r', '1', '-w', '1', '--events-format', 'xes']);
    expect([alone.code, alone.stderr]).toEqual([2, '--events-format needs --events FILE\n']);
  });

  it('a failed run leaves neither the log nor its scratch files; so does Ctrl-C (exit 130)', async () => {
    const runaway = join(tmp, 'runaway.yaml');
    writeFileSync(runaway, `${readFileSync('scenarios/mm3-review-queue.yaml', 'utf8')}\nlimits: { maxEvents: 1000 }\n`);
    for (const name of ['runaway.xes', 'runaway.jsonocel']) {
      const r = handoff(['run', runaway, '-r', '2', '--events', join(tmp, name)]);
      expect(r.code).toBe(1);
      expect(existsSync(join(tmp, name))).toBe(false);
    }
    const big = join(tmp, 'big.xes');
    const stopped = await handoffInterrupted(['run', FLAGSHIP, '-r', '5000', '-w', '1', '--events', big], 1500);
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toBe('handoff: interrupted; nothing was written\n');
    expect(existsSync(big)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('Ctrl-C while a long log is still being written stops its thread and deletes the partial log and its scratch files', async () => {
    // Two years of routine work: some 700,000 events, seconds of writing.
    const dir = tempDir('events-long');
    const long = join(dir, 'long.yaml');
    writeFileSync(long, [
      'name: Long log', 'start: 2026-01-05T00:00:00Z', 'horizon: 104w', 'seed: 3', 'model: async', 'team:',
      '  designers: { role: designer, count: 8, hours: 24/7 }', '  reviewers: { role: reviewer, count: 5, hours: 24/7 }',
      'work:', '  stream: { interarrival: { exponential: { mean: 12m } } }', '',
    ].join('\n'));
    for (const name of ['long.xes', 'long.jsonocel']) {
      // Ctrl-C once the log's temporary and scratch files are there: in the middle of writing it.
      const stopped = await interruptWhen(['run', long, '-r', '1', '-w', '1', '--events', join(dir, name)], () => leftovers(dir).length >= 2);
      expect(stopped.sawFiles).toBe(true);
      expect(stopped.code).toBe(130);
      expect(existsSync(join(dir, name))).toBe(false);
      expect(leftovers(dir)).toEqual([]);
    }
  });

  it('a log it cannot write is exit 1 with the reason, no stack trace', () => {
    const r = handoff(['run', FLAGSHIP, '-r', '1', '--events', join(tmp, 'no-such-dir', 'x.xes')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/x\.xes: cannot write: ENOENT\n$/);
  });
});

/** Starts the binary and sends it Ctrl-C as soon as `ready()` holds (checked every 20 ms); resolves on exit. */
function interruptWhen(args: string[], ready: () => boolean): Promise<{ code: number | null; sawFiles: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, TZ: 'UTC' }, stdio: 'ignore' });
    let sawFiles = false;
    const poll = setInterval(() => {
      if (sawFiles || !ready()) return;
      sawFiles = true;
      child.kill('SIGINT');
    }, 20);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code, sawFiles });
    });
  });
}

/** The rows of an audit file, read with the audit format's own parser; fails on any problem. */
function readAudit(file: string): AuditRecord[] {
  const { records, problems } = readCsv(readFileSync(file, 'utf8'));
  const { header, problems: headerProblems } = readAuditHeader(records[0]);
  const rows = records.slice(1).map((r) => readAuditRow(r, header));
  expect([...problems, ...headerProblems, ...rows.flatMap((r) => r.problems)]).toEqual([]);
  return rows.map((r) => r.record!);
}

describe('handoff run --events FILE --events-format audit', () => {
  // No warm-up: every asset of the replication is counted in the document, so the audit's counts
  // must equal the document's (a run of one replication: the mean is replication 0's value).
  const scenario = join(tmp, 'no-warmup.yaml');
  writeFileSync(scenario, readFileSync(FLAGSHIP, 'utf8').replace(/^warmup: 2w$/m, 'warmup: 0s'));

  it.each(['async', 'hybrid', 'sync'])('the simulated %s replication is an audit file the audit parser reads, and its counts are the document\'s', (model) => {
    const file = join(tmp, `audit-${model}.csv`);
    const r = handoff(['run', scenario, '-m', model, '-r', '1', '--events', file, '--events-format', 'audit', '--json']);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout).results[0].metrics;
    const rows = readAudit(file);
    const assets = new Set(rows.map((x) => x.asset));
    const approved = rows.filter((x) => x.event === 'approved');
    const sentBack = new Set(rows.filter((x) => x.decision === 'changes requested').map((x) => x.asset));
    const reworkedApproved = approved.filter((x) => sentBack.has(x.asset)).length;
    expect(assets.size).toBe(m.assetsCreated.mean);
    expect(rows.filter((x) => x.event === 'created')).toHaveLength(m.assetsCreated.mean);
    expect(approved).toHaveLength(m.assetsCreated.mean - m.assetsOpenAtHorizon.mean);
    expect(approved).toHaveLength(m.assetsApproved.mean);
    expect(reworkedApproved / approved.length).toBeCloseTo(m.reworkRate.mean, 8);
    // Every submission gets a first response or is still waiting at the horizon; every decision follows one.
    const submitted = rows.filter((x) => x.event === 'submitted').length;
    const responses = rows.filter((x) => x.event === 'first response').length;
    expect(responses).toBeLessThanOrEqual(submitted);
    expect(submitted - responses).toBeLessThanOrEqual(m.assetsOpenAtHorizon.mean);
    if (model === 'async') expect(rows.filter((x) => x.decision === 'question')).toHaveLength(m.clarificationQuestions.mean);
    expect(new Set(rows.map((x) => x.route))).toEqual(new Set(model === 'hybrid' ? ['sync', 'async'] : [model]));
  });
});
