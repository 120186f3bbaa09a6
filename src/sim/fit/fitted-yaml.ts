import { isCollection, isMap, isScalar, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { FitResult } from './fit-audit.js';
import { rounded, type FittedValue } from './fitted-value.js';
import { totalOf } from './row-counts.js';

/** How an estimate reads in a comment: "12.4/d (95% CI 11.8–13.0/d), 1806 rows". */
export function estimateText(v: FittedValue): string {
  const e = v.estimate;
  if (v.unit === 'chi2') return `${v.measured}; ${e.n} rows`;
  const unit = v.unit === 'min' ? ' min' : v.unit === '/d' ? '/d' : /^(share|fraction)/.test(v.unit) ? '' : ` ${v.unit}`;
  const interval = Number.isFinite(e.lo) && Number.isFinite(e.hi) ? ` (95% CI ${rounded(e.lo)}–${rounded(e.hi)})` : '';
  return `fitted: ${rounded(e.value)}${unit}${interval}, ${e.n} rows — ${v.measured}`;
}

/** The header comment of a fitted file: where it came from, how the rows were used, what was not identified. */
function headerComment(fit: FitResult, auditName: string): string {
  const c = fit.counts;
  const lines = [
    ` Fitted by \`handoff fit\` from ${auditName}: ${c.rows} rows, ${c.used} used (${totalOf(c.repaired)} of them repaired), ${totalOf(c.dropped)} dropped; ${fit.assets} assets.`,
    ' Each fitted value carries its estimate, 95% interval and the rows it rests on; everything else is the base\'s.',
  ];
  for (const n of fit.notIdentified) lines.push(` not identified: ${n.path} — ${n.why}; kept at the base's value`);
  return lines.join('\n');
}

/** The pair holding the last key of `path` in the document (after it was set). */
function pairAt(doc: Document, path: (string | number)[]): Pair | undefined {
  const parent = doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const key = path[path.length - 1];
  return parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key) as Pair | undefined;
}

/**
 * The base scenario's text with the fitted values set in place: its comments, order and every
 * other setting kept; each fitted value gets a comment line above it, and the file a header.
 */
export function fittedYaml(baseText: string, fit: FitResult, auditName: string): string {
  const doc = parseDocument(baseText, { keepSourceTokens: false });
  for (const v of fit.values) {
    const node = doc.createNode(v.value) as Node;
    // Maps written on one line ({lognormal: {mean: 2h, sd: 1h}}), as the library's scenarios write them.
    if (isCollection(node)) node.flow = true;
    doc.setIn(v.path, node);
    // A comment reads only in block style: the maps holding a fitted value are written as blocks.
    for (let i = 1; i < v.path.length; i++) {
      const parent = doc.getIn(v.path.slice(0, i), true);
      if (isCollection(parent)) parent.flow = false;
    }
    const pair = pairAt(doc, v.path);
    if (pair) {
      if (!isScalar(pair.key)) pair.key = doc.createNode(pair.key);
      (pair.key as Node).commentBefore = ` ${estimateText(v)}`;
    }
  }
  const before = doc.commentBefore ? `\n${doc.commentBefore}` : '';
  doc.commentBefore = headerComment(fit, auditName) + before;
  return doc.toString({ lineWidth: 0 });
}
