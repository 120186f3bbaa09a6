// Invariants of the pilot and sensitivity documents (see decision-invariants.ts for the others).
import { checkInterval, isCount, isObject, isProbability } from './invariant-checks.js';

type Json = Record<string, unknown>;

/** A rejection rate: rate = rejections / replications inside its interval; counts within the replications. */
function checkRate(v: unknown, n: number, at: string, out: string[]): number | null {
  if (!isObject(v)) {
    out.push(`${at}: not an object`);
    return null;
  }
  if (!isCount(v.rejections) || !isCount(v.untestable) || (v.rejections as number) + (v.untestable as number) > n) out.push(`${at}: rejections and untestable pilots exceed the replications`);
  if (!isProbability(v.rate)) out.push(`${at}.rate: ${String(v.rate)} not in [0, 1]`);
  else if (Math.abs(v.rate - (v.rejections as number) / n) > 1e-8) out.push(`${at}.rate: not rejections / replications`);
  checkInterval(v.ci95, `${at}.ci95`, out, v.rate);
  return isProbability(v.rate) ? v.rate : null;
}

/** Pilot document: lengths 1…span in order, rates consistent, the weeks needed the first length reaching the target. */
export function checkPilot(doc: Json, out: string[]): void {
  const n = doc.replications;
  if (!isCount(n) || n < 1) return void out.push('$.replications: not a whole number of 1 or more');
  if (!isProbability(doc.alpha) || !isProbability(doc.powerTarget)) out.push('$.alpha, $.powerTarget: not in [0, 1]');
  const lengths = Array.isArray(doc.lengths) ? doc.lengths : [];
  const search = isObject(doc.weeksForPower) ? doc.weeksForPower : {};
  if (lengths.length === 0 || lengths.length !== search.searchedUpToWeeks) out.push('$.lengths: one per week up to weeksForPower.searchedUpToWeeks');
  const first: Record<string, number | null> = { cycleTime: null, rework: null };
  lengths.forEach((l: unknown, i) => {
    const at = `$.lengths[${i}]`;
    if (!isObject(l)) return out.push(`${at}: not an object`);
    if (l.weeks !== i + 1) out.push(`${at}.weeks: ${String(l.weeks)}, expected ${i + 1}`);
    const power = isObject(l.power) ? l.power : {};
    const without = isObject(l.withoutPilot) ? l.withoutPilot : {};
    for (const test of ['cycleTime', 'rework'] as const) {
      const rate = checkRate(power[test], n, `${at}.power.${test}`, out);
      checkRate(without[test], n, `${at}.withoutPilot.${test}`, out);
      if (rate !== null && first[test] === null && rate >= (doc.powerTarget as number)) first[test] = i + 1;
    }
    const diff = isObject(l.medianDifferenceHours) ? l.medianDifferenceHours : {};
    checkInterval(diff.ci95, `${at}.medianDifferenceHours.ci95`, out, diff.mean);
  });
  for (const test of ['cycleTime', 'rework'] as const) {
    if (search[test] !== first[test]) out.push(`$.weeksForPower.${test}: ${String(search[test])}, but the first length reaching the target is ${String(first[test])}`);
  }
  const mde = doc.minimumDetectable;
  if (isObject(mde)) {
    const c = isObject(mde.cycleTimeHours) ? mde.cycleTimeHours : {};
    const r = isObject(mde.reworkRate) ? mde.reworkRate : {};
    for (const [k, v] of Object.entries({ faster: c.faster, slower: c.slower, lower: r.lower, higher: r.higher })) {
      if (v !== null && !(typeof v === 'number' && v > 0)) out.push(`$.minimumDetectable: ${k} ${String(v)} is not a positive difference or null`);
    }
    if (typeof r.baseline === 'number' && typeof r.higher === 'number' && r.baseline + r.higher > 1 + 1e-9) out.push('$.minimumDetectable.reworkRate.higher: past a share of 1');
    if (typeof r.baseline === 'number' && typeof r.lower === 'number' && r.baseline - r.lower < -1e-9) out.push('$.minimumDetectable.reworkRate.lower: below a share of 0');
  } else if (mde !== null) out.push('$.minimumDetectable: an object or null');
}

/** Sensitivity document: levers ranked by swing, each side's paired difference consistent with its means. */
export function checkSensitivity(doc: Json, out: string[]): void {
  const base = isObject(doc.baseline) ? doc.baseline : {};
  checkInterval(base.ci95, '$.baseline.ci95', out, base.mean);
  const levers = Array.isArray(doc.levers) ? doc.levers : [];
  let previous = Infinity;
  levers.forEach((l: unknown, i) => {
    const at = `$.levers[${i}]`;
    if (!isObject(l)) return out.push(`${at}: not an object`);
    if (typeof l.swing !== 'number' || l.swing < 0) return out.push(`${at}.swing: not a non-negative number`);
    if (l.swing > previous + 1e-9) out.push(`${at}.swing: ranked above a larger swing`);
    previous = l.swing;
    let largest = 0;
    for (const side of ['low', 'high'] as const) {
      const s = l[side];
      if (!isObject(s)) {
        out.push(`${at}.${side}: not an object`);
        continue;
      }
      checkInterval(s.ci95, `${at}.${side}.ci95`, out, s.mean);
      const d = isObject(s.difference) ? s.difference : {};
      checkInterval(d.ci95, `${at}.${side}.difference.ci95`, out, d.mean);
      if (typeof d.mean === 'number') largest = Math.max(largest, Math.abs(d.mean));
      if (typeof d.mean === 'number' && typeof s.mean === 'number' && typeof base.mean === 'number' && s.pairs === doc.replications) {
        const slack = 1e-6 * Math.max(1, Math.abs(base.mean as number));
        if (Math.abs(s.mean - base.mean - d.mean) > slack) out.push(`${at}.${side}: difference ${d.mean} is not mean − baseline (${s.mean} − ${String(base.mean)})`);
      }
    }
    if (Math.abs(largest - l.swing) > 1e-6 * Math.max(1, largest)) out.push(`${at}.swing: ${l.swing}, the larger paired difference is ${largest}`);
  });
  if (isObject(doc.morris)) checkMorris(doc.morris, levers.length, out);
  const inapplicable = Array.isArray(doc.notApplicable) ? doc.notApplicable : [];
  const run = new Set(levers.map((l) => (isObject(l) ? l.parameter : null)));
  for (const p of inapplicable) if (isObject(p) && run.has(p.parameter)) out.push(`$.notApplicable: ${String(p.parameter)} is also run`);
}

/** Elementary effects: one row per lever, ranked by μ*, μ* ≥ |μ|, at most one effect per trajectory. */
function checkMorris(m: Json, levers: number, out: string[]): void {
  const rows = Array.isArray(m.levers) ? m.levers : [];
  if (rows.length !== levers) out.push(`$.morris.levers: ${rows.length} rows for ${levers} levers`);
  let previous = Infinity;
  rows.forEach((r: unknown, i) => {
    const at = `$.morris.levers[${i}]`;
    if (!isObject(r)) return out.push(`${at}: not an object`);
    if (!isCount(r.effects) || (r.effects as number) > (m.trajectories as number)) out.push(`${at}.effects: more than one per trajectory`);
    if (typeof r.muStar !== 'number') return;
    if (r.muStar > previous + 1e-9) out.push(`${at}.muStar: ranked above a larger mu*`);
    previous = r.muStar;
    if (typeof r.mu === 'number' && Math.abs(r.mu) > r.muStar * (1 + 1e-9) + 1e-12) out.push(`${at}.mu: |mu| ${Math.abs(r.mu)} above mu* ${r.muStar}`);
  });
}
