import type { DocumentCheck } from './classify.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Metrics whose mean is a share of something: between 0 and 1. */
const SHARE = /^(reworkRate|reworkShare|sentBackShare|slaAttainment|agendaDiscussedShare|agendaItemsDiscussedShare|waitingProbability|utilization)/;
/** Metrics that count or sum something: never negative. */
const NON_NEGATIVE = /^(assets|pings|escalations|meetings|meetingMoves|adHocCalls|clarificationQuestions|preflightCatches|personHours|cycleTime|makespan|firstResponse|waiting|throughput|queueLength|workInProgress|reviewRounds|rollovers)/;

/**
 * The fuzzer's own check of a result document, used until the project's validator
 * (`checkDocumentInvariants`) is built: finite numbers, shares in [0, 1], counts ≥ 0,
 * p50 ≤ p90 ≤ p95, ci95 ordered, one result per model.
 */
export const localDocumentCheck: DocumentCheck = (doc) => {
  const problems: string[] = [];
  if (!isObject(doc) || !Array.isArray(doc.results)) return ['not a result document (no results list)'];
  const models = doc.results.map((r) => (isObject(r) ? r.model : null));
  if (new Set(models).size !== models.length) problems.push(`a model is listed twice: ${models.join(', ')}`);
  for (const result of doc.results) {
    if (!isObject(result) || !isObject(result.metrics)) {
      problems.push('a result without metrics');
      continue;
    }
    for (const [name, metric] of Object.entries(result.metrics)) {
      if (metric === null) continue;
      if (!isObject(metric)) {
        problems.push(`${result.model}.${name}: not an estimate`);
        continue;
      }
      problems.push(...checkEstimate(`${result.model}.${name}`, name, metric));
    }
  }
  return problems;
};

function checkEstimate(where: string, name: string, m: Record<string, Json>): string[] {
  const problems: string[] = [];
  const mean = m.mean;
  if (typeof mean !== 'number' || !Number.isFinite(mean)) return [`${where}.mean is ${JSON.stringify(mean)}`];
  if (SHARE.test(name) && (mean < -1e-9 || mean > 1 + 1e-9)) problems.push(`${where}.mean = ${mean} is outside [0, 1]`);
  if (NON_NEGATIVE.test(name) && mean < -1e-9) problems.push(`${where}.mean = ${mean} is negative`);
  if (typeof m.sd === 'number' && m.sd < 0) problems.push(`${where}.sd = ${m.sd} is negative`);
  const ci = m.ci95;
  if (Array.isArray(ci) && typeof ci[0] === 'number' && typeof ci[1] === 'number' && !(ci[0] <= mean + 1e-9 && mean <= ci[1] + 1e-9)) {
    problems.push(`${where}.ci95 [${ci[0]}, ${ci[1]}] does not hold the mean ${mean}`);
  }
  const { p50, p90, p95 } = m;
  if (typeof p50 === 'number' && typeof p90 === 'number' && typeof p95 === 'number' && !(p50 <= p90 && p90 <= p95)) {
    problems.push(`${where}: p50 ${p50}, p90 ${p90}, p95 ${p95} out of order`);
  }
  return problems;
}

/**
 * The project's result-document validator when it is built (dist/src/sim/document-invariants.js),
 * joined with the local check; else the local check alone.
 */
export async function loadDocumentCheck(distRoot: URL): Promise<{ check: DocumentCheck; source: string }> {
  const url = new URL('src/sim/document-invariants.js', distRoot);
  try {
    const module = (await import(url.href)) as { checkDocumentInvariants?: (doc: unknown) => string[] };
    const project = module.checkDocumentInvariants;
    if (typeof project === 'function') {
      return { check: (doc) => [...project(doc), ...localDocumentCheck(doc)], source: 'checkDocumentInvariants + local' };
    }
  } catch {
    // Not built yet: the local check stands in.
  }
  return { check: localDocumentCheck, source: 'local' };
}
