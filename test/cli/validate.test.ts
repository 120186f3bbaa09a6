import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { handoff, handoffInProcess, tempDir } from '../support/cli.js';

const FIXTURES = 'test/cli/fixtures';
const tmp = tempDir('validate');
const scenarios = readdirSync('scenarios').filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => `scenarios/${f}`);
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml')).map((f) => `${FIXTURES}/${f}`);

/** A fixture's first line says what validate must print first: `# expect: line:col path: message`. */
function expected(file: string): string {
  const [, lineCol, message] = /^# expect: (\d+:\d+) (.*)$/m.exec(readFileSync(file, 'utf8'))!;
  return `${file}:${lineCol}: ${message}`;
}

describe('handoff validate', () => {
  it('every file in scenarios/ validates (the built binary, exit 0, quiet on stderr)', () => {
    const r = handoff(['validate', ...scenarios]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${scenarios.length} files valid\n`);
  });

  it.each(fixtures)('%s: its expected file:line:col: path: message comes first, exit 1', async (file) => {
    const r = await handoffInProcess(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toContain(expected(file));
  });

  it('the built binary reports every fixture at its line and column, without a stack trace', () => {
    const r = handoff(['validate', ...fixtures]);
    expect(r.code).toBe(1);
    for (const file of fixtures) expect(r.stderr).toContain(expected(file));
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
  });

  it('reports the problems of every file given, and fails if any is invalid', async () => {
    const r = await handoffInProcess(['validate', 'scenarios/mm3-review-queue.yaml', `${FIXTURES}/unknown-tz.yaml`, `${FIXTURES}/negative-mean.yaml`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown-tz\.yaml:6:9: /);
    expect(r.stderr).toMatch(/negative-mean\.yaml:8:32: /);
    expect(r.stderr).not.toMatch(/mm3-review-queue/);
  });

  it('a missing file is exit 1 with the file named', async () => {
    const r = await handoffInProcess(['validate', join(tmp, 'nope.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.yaml: cannot read the scenario: no such file/);
  });

  // Generated text: random strings, YAML fragments, one field set to any JSON value, and real
  // scenarios with a line dropped or a character changed.
  const library = scenarios.map((f) => readFileSync(f, 'utf8'));
  const mutated = fc
    .tuple(fc.constantFrom(...library), fc.nat(), fc.nat(), fc.constantFrom('drop', 'char', 'swap'), fc.constantFrom(':', '-', '[', '"', ' ', 'x', '0', '\t', '#'))
    .map(([text, a, b, how, ch]) => {
      const lines = text.split('\n');
      const i = a % lines.length;
      if (how === 'drop') lines.splice(i, 1);
      else if (how === 'swap') [lines[i], lines[b % lines.length]] = [lines[b % lines.length], lines[i]];
      else lines[i] = lines[i].slice(0, b % (lines[i].length + 1)) + ch + lines[i].slice((b % (lines[i].length + 1)) + 1);
      return lines.join('\n');
    });
  const text = fc.oneof(
    fc.string(),
    fc.constantFrom('name: x\nteam: {r: {role: reviewer}}\nwork: {stream: {interarrival: 1h}}\n', 'team: [\n', '{}', '- a\n- b', 'name: 3\nhorizon: -1w', '&a [*a]', '~'),
    fc.tuple(fc.constantFrom('name', 'team', 'work', 'horizon', 'sync', 'async', 'hybrid', 'effort', 'seed', 'start'), fc.jsonValue()).map(([k, v]) => JSON.stringify({ name: 'p', [k]: v })),
    mutated,
  );

  it('any generated text fed to validate ends in exit 0 or 1 with a message, never a crash', async () => {
    const file = join(tmp, 'generated.yaml');
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        writeFileSync(file, t);
        const r = await handoffInProcess(['validate', file]);
        expect([0, 1]).toContain(r.code);
        expect(r.code === 0 ? r.stdout : r.stderr).toMatch(/generated\.yaml/);
        expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('and a few generated texts through the built binary', () => {
    const samples = ['', '::', 'name: [1, 2', 'team: {a: {role: boss}}', ...fc.sample(text, { numRuns: 6, seed: 7 })];
    const files = samples.map((t, i) => {
      const file = join(tmp, `binary-${i}.yaml`);
      writeFileSync(file, t);
      return file;
    });
    const r = handoff(['validate', ...files]);
    expect(r.code).toBe(1);
    for (const file of files.slice(0, 4)) expect(r.stderr).toContain(`${file}:`);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

describe('warnings: a model that cannot process the work', () => {
  // The director (Tokyo) and the reviewer (New York) are never at work together at 10:00 Tokyo.
  const file = join(tmp, 'no-overlap.yaml');
  writeFileSync(
    file,
    `name: no overlap\nstart: 2026-03-02T00:00:00Z\nhorizon: 3w\nreplications: 2\nmodels: [sync, async]\nteam:\n` +
      `  designers: { role: designer, tz: America/New_York }\n  reviewers: { role: reviewer, tz: America/New_York }\n` +
      `  director: { role: director, tz: Asia/Tokyo }\nwork:\n  campaigns: [{ name: launch }]\n` +
      `sync:\n  attendees: [director, reviewers]\n  tz: Asia/Tokyo\n  time: "10:00"\n`,
  );
  const warning = 'warning: sync: nothing can be approved: the review meeting is never held within the horizon';

  it('validate prints the warning at its line and still says valid (exit 0)', async () => {
    const r = await handoffInProcess(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `${file}:13:14: sync.attendees: ${warning}, because its attendees (director, reviewers) are never all at work together for its 60 min\n` +
        `${file}: valid (1 warning: a model that cannot process the work)\n`,
    );
  });

  it('compare shows it under the table and in the document, for that model only', async () => {
    const table = await handoffInProcess(['compare', file, '-w', '1']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/\nWarning \(sync\): nothing can be approved: the review meeting is never held/);
    expect(table.stdout).not.toMatch(/Warning \(async\)/);
    const json = await handoffInProcess(['compare', file, '-w', '1', '--json']);
    const doc = JSON.parse(json.stdout);
    expect(doc.results[0].warnings).toEqual([expect.stringMatching(/^nothing can be approved: the review meeting is never held/)]);
    expect(doc.results[0].metrics.assetsApproved.mean).toBe(0);
    expect('warnings' in doc.results[1]).toBe(false);
  });
});

describe('models chosen on the command line are checked like the file\'s own', () => {
  // The file runs async only, so its empty meeting attendee list is no problem for validate…
  const file = join(tmp, 'async-only.yaml');
  writeFileSync(
    file,
    `name: async only\nmodels: [async]\nreplications: 2\nteam:\n  designers: { role: designer }\n  reviewers: { role: reviewer }\n` +
      `work:\n  campaigns: [{ name: launch }]\nsync:\n  attendees: []\n`,
  );

  it('validate says valid for the file\'s own models', async () => {
    expect((await handoffInProcess(['validate', file])).code).toBe(0);
  });

  it('…but run --model sync and compare --models sync,async refuse it at sync.attendees instead of reporting zeros', async () => {
    for (const args of [['run', file, '--model', 'sync'], ['compare', file, '--models', 'sync,async'], ['sweep', file, '--model', 'sync', '--set', 'replications=2']]) {
      const r = await handoffInProcess([...args, '-w', '1']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`${file}:10:14: sync.attendees: the sync gate needs attendees, but nobody can attend its meeting (add a director or set sync.attendees)\n`);
    }
    expect((await handoffInProcess(['run', file, '--model', 'async', '-w', '1'])).code).toBe(0);
  });
});
