import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { handoffInProcess, tempDir } from '../support/cli.js';
import { expectMissingAndRepeatedNamed, expectShardsMergeToWhole, runShards, runWhole } from '../support/shards.js';
import { encodePartial, decodePartial } from '../../src/cli/shard/partial.js';

const tmp = tempDir('shard');
const SCENARIO = 'scenarios/small-team-3-channels.yaml';
const COMMANDS: Record<string, string[]> = {
  run: ['run', SCENARIO, '-r', '5'],
  compare: ['compare', SCENARIO, '--models', 'sync,async,hybrid', '-r', '4', '--seed', '7'],
  sweep: ['sweep', 'scenarios/async-with-sla.yaml', '--set', 'team.reviewers.count=2,3', '--set', 'async.sla.firstResponse=4bh,8bh', '-r', '2'],
};
/** Runs `args` split into `count` shards, the parts named after `name`. */
const shards = (args: string[], count: number, name: string) => runShards(tmp, args, count, name);

describe('handoff run/compare/sweep --shard and handoff merge', () => {
  for (const [name, args] of Object.entries(COMMANDS)) {
    it(`${name}: any number of shards, merged in any order, gives the bytes of the unsharded run`, () => expectShardsMergeToWhole(tmp, args, 9, 4, 12));
  }

  it('a shard run with 2 workers writes the same part as with 1, and merge --out writes the document atomically', async () => {
    const args = COMMANDS.compare;
    const one = await shards(args, 2, 'w1');
    const out = join(tmp, 'w2-0.json');
    const { handoff } = await import('../support/cli.js');
    const r = handoff([...args, '-w', '2', '--shard', '0/2', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(one[0], 'utf8'));
    const doc = join(tmp, 'merged.json');
    const m = await handoffInProcess(['merge', ...one, '--out', doc]);
    expect(m.code).toBe(0);
    expect(readFileSync(doc, 'utf8')).toBe(await runWhole(args));
    expect(m.stdout).toMatch(/Cycle time/);
  });

  it('a user who forgets a shard, gives one twice or mixes runs is told exactly what is wrong, and nothing is written', async () => {
    const parts = await shards(COMMANDS.sweep, 3, 'err');
    const out = join(tmp, 'never.json');
    await expectMissingAndRepeatedNamed(parts, out);
    const [foreign] = await shards([...COMMANDS.sweep, '--seed', '99'], 3, 'foreign');
    const mixed = await handoffInProcess(['merge', parts[0], parts[1], foreign, '--out', out]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain(`${foreign}: not part of the same run as ${parts[0]}: seed 99`);
    const otherCount = await shards(COMMANDS.sweep, 2, 'two');
    const counts = await handoffInProcess(['merge', parts[0], otherCount[1], parts[2]]);
    expect(counts.stderr).toMatch(/shard count 2 \(.*: 3\)/);
    expect(() => readFileSync(out)).toThrow();
  });

  it('a damaged, truncated, foreign-version or unrelated file is refused with its name and the reason', async () => {
    const [part] = await shards(COMMANDS.run, 1, 'damage');
    const text = readFileSync(part, 'utf8');
    const edited = join(tmp, 'edited.json');
    writeFileSync(edited, text.replace('"index":3', '"index":4'));
    const truncated = join(tmp, 'truncated.json');
    writeFileSync(truncated, text.slice(0, text.length / 2));
    const unrelated = join(tmp, 'unrelated.json');
    writeFileSync(unrelated, await runWhole(COMMANDS.run));
    const decoded = decodePartial(text);
    if (!decoded.ok) throw new Error(decoded.why);
    const older = join(tmp, 'older.json');
    writeFileSync(older, encodePartial({ ...decoded.doc, handoff: '0.0.1' }));
    const layout1 = join(tmp, 'layout1.json');
    writeFileSync(layout1, encodePartial({ ...decoded.doc, version: 1 as never }));
    for (const [file, why] of [
      [edited, /checksum does not match/],
      [truncated, /is not JSON/],
      [unrelated, /is not a partial document/],
      [older, /written by Handoff 0\.0\.1/],
      [layout1, /is a partial document of layout 1; this Handoff reads layout 2/],
      [join(tmp, 'absent.json'), /no such file/],
    ] as const) {
      const r = await handoffInProcess(['merge', file]);
      expect(r.code).toBe(1);
      expect(r.stderr.startsWith(`${file}: `)).toBe(true);
      expect(r.stderr).toMatch(why);
      expect(r.stderr).not.toMatch(/internal error|    at /);
    }
  });

  it('parts run by different JavaScript engines are refused, each engine named with its parts; a merge on another engine than the parts\' says so', async () => {
    const parts = await shards(COMMANDS.compare, 3, 'engine');
    const here = { node: process.versions.node, v8: process.versions.v8 };
    const decoded = decodePartial(readFileSync(parts[2], 'utf8'));
    if (!decoded.ok) throw new Error(decoded.why);
    expect(decoded.doc.engine).toEqual(here);
    const elsewhere = join(tmp, 'engine-elsewhere.json');
    writeFileSync(elsewhere, encodePartial({ ...decoded.doc, engine: { node: '22.1.0', v8: '12.4.254.14-node.11' } }));
    const out = join(tmp, 'engine-never.json');
    const mixed = await handoffInProcess(['merge', parts[0], parts[1], elsewhere, '--out', out]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain(`${parts[0]}, ${parts[1]} on Node.js ${here.node} (V8 ${here.v8}); ${elsewhere} on Node.js 22.1.0 (V8 12.4.254.14-node.11)`);
    expect(mixed.stderr).toMatch(/run every shard with the same Node\.js/);
    expect(() => readFileSync(out)).toThrow();
    // Another patch of the same V8 build (another Node 20 release) computes alike: merged.
    const patched = join(tmp, 'engine-patched.json');
    writeFileSync(patched, encodePartial({ ...decoded.doc, engine: { node: '20.0.1', v8: `${here.v8.split('.').slice(0, 3).join('.')}.99-node.1` } }));
    const samePatchLine = await handoffInProcess(['merge', parts[0], parts[1], patched, '--json']);
    expect(samePatchLine.code, samePatchLine.stderr).toBe(0);
    expect(samePatchLine.stdout).toBe(await runWhole(COMMANDS.compare));
    // Every part from one other engine: merged, with a note that the statistics are computed here.
    const other = { node: '22.1.0', v8: '12.4.254.14-node.11' };
    const moved = parts.map((file, i) => {
      const d = decodePartial(readFileSync(file, 'utf8'));
      if (!d.ok) throw new Error(d.why);
      const to = join(tmp, `engine-moved-${i}.json`);
      writeFileSync(to, encodePartial({ ...d.doc, engine: other }));
      return to;
    });
    const merged = await handoffInProcess(['merge', ...moved, '--json']);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(await runWhole(COMMANDS.compare));
    expect(merged.stderr).toContain(`note: the shards ran on Node.js 22.1.0 (V8 12.4.254.14-node.11) and this merge runs on Node.js ${here.node}`);
  });

  it('numbers JSON cannot hold (NaN, Infinity, -0) come back exactly', () => {
    const [part] = [readFileSync(join(tmp, 'damage-0.json'), 'utf8')];
    const decoded = decodePartial(part);
    if (!decoded.ok) throw new Error(decoded.why);
    const values = { a: Number.NaN, b: Infinity, c: -Infinity, d: -0, e: 1.5 };
    const result = { ...decoded.doc.replications[0].result, values };
    const again = decodePartial(encodePartial({ ...decoded.doc, replications: [{ point: 0, result }] }));
    if (!again.ok) throw new Error(again.why);
    const back = again.doc.replications[0].result.values;
    expect(Number.isNaN(back.a)).toBe(true);
    expect([back.b, back.c, Object.is(back.d, -0), back.e]).toEqual([Infinity, -Infinity, true, 1.5]);
  });

  it('a mistyped --shard, or a shard without --out or with --csv/--report/--events, is a usage error', async () => {
    for (const [args, why] of [
      [['--shard', '4/4', '--out', join(tmp, 'x.json')], /not below 4/],
      [['--shard', 'a/b', '--out', join(tmp, 'x.json')], /must be i\/N/],
      [['--shard', '0/0', '--out', join(tmp, 'x.json')], /N must be from 1/],
      [['--shard', '0/2'], /--shard needs --out/],
      [['--shard', '0/2', '--out', join(tmp, 'x.json'), '--csv'], /--csv cannot be used with --shard/],
      [['--shard', '0/2', '--out', join(tmp, 'x.json'), '--events', join(tmp, 'e.csv')], /--events cannot be used with --shard/],
    ] as const) {
      const r = await handoffInProcess(['run', SCENARIO, '-r', '2', '-w', '1', ...args]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(why);
    }
    expect(() => readFileSync(join(tmp, 'x.json'))).toThrow();
  });
});
