import { formatAtOffset, type OddsDocument, decisionSentences } from '../../sim/index.js';
import { pct } from './numbers.js';
import { renderTable } from './table.js';

/** The odds document for people: what was asked, then per model the probability and the dates. */
export function oddsTable(doc: OddsDocument): string {
  const at = (iso: string | null) => (iso === null ? null : formatAtOffset(iso, doc.deadlineOffset));
  const campaigns = doc.assets.campaigns.map((c) => `${c.name} (published ${at(c.published)}, ${c.assets} asset${c.assets === 1 ? '' : 's'})`).join('; ');
  const head = [
    `Odds that ${doc.assets.count === 1 ? 'the asset is' : `all ${doc.assets.count} assets are`} approved by ${at(doc.deadline)}`,
    `Assets: ${doc.assets.rule}.`,
    `Campaigns: ${campaigns}`,
    '',
  ];
  const header = ['Model', 'P(all approved by deadline)', '95% CI', ...doc.odds[0].completion.map((c) => `${c.probability * 100}% done by`), 'Replications'];
  const rows = doc.odds.map((o) => [
    o.model,
    pct(o.probability),
    `${pct(o.ci95[0])} – ${pct(o.ci95[1])}`,
    ...o.completion.map((c) => (c.withinHorizon ? at(c.date)! : 'not within horizon')),
    `${o.replications}${o.stoppedBy === 'cap' ? ' (cap)' : ''}`,
  ]);
  const intervals = doc.odds.flatMap((o) =>
    o.completion.map((c) => {
      const [lo, hi] = c.ci95;
      return `  ${o.model}, ${c.probability * 100}%: ${lo === null ? '…' : at(lo)} to ${hi === null ? (c.note?.includes('beyond') ? 'beyond the horizon' : '…') : at(hi)}`;
    }),
  );
  const foot = [
    '',
    'Dates: 95% intervals from order statistics of the replications\' completion times:',
    ...intervals,
    '',
    `Replications added in batches of ${doc.procedure.batch} until the probability's 95% interval is within ±${doc.procedure.precision} (or ${doc.procedure.maxReplications}).`,
  ];
  const warnings = doc.odds.flatMap((o) => (o.warnings ?? []).map((w) => `Warning (${o.model}): ${w}`));
  return [...head, renderTable(header, rows).trimEnd(), ...foot, ...warnings, '', ...decisionSentences(doc).map((s) => `In a sentence: ${s}`)].join('\n') + '\n';
}
