import { checkInterval, isCount, isObject, isProbability } from '../decide/invariant-checks.js';
import { BACKTEST_SCHEMA_VERSION } from './backtest-document.js';
import { BACKTEST_METRICS } from './period-metrics.js';

type Json = Record<string, unknown>;
type Num = number | null;

/** Rounding to 9 digits may move a value a hair: comparisons allow for it. */
const slack = (x: number) => 1e-7 * Math.max(1, Math.abs(x));
const within = (x: number, band: Num[]) => typeof band[0] === 'number' && typeof band[1] === 'number' && x >= band[0] - slack(x) && x <= band[1] + slack(x);
const nonDecreasing = (xs: unknown[]) => xs.every((x, i) => i === 0 || x === null || xs[i - 1] === null || (x as number) >= (xs[i - 1] as number) - slack(x as number));

/** Every broken invariant of a backtest document (empty when it holds). */
export function checkBacktestInvariants(doc: Json): string[] {
  const out: string[] = [];
  if (doc.schemaVersion !== BACKTEST_SCHEMA_VERSION) out.push(`$.schemaVersion: ${String(doc.schemaVersion)} is not the backtest schema version ${BACKTEST_SCHEMA_VERSION}`);
  if (!isObject(doc.scenario)) out.push('$.scenario: missing');
  if (!isCount(doc.replications) || (doc.replications as number) < 1) out.push('$.replications: not a whole number of 1 or more');
  const audit = isObject(doc.audit) ? doc.audit : {};
  const split = isObject(doc.split) ? doc.split : {};
  const later = isObject(split.later) ? split.later : {};
  const earlier = isObject(split.earlier) ? split.earlier : {};
  if (!isCount(audit.rows) || !isCount(audit.assets) || (audit.assets as number) > (audit.rows as number)) out.push('$.audit: rows and assets are counts, no more assets than rows');
  if (typeof split.at !== 'string' || !(split.at > String(audit.from)) || !(split.at < String(audit.to))) out.push(`$.split.at: ${String(split.at)} not strictly inside the audit (${String(audit.from)} to ${String(audit.to)})`);
  if ((split.rule === 'holdout') !== (typeof split.holdoutShare === 'number' && split.holdoutShare > 0 && split.holdoutShare < 1)) out.push('$.split.holdoutShare: a share in (0, 1) exactly when the rule is holdout');
  if (!isCount(later.assets) || !isCount(later.approved) || (later.approved as number) > (later.assets as number)) out.push('$.split.later: approved assets are among the assets of the period');
  if (!isCount(earlier.assets) || (earlier.assets as number) + (later.assets as number) > (audit.assets as number)) out.push('$.split: the earlier and later assets together exceed the audit\'s');
  if (!(typeof later.hours === 'number' && later.hours > 0)) out.push('$.split.later.hours: the later period lasts longer than zero');
  const wip = isObject(doc.workInProgress) ? doc.workInProgress : {};
  if (!isCount(wip.atSplit) || !(typeof wip.warmupHours === 'number' && wip.warmupHours > 0)) out.push('$.workInProgress: a count at the split and a warm-up longer than zero');
  if (doc.fit !== null && !isObject(doc.fit)) out.push('$.fit: an object, or null without a fit');
  checkMetrics(doc, out);
  const ecdf = isObject(doc.ecdf) ? doc.ecdf : {};
  const p = ecdf.probabilities;
  if (!Array.isArray(p) || p[0] !== 0 || p[p.length - 1] !== 1 || !nonDecreasing(p)) out.push('$.ecdf.probabilities: ascending from 0 to 1');
  for (const side of ['realHours', 'simulatedHours'] as const) {
    const xs = ecdf[side];
    if (!Array.isArray(xs) || !Array.isArray(p) || xs.length !== p.length) out.push(`$.ecdf.${side}: one quantile per probability`);
    else if (!nonDecreasing(xs) || xs.some((x) => x !== null && (x as number) < 0)) out.push(`$.ecdf.${side}: quantiles of cycle times are non-negative and non-decreasing`);
  }
  return out;
}

function checkMetrics(doc: Json, out: string[]): void {
  const metrics = Array.isArray(doc.metrics) ? doc.metrics : [];
  const keys = metrics.map((m) => (isObject(m) ? m.key : undefined));
  if (keys.join() !== BACKTEST_METRICS.map((m) => m.key).join()) out.push(`$.metrics: the metrics ${BACKTEST_METRICS.map((m) => m.key).join(', ')} in this order`);
  const outsideFamily: string[] = [];
  let judged = 0;
  metrics.forEach((m: unknown, i) => {
    const at = `$.metrics[${i}]`;
    if (!isObject(m)) return out.push(`${at}: not an object`);
    const real = m.real as Num, simulated = m.simulated as Num;
    const band95 = m.band95 as Num[], family = m.bandFamily as Num[];
    checkInterval(m.realCi95, `${at}.realCi95`, out);
    checkInterval(band95, `${at}.band95`, out, simulated ?? undefined);
    checkInterval(family, `${at}.bandFamily`, out);
    if (typeof band95?.[0] === 'number' && typeof family?.[0] === 'number' && (family[0] > band95[0] + slack(band95[0]) || (family[1] as number) < (band95[1] as number) - slack(band95[1] as number))) {
      out.push(`${at}.bandFamily: narrower than the 95% band (it is widened for the metrics together)`);
    }
    if (m.unit === 'share') for (const x of [real, simulated, ...(band95 ?? []), ...(family ?? [])]) if (x !== null && !isProbability(x)) out.push(`${at}: share ${x} not in [0, 1]`);
    if (m.unit === 'hours' || m.unit === 'assetsPerWeek') for (const x of [real, simulated]) if (x !== null && x < 0) out.push(`${at}: ${x} below zero`);
    if (real !== null && simulated !== null && (typeof m.error !== 'number' || Math.abs(m.error - (simulated - real)) > slack(Math.abs(simulated) + Math.abs(real)))) out.push(`${at}.error: not simulated − real`);
    const known = real !== null && typeof band95?.[0] === 'number';
    const verdict = !known ? 'undetermined' : within(real, band95) ? 'pass' : 'fail';
    if (m.verdict !== verdict) out.push(`${at}.verdict: ${String(m.verdict)}, but the real value ${String(real)} against [${band95?.join(', ')}] says ${verdict}`);
    if (m.inside !== (verdict === 'undetermined' ? null : verdict === 'pass')) out.push(`${at}.inside: disagrees with the verdict`);
    if (known) {
      judged++;
      if (!within(real, family)) outsideFamily.push(String(m.key));
    }
  });
  const verdict = isObject(doc.verdict) ? doc.verdict : {};
  const failed = Array.isArray(verdict.failed) ? verdict.failed : [];
  if (failed.join() !== outsideFamily.join()) out.push(`$.verdict.failed: [${failed.join(', ')}], but outside their widened bands: [${outsideFamily.join(', ')}]`);
  const overall = judged === 0 ? 'undetermined' : outsideFamily.length === 0 ? 'pass' : 'fail';
  if (verdict.overall !== overall) out.push(`$.verdict.overall: ${String(verdict.overall)}, the metrics say ${overall}`);
}
