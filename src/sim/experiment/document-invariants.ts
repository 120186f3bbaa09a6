/**
 * The one validator of result documents (run, compare and sweep): what every document must satisfy
 * whatever the scenario, so that a wrong number is caught where it is produced. Tests run it on
 * every document they make; the fuzzer runs it on every document the CLI prints.
 */

import { checkDecisionInvariants } from '../decide/decision-invariants.js';

type Json = Record<string, unknown>;

/** Metrics that are shares of something: their mean lies in [0, 1]. */
const SHARE = /^(reworkRate|reworkShare|slaAttainment$|waitingProbability$|agendaDiscussedShare$|utilization)/;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Every broken invariant of a result or sweep document, as "path: what is wrong" (path in JSON
 * dot-and-bracket form, e.g. `results[1].metrics.utilizationReviewer.mean`); empty when it holds.
 */
export function checkDocumentInvariants(doc: unknown): string[] {
  const out: string[] = [];
  noNonFinite(doc, '$', out);
  if (!isObject(doc)) return [...out, '$: a result document is an object'];
  if (typeof doc.kind === 'string') return [...out, ...checkDecisionInvariants(doc)];
  if (!Number.isInteger(doc.replications) || (doc.replications as number) < 1) out.push(`$.replications: ${String(doc.replications)} is not a whole number of 1 or more`);
  const scenario = doc.scenario;
  if (isObject(scenario)) {
    const h = scenario.horizonHours, w = scenario.warmupHours;
    if (typeof h === 'number' && typeof w === 'number' && !(w >= 0 && w < h)) out.push(`$.scenario: warm-up ${w} h is not in [0, horizon ${h} h)`);
  } else out.push('$.scenario: missing');
  const warmupHours = isObject(scenario) ? scenario.warmupHours : undefined;
  if (Array.isArray(doc.points)) {
    doc.points.forEach((p, i) => checkResults(isObject(p) ? p.results : undefined, `$.points[${i}].results`, out, warmupHours));
  } else {
    checkResults(doc.results, '$.results', out, warmupHours);
  }
  return out;
}

function checkResults(results: unknown, path: string, out: string[], warmupHours: unknown): void {
  if (!Array.isArray(results) || results.length === 0) {
    out.push(`${path}: a document holds at least one model's results`);
    return;
  }
  const models = results.map((r) => (isObject(r) ? r.model : undefined));
  models.forEach((m, i) => {
    if (models.indexOf(m) !== i) out.push(`${path}[${i}].model: "${String(m)}" is listed twice`);
  });
  results.forEach((r, i) => {
    if (isObject(r)) {
      checkModel(r, `${path}[${i}]`, out);
      checkConservation(r, `${path}[${i}].metrics`, out, warmupHours === 0);
    }
    else out.push(`${path}[${i}]: not an object`);
  });
}

function checkModel(r: Json, path: string, out: string[]): void {
  if (!isObject(r.metrics)) {
    out.push(`${path}.metrics: missing`);
    return;
  }
  for (const [name, m] of Object.entries(r.metrics)) {
    if (m === null) continue;
    const at = `${path}.metrics.${name}`;
    if (!isObject(m)) {
      out.push(`${at}: neither an estimate nor null`);
      continue;
    }
    checkEstimate(m, at, out);
    const mean = m.mean;
    if (typeof mean !== 'number') continue;
    if (mean < 0) out.push(`${at}.mean: ${mean} is negative (every metric counts, times or shares something)`);
    if (SHARE.test(name) && mean > 1) out.push(`${at}.mean: ${mean} is above 1 (a share or utilisation)`);
    if ('p50' in m) {
      const [p50, p90, p95] = [m.p50, m.p90, m.p95];
      if (typeof p50 !== 'number' || typeof p90 !== 'number' || typeof p95 !== 'number') out.push(`${at}: percentiles missing`);
      else if (!(p50 >= 0 && p50 <= p90 && p90 <= p95)) out.push(`${at}: p50 ${p50} ≤ p90 ${p90} ≤ p95 ${p95} does not hold`);
    }
  }
  if (isObject(r.versusFirst)) {
    for (const [name, d] of Object.entries(r.versusFirst)) {
      if (isObject(d)) checkEstimate(d, `${path}.versusFirst.${name}`, out);
    }
  }
  checkQuantiles(r.cycleTimeQuantiles, `${path}.cycleTimeQuantiles`, out);
  checkSeries(r.series, `${path}.series`, out);
}

/**
 * No asset is lost: assets created = approved + open at the horizon (means across replications,
 * so up to rounding). With a warm-up only assets submitted after it count as approved, so created
 * is at least approved + open.
 */
function checkConservation(r: Json, at: string, out: string[], noWarmup: boolean): void {
  const m = r.metrics as Json;
  const mean = (name: string) => (isObject(m[name]) && typeof m[name].mean === 'number' ? (m[name].mean as number) : undefined);
  const created = mean('assetsCreated'), approved = mean('assetsApproved'), open = mean('assetsOpenAtHorizon');
  if (created === undefined || approved === undefined || open === undefined) return;
  const slack = 1e-6 * Math.max(1, created);
  if (noWarmup ? Math.abs(created - approved - open) > slack : created + slack < approved + open) {
    out.push(`${at}: assets created (${created}) ${noWarmup ? '≠' : '<'} approved (${approved}) + open at the horizon (${open})`);
  }
}

/** mean, sd ≥ 0 and ci95 = [lo, hi] with lo ≤ mean ≤ hi; null fields only when the mean is null. */
function checkEstimate(m: Json, at: string, out: string[]): void {
  const { mean, sd, ci95 } = m;
  if (mean === null) return;
  if (typeof mean !== 'number') {
    out.push(`${at}.mean: not a number`);
    return;
  }
  if (typeof sd !== 'number' || sd < 0) out.push(`${at}.sd: ${String(sd)} is not a number ≥ 0`);
  if (!Array.isArray(ci95) || ci95.length !== 2 || typeof ci95[0] !== 'number' || typeof ci95[1] !== 'number') {
    out.push(`${at}.ci95: not a pair of numbers`);
  } else if (!(ci95[0] <= mean && mean <= ci95[1])) {
    out.push(`${at}.ci95: [${ci95[0]}, ${ci95[1]}] does not contain the mean ${mean}`);
  }
}

function checkQuantiles(q: unknown, at: string, out: string[]): void {
  if (!isObject(q)) return void out.push(`${at}: missing`);
  const hours = q.hours;
  if (!Array.isArray(hours)) return void out.push(`${at}.hours: missing`);
  hours.forEach((h, i) => {
    if (typeof h !== 'number' || h < 0) out.push(`${at}.hours[${i}]: ${String(h)} is not a number ≥ 0`);
    else if (i > 0 && h < (hours[i - 1] as number)) out.push(`${at}.hours[${i}]: ${h} is below the quantile before it (${String(hours[i - 1])})`);
  });
}

function checkSeries(s: unknown, at: string, out: string[]): void {
  if (!isObject(s)) return void out.push(`${at}: missing`);
  const times = s.timeHours;
  if (!Array.isArray(times)) return void out.push(`${at}.timeHours: missing`);
  times.forEach((t, i) => {
    if (i > 0 && !((t as number) > (times[i - 1] as number))) out.push(`${at}.timeHours[${i}]: times must increase`);
  });
  for (const key of ['queueLength', 'oldestTicketAgeHours', 'workInProgress']) {
    const values = s[key];
    if (!Array.isArray(values) || values.length !== times.length) {
      out.push(`${at}.${key}: not one value per sample time`);
      continue;
    }
    values.forEach((v, i) => {
      if (typeof v !== 'number' || v < 0) out.push(`${at}.${key}[${i}]: ${String(v)} is not a number ≥ 0`);
    });
  }
}

/** No NaN or ±Infinity anywhere (JSON would print them as null, hiding the fault). */
function noNonFinite(v: unknown, at: string, out: string[]): void {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) out.push(`${at}: ${v} is not a finite number`);
  } else if (Array.isArray(v)) {
    v.forEach((x, i) => noNonFinite(x, `${at}[${i}]`, out));
  } else if (isObject(v)) {
    for (const [k, x] of Object.entries(v)) noNonFinite(x, `${at}.${k}`, out);
  }
}
