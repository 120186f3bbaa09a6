import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario, type Scenario } from '../../src/sim/index.js';
import { modelWarnings, warningsOf } from '../../src/sim/scenario/warnings.js';

/** Designers and reviewers in New York; the director joins the meeting from Tokyo. */
const NO_OVERLAP = `name: no overlap
start: 2026-03-02T00:00:00Z
horizon: 3w
team:
  designers: { role: designer, tz: America/New_York }
  reviewers: { role: reviewer, tz: America/New_York }
  director: { role: director, tz: Asia/Tokyo }
work:
  campaigns: [{ name: launch }]
sync:
  attendees: [director, reviewers]
  tz: Asia/Tokyo
  time: "10:00"
`;

function load(text: string): { scenario: Scenario; warnings: string[] } {
  const r = loadScenario(text);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return { scenario: r.scenario, warnings: r.warnings.map((w) => `${w.line}:${w.col} ${w.message}`) };
}

describe('a model that cannot process the work is warned about, per model', () => {
  it('a meeting whose attendees (Tokyo and New York) are never at work together: sync and hybrid can approve nothing there', () => {
    // 10:00 Tokyo is 20:00 New York (21:00 after 8 March): the director works, the reviewer never does,
    // so the validation error (nobody at work) does not apply, but the meeting is moved and never held.
    const { scenario, warnings } = load(NO_OVERLAP);
    expect(modelWarnings(scenario).map((w) => w.model)).toEqual(['sync', 'hybrid']);
    expect(warningsOf(scenario, 'sync')).toEqual([
      'nothing can be approved: the review meeting is never held within the horizon, because its attendees (director, reviewers) are never all at work together for its 60 min',
    ]);
    expect(warningsOf(scenario, 'async')).toEqual([]);
    expect(warnings[0]).toMatch(/^11:14 warning: sync: nothing can be approved/);
  });

  it('when the reviewer works late in New York (18:00-23:00) the meeting is held and the warning goes', () => {
    const late = load(NO_OVERLAP.replace('reviewers: { role: reviewer, tz: America/New_York }', 'reviewers: { role: reviewer, tz: America/New_York, hours: "18:00-23:00" }'));
    expect(late.warnings).toEqual([]);
    expect(modelWarnings(late.scenario)).toEqual([]);
  });

  it('reviewers on leave for the whole horizon: the queue models can approve nothing; sync is unaffected', () => {
    const text = NO_OVERLAP.replace('reviewers: { role: reviewer, tz: America/New_York }', 'reviewers: { role: reviewer, tz: America/New_York, leave: [{ from: 2026-02-20, to: 2026-04-30 }] }')
      .replace(/sync:[\s\S]*$/, '');
    const { scenario, warnings } = load(text);
    expect(modelWarnings(scenario).map((w) => w.model)).toEqual(['async', 'event-driven', 'hybrid']);
    expect(warningsOf(scenario, 'async')).toEqual(['nothing can be approved: no reviewer (reviewers) works within the horizon']);
    // Located at the reviewers' group, since the file has no async section.
    expect(warnings[0]).toMatch(/^6:3 warning: async: /);
  });

  it('warnings are only printed for the models the scenario runs', () => {
    expect(load(`${NO_OVERLAP}models: [async, event-driven]\n`).warnings).toEqual([]);
  });

  it('the library scenarios have no warnings', () => {
    for (const f of ['flagship-launch', 'tokyo-reviewers-sf-designers', 'berlin-designers-ny-reviewers', 'pilot-async-channel']) {
      expect(load(readFileSync(`scenarios/${f}.yaml`, 'utf8')).warnings).toEqual([]);
    }
  });
});
