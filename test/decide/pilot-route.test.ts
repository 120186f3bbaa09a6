import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, parsePilotRoute, routeWhen, type Scenario } from '../../src/sim/index.js';

function scenarioOf(file: string): Scenario {
  const loaded = loadScenario(readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error('scenario did not load');
  return loaded.scenario;
}

describe('a pilot route', () => {
  it('reads the conditions of a hybrid rule, joined by ";", and writes them back as a rule\'s when:', () => {
    const s = scenarioOf('scenarios/flagship-launch.yaml');
    const route = parsePilotRoute('channel=instagram-feed, instagram-story; kind=variant', s);
    expect(route).toEqual({ channels: ['instagram-feed', 'instagram-story'], kind: 'variant' });
    expect(routeWhen(route as Exclude<typeof route, string>)).toEqual({ kind: 'variant', channel: ['instagram-feed', 'instagram-story'] });
  });

  it('knows the channels of routine streams as well as campaigns, and says which there are when one is unknown', () => {
    const s = scenarioOf('scenarios/holiday-peak-streams.yaml');
    const channels = s.streams.flatMap((st) => st.channels);
    expect(channels.length).toBeGreaterThan(0);
    expect(parsePilotRoute(`channel=${channels[0]}`, s)).toEqual({ channels: [channels[0]] });
    expect(parsePilotRoute('channel=nowhere', s)).toMatch(new RegExp(`the scenario has no channel "nowhere"; its channels: .*${channels[0]}`));
    expect(parsePilotRoute('kind=routine; kind=variant', s)).toMatch(/kind is given twice/);
  });
});
