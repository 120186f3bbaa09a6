import { decisionSentences, type SensitivityDocument, type SensitivityLever } from '../../sim/index.js';
import { num } from './numbers.js';
import { renderTable } from './table.js';

/** A register value as a scenario file writes it. */
function shown(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  return JSON.stringify(value).replace(/"/g, '');
}

/** A paired difference with its interval: "+3.1 [1.2, 5]", "0 (same as the scenario)". */
function difference(side: SensitivityLever['low']): string {
  if (side.sameAsScenario) return '0 (scenario value)';
  const d = side.difference;
  if (d.mean === null) return '—';
  if (d.mean === 0 && d.ci95[0] === 0 && d.ci95[1] === 0) return '0 (no effect)';
  const sign = d.mean > 0 ? '+' : '';
  return `${sign}${num(d.mean)} [${num(d.ci95[0])}, ${num(d.ci95[1])}]${d.excludesZero ? ' *' : ''}`;
}

/** The tornado for people: levers ranked by swing, each end's value, metric and paired difference. */
export function sensitivityTable(doc: SensitivityDocument): string {
  const head = [
    `Sensitivity of ${doc.metric} (${doc.model}) to the behavioural assumptions, one at a time; ${doc.replications} paired replications each`,
    `Baseline (the scenario as written): ${num(doc.baseline.mean)} [${num(doc.baseline.ci95[0])}, ${num(doc.baseline.ci95[1])}]`,
    '',
  ];
  const header = ['#', 'Assumption', 'Low', `${doc.metric} at low`, 'Low − baseline', 'High', `${doc.metric} at high`, 'High − baseline'];
  const rows = doc.levers.map((l, i) => [
    String(i + 1),
    l.parameter,
    shown(l.low.value),
    num(l.low.mean),
    difference(l.low),
    shown(l.high.value),
    num(l.high.mean),
    difference(l.high),
  ]);
  const foot = [
    '',
    'Ranked by the larger absolute paired difference (same replication seeds at every setting); [..] is its 95% interval, * where it excludes 0;',
    '"no effect": every replication gave the same value as the baseline (the model does not use the assumption here).',
    ...(doc.notApplicable.length > 0 ? [`Not applicable (not run): ${doc.notApplicable.map((p) => `${p.parameter} (${p.reason.replace(/^the scenario has /, '')})`).join('; ')}.`] : []),
  ];
  const m = doc.morris;
  const morris = m
    ? [
        '',
        `Elementary effects (Morris): ${m.trajectories} trajectories, ${m.settingsRun} settings of ${doc.replications} replications each; μ* importance, σ interactions`,
        renderTable(['Assumption', 'μ*', 'μ', 'σ'], m.levers.map((l) => [l.parameter, num(l.muStar), num(l.mu), num(l.sigma)])).trimEnd(),
      ]
    : [];
  return [...head, renderTable(header, rows).trimEnd(), ...foot, ...morris, '', ...decisionSentences(doc).map((s) => `In a sentence: ${s}`)].join('\n') + '\n';
}
