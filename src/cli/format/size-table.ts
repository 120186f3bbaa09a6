import { settingsText, type SizeDocument, decisionSentences } from '../../sim/index.js';
import { num } from './numbers.js';
import { renderTable } from './table.js';

const interval = (x: readonly (number | null)[]) => `[${num(x[0])}, ${num(x[1])}]`;

/** The size document for people: every candidate with its estimates and verdicts, then the answer and the Pareto fronts. */
export function sizeTable(doc: SizeDocument): string {
  const paths = doc.levers.map((l) => l.path);
  // A lever used as the cost is already a column of its own.
  const costColumn = doc.cost.kind === 'metric';
  const header = ['#', ...paths, ...(costColumn ? [doc.cost.name] : []), ...doc.targets.map((t) => t.text), 'Verdict', 'Replications'];
  const rows = doc.candidates.map((c, i) => [
    String(i),
    ...paths.map((p) => String(c.settings[p])),
    ...(costColumn ? [`${num(c.cost.mean)} ${interval(c.cost.ci95)}`] : []),
    ...c.targets.map((t) => `${num(t.mean)} ${interval(t.interval)} ${t.verdict}`),
    c.verdict + (c.stoppedBy === 'dominated' ? ` (dominated by #${c.dominatedBy})` : c.stoppedBy === 'cap' ? ' (at cap)' : ''),
    String(c.replications),
  ]);
  const pareto = doc.pareto.map((p) => `  cost vs ${p.target}: ${p.candidates.map((i) => `#${i} (${settingsText(doc.candidates[i].settings)})`).join(' → ') || 'none'}`);
  return [
    `Size: ${doc.targets.map((t) => t.text).join(' and ')} at ${doc.confidence * 100}% confidence, minimising ${doc.cost.name} (model ${doc.model})`,
    '',
    renderTable(header, rows).trimEnd(),
    '',
    doc.answer.sentence,
    ...decisionSentences(doc).map((s) => `In a sentence: ${s}`),
    '',
    'Pareto front (cheapest first):',
    ...pareto,
    '',
    `Targets: ${doc.targets.map((t) => `${t.text} is on ${t.estimand}`).join('; ')}.`,
    `Intervals are the procedure's ${Number((doc.procedure.intervalConfidence * 100).toPrecision(6))}% intervals. ${doc.procedure.statement}`,
    `Replications: ${doc.replicationsTotal} (a fixed grid at the cap would run ${doc.replicationsFixedGrid}).`,
  ].join('\n') + '\n';
}
