import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InterruptedError, UserError, type CliIO } from '../../src/cli/io.js';
import { reportError } from '../../src/cli/report-error.js';
import { handoff, handoffInProcess, tempDir } from '../support/cli.js';

const tmp = tempDir('program');
const COMMANDS = ['run', 'compare', 'sweep', 'validate', 'schema', 'view', 'report'];

function bufferIO(): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: (t) => (out += t), stderr: (t) => (err += t), stderrIsTTY: false, out: () => out, err: () => err };
}

describe('help', () => {
  it.each(COMMANDS)('handoff %s --help shows usage and examples, exit 0', async (command) => {
    const r = await handoffInProcess([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: handoff ${command} `));
    expect(r.stdout).toMatch(/\nExamples:\n {2}\$ handoff /);
  });

  it('handoff --help through the built binary lists every command, examples and exit codes', () => {
    const r = handoff(['--help']);
    expect(r.code).toBe(0);
    for (const command of COMMANDS) expect(r.stdout).toMatch(new RegExp(`\\n  ${command} `));
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toMatch(/Exit codes: 0 success, 1 invalid scenario or input, 2 usage error/);
  });
});

describe('exit codes', () => {
  it('usage errors are exit 2 with a hint, never a stack trace', async () => {
    for (const args of [[], ['run'], ['frobnicate'], ['run', 'x.yaml', '--replications', 'many'], ['compare', 'x.yaml', '--workers', '0'], ['run', 'x.yaml', '--no-such-flag']]) {
      const r = await handoffInProcess(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    }
  });

  it('the schema is JSON Schema of scenario files on stdout', async () => {
    const r = await handoffInProcess(['schema']);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toMatch(/json-schema/);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['team', 'work', 'sync', 'async', 'hybrid', 'eventDriven']));
  });

  it('a user\'s mistake prints its message alone with its exit code', () => {
    const io = bufferIO();
    expect(reportError(new UserError('scenario.yaml:3:4: horizon: too short'), io, false)).toBe(1);
    expect(reportError(new UserError('bad flag', 2), io, false)).toBe(2);
    expect(io.err()).toBe('scenario.yaml:3:4: horizon: too short\nbad flag\n');
  });

  it('an internal error says it is a bug and shows its stack only with --debug', () => {
    const quiet = bufferIO();
    expect(reportError(new TypeError('x is undefined'), quiet, false)).toBe(1);
    expect(quiet.err()).toBe('handoff: internal error: x is undefined\n(this is a bug in Handoff; run again with --debug to see where)\n');
    const debug = bufferIO();
    expect(reportError(new TypeError('x is undefined'), debug, true)).toBe(1);
    expect(debug.err()).toMatch(/^handoff: internal error: x is undefined\nTypeError: x is undefined\n\s+at /);
  });

  it('an interrupted run is exit 130 and says nothing was written', () => {
    const io = bufferIO();
    expect(reportError(new InterruptedError(), io, false)).toBe(130);
    expect(io.err()).toBe('handoff: interrupted; nothing was written\n');
  });
});

describe('progress and Ctrl-C in-process', () => {
  it('on a terminal the bar goes to stderr and stdout stays the bare document', async () => {
    // Long enough (~0.5 s) that the bar, shown only after 250 ms, appears.
    const r = await handoffInProcess(['compare', 'scenarios/flagship-launch.yaml', '-r', '250', '-w', '1', '--json'], { tty: true });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).replications).toBe(250);
    expect(r.stderr).toMatch(/\rcompare [█░]{24} [\d,]+\/1,000 replications +[\d.]+\/s +\d+:\d\d left/);
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it('off a terminal nothing goes to stderr', async () => {
    const r = await handoffInProcess(['compare', 'scenarios/flagship-launch.yaml', '-r', '40', '-w', '1', '--json']);
    expect(r.stderr).toBe('');
  });

  it('an abort stops the run: exit 130, no --out file', async () => {
    const out = join(tmp, 'aborted.json');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const r = await handoffInProcess(['compare', 'scenarios/flagship-launch.yaml', '-r', '2000', '-w', '1', '--out', out], { signal: controller.signal });
    expect(r.code).toBe(130);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});
