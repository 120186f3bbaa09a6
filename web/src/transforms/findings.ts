import { cycleTimeCurves } from './cycle-time.js';
import { estimateBars } from './estimates.js';
import { formatHours, formatNumber, formatPercent } from './format.js';
import type { DistributionEstimate, ResultDocument } from './sim-types.js';

/** The lowest and highest model of a figure, or null when fewer than two models have it. */
function extremes<T extends { model: string }>(items: readonly T[], value: (t: T) => number | null): { low: T; high: T; same: boolean } | null {
  const present = items.filter((t) => value(t) !== null);
  if (present.length < 2) return null;
  const low = present.reduce((a, b) => (value(b)! < value(a)! ? b : a));
  const high = present.reduce((a, b) => (value(b)! > value(a)! ? b : a));
  return { low, high, same: value(low) === value(high) };
}

/** What the numbers say in words: each model's warnings first (work it cannot process), then the contrasts. */
export function findings(doc: ResultDocument): string[] {
  const warnings = doc.results.flatMap((r) => (r.warnings ?? []).map((w) => `Warning (${r.model}): ${w}.`));
  return [...warnings, ...numberFindings(doc)];
}

/** A few plain sentences on what the numbers say: fastest, least rework, cheapest (all measured). */
function numberFindings(doc: ResultDocument): string[] {
  if (doc.results.length < 2) {
    const r = doc.results[0];
    const ct = r?.metrics.cycleTimeHours as DistributionEstimate | null;
    return ct ? [`Under ${r.model}, half the assets are approved within ${formatHours(ct.p50)} and 90% within ${formatHours(ct.p90)}.`] : [];
  }
  const out: string[] = [];
  const noApprovals = cycleTimeCurves(doc).filter((c) => c.p90 === null).map((c) => c.model);
  const speed = extremes(cycleTimeCurves(doc), (c) => c.p90);
  if (speed && !speed.same) out.push(`Fastest to approval: ${speed.low.model}, 90% of assets within ${formatHours(speed.low.p90)}; slowest: ${speed.high.model}, ${formatHours(speed.high.p90)}.`);
  if (noApprovals.length) out.push(`No asset was approved in the measurement window under ${noApprovals.join(', ')}.`);
  const rework = extremes(estimateBars(doc, 'reworkRate'), (b) => b.mean);
  const revised = 'of approved assets needed more than one revision';
  if (rework && rework.same) out.push(`The rework rate is the same under every model: ${formatPercent(rework.low.mean)} ${revised}.`);
  else if (rework) out.push(`Lowest rework rate: ${rework.low.model} (${formatPercent(rework.low.mean)} ${revised}); highest: ${rework.high.model} (${formatPercent(rework.high.mean)}).`);
  const sentBack = extremes(estimateBars(doc, 'sentBackShare'), (b) => b.mean);
  if (sentBack && !sentBack.same) out.push(`Fewest sent back at least once: ${sentBack.low.model} (${formatPercent(sentBack.low.mean)}); most: ${sentBack.high.model} (${formatPercent(sentBack.high.mean)}).`);
  const hours = extremes(estimateBars(doc, 'personHoursPerAsset'), (b) => b.mean);
  if (hours && !hours.same) out.push(`Cheapest per approved asset: ${hours.low.model} (${formatNumber(hours.low.mean)} person-hours); dearest: ${hours.high.model} (${formatNumber(hours.high.mean)}).`);
  return out;
}
