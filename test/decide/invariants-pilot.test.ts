import { describe, expect, it } from 'vitest';
import { checkDocumentInvariants } from '../../src/sim/index.js';
import { handoffInProcess } from '../support/cli.js';

async function document(args: string[]): Promise<Record<string, any>> {
  const r = await handoffInProcess([...args, '--json', '-w', '1']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

const pilot = () => document(['pilot', 'scenarios/pilot-async-channel.yaml', '--route', 'channel=instagram-story', '--weeks', '2,3', '-r', '12']);
const sensitivity = () => document(['sensitivity', 'scenarios/one-off-high-stakes.yaml', '--metric', 'cycleTimeHours', '-r', '4']);

describe('invariants of pilot and sensitivity documents', () => {
  it('hold for the documents the commands write', async () => {
    expect(checkDocumentInvariants(await pilot())).toEqual([]);
    expect(checkDocumentInvariants(await sensitivity())).toEqual([]);
  });

  it('catch a broken pilot document: a rate that is not rejections / replications, a missing week, weeks needed that disagree, a negative MDE', async () => {
    const mutations: Array<[(d: Record<string, any>) => void, RegExp]> = [
      [(d) => (d.lengths[0].power.cycleTime.rate = 0.123), /rate: not rejections \/ replications|outside/],
      [(d) => (d.lengths[0].withoutPilot.rework.rejections = 1000), /exceed the replications/],
      [(d) => d.lengths.splice(1, 1), /one per week|expected 2/],
      [(d) => (d.weeksForPower.cycleTime = 17), /weeksForPower\.cycleTime: 17, but the first length reaching the target is/],
      [(d) => (d.minimumDetectable = { cycleTimeHours: { faster: -1, slower: null }, reworkRate: { lower: null, higher: null } }), /faster -1 is not a positive difference/],
    ];
    for (const [mutate, message] of mutations) {
      const d = await pilot();
      mutate(d);
      expect(checkDocumentInvariants(d).join('\n')).toMatch(message);
    }
  });

  it('catch a broken sensitivity document: levers out of rank, a swing that is not the larger difference, a difference that is not mean − baseline', async () => {
    const mutations: Array<[(d: Record<string, any>) => void, RegExp]> = [
      [(d) => d.levers.reverse(), /ranked above a larger swing/],
      [(d) => (d.levers[0].swing += 1), /the larger paired difference is/],
      [(d) => (d.levers[0].high.mean += 5), /is not mean − baseline|outside/],
      [(d) => d.notApplicable.push({ parameter: d.levers[0].parameter, reason: 'x' }), /is also run/],
    ];
    for (const [mutate, message] of mutations) {
      const d = await sensitivity();
      mutate(d);
      expect(checkDocumentInvariants(d).join('\n')).toMatch(message);
    }
  });
});
