import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocumentInvariants, requestOf, runDecisionRequest, type OddsDocument, type SizeDocument } from '../../src/sim/index.js';
import { decodePartial } from '../../src/cli/shard/partial.js';
import { handoff, handoffInProcess, tempDir } from '../support/cli.js';
import { expectMissingAndRepeatedNamed, expectShardsMergeToWhole, runShards, runWhole, writeSmallAsyncTeam } from '../support/shards.js';

const tmp = tempDir('decide-shard');
// A reviewer working alone through an async queue (as in the sensitivity tests): few assumptions in force, quick replications.
const SMALL = writeSmallAsyncTeam(tmp);

// size and odds stop adaptively well before their caps here (checked below), so a merge that
// replayed the procedure wrongly, or took every replication of the parts, would differ.
const COMMANDS: Record<string, string[]> = {
  size: ['size', 'scenarios/async-with-sla.yaml', '--target', 'cycleTimeHours.p90<=20', '--vary', 'team.reviewers.count=1..3', '--vary', 'async.sla.firstResponse=2bh,8bh', '--min-replications', '5', '--max-replications', '20'],
  odds: ['odds', 'scenarios/flagship-launch.yaml', '--deadline', '2026-03-13T17:00+01:00', '--models', 'async,hybrid', '--batch', '20', '--max-replications', '40', '--precision', '0.2'],
  pilot: ['pilot', 'scenarios/pilot-async-channel.yaml', '--route', 'channel=instagram-story', '--weeks', '2,3', '-r', '10'],
  sensitivity: ['sensitivity', SMALL, '--metric', 'cycleTimeHours', '-r', '3', '--morris', '2'],
};
/** Runs `args` split into `count` shards, the parts named after `name`. */
const shards = (args: string[], count: number, name: string) => runShards(tmp, args, count, name);

describe('handoff size/odds/pilot/sensitivity --shard and handoff merge', () => {
  for (const [name, args] of Object.entries(COMMANDS)) {
    it(`${name}: any number of shards, merged in any order, gives the bytes of the unsharded run`, () => expectShardsMergeToWhole(tmp, args, 5, 3, 21));
  }

  it('the adaptive commands stop before their caps, and the parts hold the whole plan up to the caps', async () => {
    const size = JSON.parse(await runWhole(COMMANDS.size)) as SizeDocument;
    const used = size.candidates.map((c) => c.replications);
    expect(Math.max(...used)).toBe(20);
    expect(Math.min(...used)).toBe(5);
    const odds = JSON.parse(await runWhole(COMMANDS.odds)) as OddsDocument;
    expect(odds.odds.map((o) => o.replications)).toEqual([20, 20]);
    const [part] = await shards(COMMANDS.odds, 1, 'plan');
    const decoded = decodePartial(readFileSync(part, 'utf8'));
    if (!decoded.ok) throw new Error(decoded.why);
    // Two models × 40 replications: what the unsharded run would need at worst.
    expect(decoded.doc.values).toHaveLength(80);
    expect(decoded.doc.command).toMatchObject({ command: 'odds', options: { batch: 20, maxReplications: 40, models: 'async,hybrid', precision: 0.2 } });
  });

  it("a merged odds document for one campaign carries the Decide view's fields and re-runs in the viewer to the same bytes", async () => {
    const args = [...COMMANDS.odds, '--campaign', 'Launch wave', '--channel', 'instagram-feed,email'];
    const expected = await runWhole(args);
    const merged = await handoffInProcess(['merge', ...(await shards(args, 3, 'campaign')), '--json']);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(expected);
    const doc = JSON.parse(merged.stdout) as OddsDocument;
    expect(checkDocumentInvariants(doc)).toEqual([]);
    expect(doc.assets.campaign).toBe('Launch wave');
    for (const o of doc.odds) expect(o.completionHours).toHaveLength(o.replications);
    const again = await runDecisionRequest(readFileSync('scenarios/flagship-launch.yaml', 'utf8'), requestOf(doc));
    if (!again.ok) throw new Error(again.problems.join('\n'));
    expect(JSON.stringify(again.document)).toBe(JSON.stringify(doc));
  });

  it('a deciding shard run with 2 workers writes the same part as with 1', async () => {
    const [one] = await shards(COMMANDS.size, 2, 'w1');
    const out = join(tmp, 'w2-0.json');
    const r = handoff([...COMMANDS.size, '-w', '2', '--shard', '0/2', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(one, 'utf8'));
  });

  it('a missing, repeated or foreign part of a deciding command is named, exit 1, and nothing is written', async () => {
    const parts = await shards(COMMANDS.pilot, 3, 'err');
    const out = join(tmp, 'never.json');
    const [missing, twice] = await expectMissingAndRepeatedNamed(parts, out);
    const [foreign] = await shards([...COMMANDS.pilot, '--alpha', '0.1'], 3, 'foreign');
    const mixed = await handoffInProcess(['merge', parts[0], parts[1], foreign, '--out', out]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain(`${foreign}: not part of the same run as ${parts[0]}: --alpha 0.1 (${parts[0]}: 0.05)`);
    const [run] = await shards(['run', 'scenarios/pilot-async-channel.yaml', '-r', '2'], 3, 'run');
    const other = await handoffInProcess(['merge', parts[0], parts[1], run, '--out', out]);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain(`${run}: not part of the same run as ${parts[0]}: command run (${parts[0]}: pilot)`);
    const odds = await shards(COMMANDS.odds, 2, 'odds');
    const [precise] = await shards([...COMMANDS.odds, '--precision', '0.1'], 2, 'precise');
    const otherOdds = await handoffInProcess(['merge', odds[0], precise, '--out', out]);
    expect(otherOdds.code).toBe(1);
    expect(otherOdds.stderr).toContain(`${precise}: not part of the same run as ${odds[0]}: --precision 0.1 (${odds[0]}: 0.2)`);
    for (const r of [missing, twice, mixed, other, otherOdds]) expect(r.stderr).not.toMatch(/internal error|    at /);
    expect(() => readFileSync(out)).toThrow();
  });

  it('a deciding shard with --json or without --out, or a merge of its parts with --report or --csv, is a usage error', async () => {
    const json = await handoffInProcess([...COMMANDS.pilot, '-w', '1', '--shard', '0/2', '--out', join(tmp, 'x.json'), '--json']);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/--json cannot be used with --shard/);
    const noOut = await handoffInProcess([...COMMANDS.pilot, '-w', '1', '--shard', '0/2']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/--shard needs --out/);
    expect(() => readFileSync(join(tmp, 'x.json'))).toThrow();
    const parts = await shards(COMMANDS.pilot, 1, 'views');
    for (const flag of [['--report', join(tmp, 'r.html')], ['--csv']]) {
      const r = await handoffInProcess(['merge', ...parts, ...flag]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/is for run, compare and sweep documents; these parts are of handoff pilot/);
    }
  });
});
