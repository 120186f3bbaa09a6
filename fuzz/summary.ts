import { CASE_CLASSES, FAILING_CLASSES, type CaseClass, type FuzzCase } from './case.js';
import type { CaseRun } from './run-case.js';

/** A distinct failure: its first case, how many cases share its signature, and its reproducer file. */
export interface Failure {
  signature: string;
  klass: CaseClass;
  reason: string;
  label: string;
  fuzzCase: FuzzCase;
  run: CaseRun;
  chunk: number;
  index: number;
  count: number;
  file: string | null;
}

/** The summary printed at the end: cases, commands, count per class, time, and each distinct failure. */
export function summaryText(s: {
  cases: number;
  commands: number;
  counts: Record<CaseClass, number>;
  distinct: Failure[];
  fuzzSeconds: number;
  seconds: number;
  seed: number;
  checkSource: string;
  jobs: number;
}): string {
  const lines = [
    `fuzz: seed ${s.seed}, ${s.jobs} job(s), document check: ${s.checkSource}`,
    `${s.cases} cases, ${s.commands} commands in ${s.fuzzSeconds.toFixed(1)} s (${s.seconds.toFixed(1)} s with minimizing)`,
    ...CASE_CLASSES.map((c) => `  ${c.padEnd(13)} ${String(s.counts[c]).padStart(6)}${FAILING_CLASSES.includes(c) && s.counts[c] > 0 ? '  FAIL' : ''}`),
  ];
  if (s.distinct.length > 0) {
    lines.push(`${s.distinct.length} distinct problem(s):`);
    for (const f of s.distinct) {
      lines.push(`  [${f.klass}] ×${f.count} ${f.reason}`);
      lines.push(`      from: ${f.label.length > 150 ? `${f.label.slice(0, 147)}...` : f.label}${f.file ? `\n      reproducer: ${f.file}` : ''}`);
    }
  }
  const failing = FAILING_CLASSES.filter((c) => s.counts[c] > 0);
  lines.push(failing.length > 0 ? `FAILED: ${failing.map((c) => `${s.counts[c]} ${c}`).join(', ')}` : 'passed: no crash, hang, bad output or inconsistency');
  return `${lines.join('\n')}\n`;
}
