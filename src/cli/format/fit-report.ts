import { estimateText, formatProblem, type FitResult } from '../../sim/index.js';
import { num } from './numbers.js';

/** Most row problems the text report lists (--json lists them all, up to the digest's cap). */
const SHOWN_PROBLEMS = 20;

function tally(title: string, t: Record<string, number>): string[] {
  const entries = Object.entries(t).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (entries.length === 0) return [];
  return [`  ${title}:`, ...entries.map(([reason, n]) => `    ${String(n).padStart(7)}  ${reason}`)];
}

/** The text report of a fit: rows used, repaired and dropped by reason, the problems, the values, what was not identified, the observations. */
export function fitReport(fit: FitResult, o: { audit: string; out: string; ignoredColumns: string[] }): string {
  const c = fit.counts;
  const repaired = Object.values(c.repaired).reduce((a, b) => a + b, 0);
  const dropped = Object.values(c.dropped).reduce((a, b) => a + b, 0);
  const lines = [
    `${o.out}: fitted from ${o.audit} (${fit.assets} assets, ${new Date(fit.fromMs).toISOString().slice(0, 10)} to ${new Date(fit.toMs).toISOString().slice(0, 10)})`,
    '',
    `Rows: ${c.rows} read, ${c.used} used (${repaired} repaired), ${dropped} dropped`,
    ...tally('repaired', c.repaired),
    ...tally('dropped', c.dropped),
  ];
  if (o.ignoredColumns.length > 0) lines.push(`  columns ignored: ${o.ignoredColumns.join(', ')}`);
  if (c.problems.length > 0) {
    lines.push('', 'Row problems:');
    for (const p of c.problems.slice(0, SHOWN_PROBLEMS)) lines.push(`  ${formatProblem(o.audit, p)}`);
    const more = repaired + dropped - Math.min(c.problems.length, SHOWN_PROBLEMS);
    if (more > 0) lines.push(`  … ${more} more (--json lists ${c.problems.length === repaired + dropped ? 'them all' : `the first ${c.problems.length}`})`);
  }
  lines.push('', 'Fitted:');
  for (const v of fit.values) lines.push(`  ${v.path.join('.')} = ${JSON.stringify(v.value).replace(/"/g, '')}`, `      ${estimateText(v)}`);
  if (fit.values.length === 0) lines.push('  nothing: every parameter kept at the base\'s value');
  lines.push('', 'Not identified (kept at the base\'s value):');
  for (const n of fit.notIdentified) lines.push(`  ${n.path}: ${n.why}`);
  if (fit.observations.length > 0) {
    lines.push('', 'Observed (no parameter sets these directly):');
    for (const x of fit.observations) {
      const censored = x.censored ? `, ${x.censored} open (censored)` : '';
      lines.push(`  ${x.name}: ${num(x.estimate.value)} ${x.unit} (95% CI ${num(x.estimate.lo)}–${num(x.estimate.hi)}), ${x.estimate.n} rows${censored}`);
    }
  }
  if (fit.notes.length > 0) lines.push('', 'Notes:', ...fit.notes.map((n) => `  ${n}`));
  return `${lines.join('\n')}\n`;
}
