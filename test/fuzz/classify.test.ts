import { describe, expect, it } from 'vitest';
import { classifyCase, classifyCommand, failureSignature, type CommandOutcome, type CommandVerdict } from '../../fuzz/classify.js';
import { localDocumentCheck } from '../../fuzz/invariants.js';

const FILE = 'case.yaml';
const outcome = (o: Partial<CommandOutcome>): CommandOutcome => ({ args: ['run', FILE], code: 0, signal: null, stdout: '', stderr: '', timedOut: false, ...o });
const judge = (o: Partial<CommandOutcome>, json = true) => classifyCommand(outcome(o), { file: FILE, json, check: localDocumentCheck });

const RUNAWAY =
  'handoff: the simulation processed 50,000,000 events and reached only minute 120 of its horizon; the scenario is probably ' +
  'generating work faster than it can be done (raise limits.maxEvents if this is intended)\n';

const estimate = (mean: number) => ({ mean, sd: 0, ci95: [mean, mean] });
const documentWith = (metrics: Record<string, unknown>, models = ['async']) =>
  JSON.stringify({ schemaVersion: 1, results: models.map((model) => ({ model, metrics })) });

describe('a command is classified', () => {
  it('as a crash when it says "internal error", even with exit 1', () => {
    const v = judge({ code: 1, stderr: 'handoff: internal error: Spread syntax requires ...iterable\n(this is a bug in Handoff; run again with --debug to see where)\n' });
    expect(v).toEqual({ kind: 'crash', reason: 'internal error: Spread syntax requires ...iterable' });
  });

  it('as a crash when it prints a stack trace', () => {
    const stderr = 'TypeError: x is not a function\n    at compile (file:///repo/dist/src/sim/scenario/compile.js:12:5)\n';
    expect(judge({ code: 1, stderr }).kind).toBe('crash');
  });

  it('as a crash when killed by a signal or exiting with a code other than 0 and 1', () => {
    expect(judge({ code: null, signal: 'SIGABRT' }).kind).toBe('crash');
    expect(judge({ code: 134, stderr: 'FATAL ERROR: Reached heap limit' }).kind).toBe('crash');
    expect(judge({ code: 2, stderr: "error: unknown option '--x'" }).kind).toBe('crash');
  });

  it('as a hang when it did not exit within the timeout', () => {
    expect(judge({ code: null, signal: 'SIGKILL', timedOut: true }).kind).toBe('hang');
  });

  it('as a clear error when every line names the file, line and column', () => {
    const stderr = 'case.yaml:6:9: team.designers.tz: "Mars/Olympus" is not a known IANA time zone\ncase.yaml:9:3: horizon: "-1w" is negative\n';
    expect(judge({ code: 1, stderr })).toEqual({ kind: 'clear-error', reason: 'case.yaml:6:9: team.designers.tz: "Mars/Olympus" is not a known IANA time zone' });
  });

  it('as a clear error when a run-time guard names the limit to raise', () => {
    const v = judge({ code: 1, stderr: RUNAWAY });
    expect(v.kind).toBe('clear-error');
    expect(v.reason).toMatch(/^run-time guard \(limits\.maxEvents\): handoff: the simulation processed/);
  });

  it('as a vague error when the message has no location, or says undefined', () => {
    expect(judge({ code: 1, stderr: 'handoff: something went wrong\n' }).kind).toBe('vague-error');
    expect(judge({ code: 1, stderr: 'case.yaml:3:5: async.sla.firstResponse: undefined is not a duration\n' }).kind).toBe('vague-error');
    expect(judge({ code: 1, stderr: '' }).kind).toBe('vague-error');
  });

  it('as bad output when a failed command leaves its --out file or prints on stdout', () => {
    expect(judge({ code: 1, stderr: 'case.yaml:1:1: name: missing\n', outFile: '{"partial":' }).kind).toBe('bad-output');
    expect(judge({ code: 1, stderr: 'case.yaml:1:1: name: missing\n', stdout: '{"schemaVersion":1' }).kind).toBe('bad-output');
  });

  it('as bad output when the document breaks an invariant, holds NaN or Infinity, or is not JSON', () => {
    expect(judge({ stdout: documentWith({ utilizationDesigner: estimate(1.28) }) })).toEqual({
      kind: 'bad-output',
      reason: 'async.utilizationDesigner.mean = 1.28 is outside [0, 1]',
    });
    expect(judge({ stdout: '{"results": [{"model": "async", "metrics": {"pings": {"mean": NaN}}}]}' }).kind).toBe('bad-output');
    expect(judge({ stdout: 'Model  Cycle time' }).kind).toBe('bad-output');
  });

  it('as ok, unjudged, when the document was longer than the fuzzer keeps (not as "not JSON")', () => {
    expect(judge({ stdout: '{"schemaVersion": 1, "scenario": {"description": "xxxx', truncated: true })).toEqual({ kind: 'ok', reason: 'document too large to judge' });
  });

  it('as bad output when --out differs from the printed document', () => {
    const doc = documentWith({ reworkRate: estimate(0.2) });
    expect(judge({ stdout: doc, outFile: `${doc} ` }).kind).toBe('bad-output');
    expect(judge({ stdout: doc, outFile: doc }).kind).toBe('ok');
  });

  it('as a clear usage error for an odd option (exit 2, or exit 1 naming the option), but as a crash for exit 2 otherwise', () => {
    const stderr = "error: option '-r, --replications <n>' argument '0' is invalid. must be a whole number ≥ 1\n";
    const usage = (o: Partial<CommandOutcome>) => classifyCommand(outcome(o), { file: FILE, json: true, check: localDocumentCheck, usage: true });
    expect(usage({ code: 2, stderr })).toEqual({ kind: 'clear-error', reason: `usage error: ${stderr.trim()}` });
    expect(usage({ code: 1, stderr: 'handoff: --replications 100001 is more than 100000\n' }).kind).toBe('clear-error');
    expect(judge({ code: 2, stderr }).kind).toBe('crash');
  });

  it('as ok when validate says valid (no document to check)', () => {
    expect(judge({ args: ['validate', FILE], stdout: 'case.yaml: valid\n' }, false)).toEqual({ kind: 'ok', reason: 'case.yaml: valid' });
  });
});

describe('the local document check', () => {
  it('finds a model listed twice, percentiles out of order, a negative count and a share above 1', () => {
    const metrics = { cycleTimeHours: { mean: 5, sd: 1, ci95: [4, 6], p50: 9, p90: 8, p95: 10 }, pings: estimate(-1), slaAttainment: estimate(1.5) };
    expect(localDocumentCheck(JSON.parse(documentWith(metrics, ['hybrid', 'hybrid'])))).toEqual([
      'a model is listed twice: hybrid, hybrid',
      'hybrid.cycleTimeHours: p50 9, p90 8, p95 10 out of order',
      'hybrid.pings.mean = -1 is negative',
      'hybrid.slaAttainment.mean = 1.5 is outside [0, 1]',
      'hybrid.cycleTimeHours: p50 9, p90 8, p95 10 out of order',
      'hybrid.pings.mean = -1 is negative',
      'hybrid.slaAttainment.mean = 1.5 is outside [0, 1]',
    ]);
  });

  it('accepts a sound document, with null metrics where a metric does not apply', () => {
    expect(localDocumentCheck(JSON.parse(documentWith({ firstResponseHours: null, reworkRate: estimate(0.1) })))).toEqual([]);
  });
});

describe('a case is classified', () => {
  const ok: CommandVerdict = { kind: 'ok', reason: 'document sound' };
  const located: CommandVerdict = { kind: 'clear-error', reason: 'case.yaml:4:3: async.sla.calendar: "valueOf" is not a group' };

  it('as inconsistent when validate says valid and run rejects the file', () => {
    const c = classifyCase({ validate: { kind: 'ok', reason: 'case.yaml: valid' }, run: located, compare: located, determinism: null, shards: null });
    expect(c.klass).toBe('inconsistent');
    expect(c.reason).toMatch(/^validate says valid but run rejects it/);
  });

  it('as inconsistent when validate rejects a file that run accepts', () => {
    expect(classifyCase({ validate: located, run: ok, compare: located, determinism: 'same', shards: null }).klass).toBe('inconsistent');
  });

  it('as inconsistent when the bytes differ on a rerun or for 1 vs 2 workers', () => {
    const valid: CommandVerdict = { kind: 'ok', reason: 'case.yaml: valid' };
    expect(classifyCase({ validate: valid, run: ok, compare: ok, determinism: '1 vs 2 workers differ', shards: null })).toEqual({ klass: 'inconsistent', reason: 'run: 1 vs 2 workers differ' });
  });

  it('as inconsistent when the run split into shards and merged is not the run, and as runs when it is', () => {
    const valid: CommandVerdict = { kind: 'ok', reason: 'case.yaml: valid' };
    expect(classifyCase({ validate: valid, run: ok, compare: ok, determinism: 'same', shards: 'merged shards differ from the run' })).toEqual({ klass: 'inconsistent', reason: 'run: merged shards differ from the run' });
    expect(classifyCase({ validate: valid, run: ok, compare: ok, determinism: 'same', shards: 'same' }).klass).toBe('runs');
  });

  it('by its worst command: a crash in compare outweighs a clean run', () => {
    const crash: CommandVerdict = { kind: 'crash', reason: 'internal error: boom' };
    expect(classifyCase({ validate: ok, run: ok, compare: crash, determinism: 'same', shards: null })).toEqual({ klass: 'crash', reason: 'compare: internal error: boom' });
  });

  it('as a clear error when validate and run both reject it clearly, and as runs when all is sound', () => {
    expect(classifyCase({ validate: located, run: located, compare: located, determinism: null, shards: null }).klass).toBe('clear-error');
    expect(classifyCase({ validate: ok, run: ok, compare: ok, determinism: 'same', shards: null }).klass).toBe('runs');
  });

  it('not as inconsistent when a valid file stops at a run-time guard that names its limit', () => {
    const guard = judge({ code: 1, stderr: RUNAWAY });
    expect(classifyCase({ validate: ok, run: guard, compare: guard, determinism: null, shards: null }).klass).toBe('clear-error');
  });
});

describe('failure signatures', () => {
  it('group failures that differ only in numbers, quoted values and the file', () => {
    const a = failureSignature('bad-output', 'run: async.utilizationDesigner.mean = 1.28 is outside [0, 1]');
    const b = failureSignature('bad-output', 'run: async.utilizationDesigner.mean = 17.06 is outside [0, 1]');
    expect(a).toBe(b);
    expect(failureSignature('bad-output', 'compare: hybrid.utilizationDirector.mean = 15 is outside [0, 1] (+1 more)')).toBe(
      failureSignature('bad-output', 'run: sync.utilizationDirector.mean = 1.2 is outside [0, 1]'),
    );
    expect(failureSignature('bad-output', 'compare: a model is listed twice: sync, sync')).toBe(
      failureSignature('bad-output', 'compare: a model is listed twice: event-driven, hybrid, event-driven'),
    );
    expect(failureSignature('vague-error', 'validate: vague: case.yaml:3:5: a: "x" bad')).toBe(failureSignature('vague-error', 'validate: vague: case.json:9:1: a: "y" bad'));
  });
});
