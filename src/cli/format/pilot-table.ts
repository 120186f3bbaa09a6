import { decisionSentences, type PilotDocument, type PilotLength } from '../../sim/index.js';
import { num, pct, signed } from './numbers.js';
import { renderTable } from './table.js';

const interval = (ci: [number | null, number | null]) => `${pct(ci[0])} – ${pct(ci[1])}`;

/** The pilot document for people: power by length, the weeks needed, the smallest detectable difference. */
export function pilotTable(doc: PilotDocument): string {
  const when = Object.entries(doc.route.when).map(([k, v]) => `${k} ${[v].flat().join(', ')}`).join('; ');
  const head = [
    `Pilot: ${when} under ${doc.pilot}, the rest under ${doc.baseline}; from ${doc.pilotStart.replace('T', ' ').replace('Z', ' UTC')}; ${doc.replications} simulated pilots; α = ${doc.alpha}`,
    '',
  ];
  const header = ['Weeks', 'Assets pilot/rest', 'Median diff (h)', 'Rank-sum power', '95% CI', 'No-pilot rate', 'Rework diff', 'z-test power', '95% CI', 'No-pilot rate'];
  const row = (l: PilotLength) => [
    `${l.weeks}${l.requested ? '' : ' (search)'}`,
    `${num(l.assets.pilot)}/${num(l.assets.baseline)}`,
    l.medianDifferenceHours.mean === null ? '—' : signed(l.medianDifferenceHours.mean),
    pct(l.power.cycleTime.rate),
    interval(l.power.cycleTime.ci95),
    pct(l.withoutPilot.cycleTime.rate),
    l.reworkDifference.mean === null ? '—' : signed(l.reworkDifference.mean, true),
    pct(l.power.rework.rate),
    interval(l.power.rework.ci95),
    pct(l.withoutPilot.rework.rate),
  ];
  const shown = doc.lengths.filter((l) => l.requested || l.weeks === doc.weeksForPower.cycleTime || l.weeks === doc.weeksForPower.rework);
  const target = `${doc.powerTarget * 100}%`;
  const needs = (w: number | null, test: string) =>
    w === null ? `${test}: no pilot up to ${doc.weeksForPower.searchedUpToWeeks} weeks reaches ${target} power` : `${test}: ${w} week${w === 1 ? '' : 's'} for ${target} power`;
  const m = doc.minimumDetectable;
  const mde = m === null
    ? ['Smallest detectable difference: the horizon leaves less than two weeks of pilot.']
    : [
        `Smallest difference a ${m.weeks}-week pilot detects with ${target} power:`,
        m.cycleTimeHours.faster === null && m.cycleTimeHours.slower === null
          ? `  cycle time (location shift): none — too few assets finish within ${m.weeks} weeks without the pilot (~${num(m.reworkRate.pilotAssets)} routed, ~${num(m.reworkRate.baselineAssets)} others) for the test to reject that often`
          : `  cycle time (location shift): ${m.cycleTimeHours.faster === null ? 'no shift faster' : `${num(m.cycleTimeHours.faster)} h faster`}, ${m.cycleTimeHours.slower === null ? 'no shift slower' : `${num(m.cycleTimeHours.slower)} h slower`}`,
        `  rework (formula, from ${pct(m.reworkRate.baseline)} with ~${num(m.reworkRate.pilotAssets)} vs ~${num(m.reworkRate.baselineAssets)} assets): ${m.reworkRate.lower === null ? 'no decrease' : `down ${pct(m.reworkRate.lower)} points`}, ${m.reworkRate.higher === null ? 'no increase' : `up ${pct(m.reworkRate.higher)} points`}`,
      ];
  const foot = [
    '',
    `Weeks needed: ${needs(doc.weeksForPower.cycleTime, 'cycle time')}; ${needs(doc.weeksForPower.rework, 'rework')}.`,
    ...mde,
    '',
    'Median diff and rework diff: pilot part minus the rest (mean over simulated pilots). No-pilot rate: how often the same test',
    `"finds" a difference when nothing changes (same seeds, all under ${doc.baseline}); well above α means the groups differ anyway or assets are not independent.`,
  ];
  return [...head, renderTable(header, shown.map(row)).trimEnd(), ...foot, '', ...decisionSentences(doc).map((s) => `In a sentence: ${s}`)].join('\n') + '\n';
}
