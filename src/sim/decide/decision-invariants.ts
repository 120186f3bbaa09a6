/**
 * Invariants of the decision documents (kind "odds", "size", "pilot" and "sensitivity"): what every such document must
 * satisfy whatever the scenario. checkDocumentInvariants hands documents with these kinds here.
 */

import { checkPilot, checkSensitivity } from './decision-invariants-more.js';
import { checkInterval, isCount, isObject, isProbability } from './invariant-checks.js';

type Json = Record<string, unknown>;

/** Every broken invariant of a decision document (empty when it holds). */
export function checkDecisionInvariants(doc: Json): string[] {
  const out: string[] = [];
  if (!Number.isInteger(doc.schemaVersion) || (doc.schemaVersion as number) < 1) out.push('$.schemaVersion: not a version number');
  if (!isObject(doc.scenario)) out.push('$.scenario: missing');
  if (doc.kind === 'odds') checkOdds(doc, out);
  else if (doc.kind === 'size') checkSize(doc, out);
  else if (doc.kind === 'pilot') checkPilot(doc, out);
  else if (doc.kind === 'sensitivity') checkSensitivity(doc, out);
  else out.push(`$.kind: unknown decision document kind ${JSON.stringify(doc.kind)}`);
  return out;
}

function checkOdds(doc: Json, out: string[]): void {
  const assets = isObject(doc.assets) ? doc.assets : {};
  if (!isCount(assets.count) || (assets.count as number) < 1) out.push('$.assets.count: a set holds at least one asset');
  if (assets.campaign !== null && typeof assets.campaign !== 'string') out.push('$.assets.campaign: a campaign name or null (a re-run needs it)');
  else if (typeof assets.campaign === 'string' && Array.isArray(assets.campaigns) && !assets.campaigns.every((c: unknown) => isObject(c) && typeof c.name === 'string' && c.name.startsWith(assets.campaign as string))) {
    out.push('$.assets.campaigns: a campaign outside the one asked for');
  }
  const procedure = isObject(doc.procedure) ? doc.procedure : {};
  if (!Array.isArray(doc.odds) || doc.odds.length === 0) {
    out.push('$.odds: at least one model');
    return;
  }
  doc.odds.forEach((o: unknown, i) => {
    const at = `$.odds[${i}]`;
    if (!isObject(o)) return out.push(`${at}: not an object`);
    const n = o.replications;
    if (!isCount(n) || n < 1) out.push(`${at}.replications: ${String(n)} is not a whole number of 1 or more`);
    if (typeof procedure.maxReplications === 'number' && typeof n === 'number' && n > procedure.maxReplications) out.push(`${at}.replications: ${n} above the cap ${procedure.maxReplications}`);
    if (!isCount(o.completeByDeadline) || (o.completeByDeadline as number) > (n as number)) out.push(`${at}.completeByDeadline: not a count within the replications`);
    if (!isCount(o.incompleteAtHorizon) || (o.incompleteAtHorizon as number) + (o.completeByDeadline as number) > (n as number)) out.push(`${at}.incompleteAtHorizon: complete by the deadline and never complete together exceed the replications`);
    if (!isProbability(o.probability)) out.push(`${at}.probability: ${String(o.probability)} not in [0, 1]`);
    else if (typeof n === 'number' && Math.abs(o.probability - (o.completeByDeadline as number) / n) > 1e-8) out.push(`${at}.probability: not completeByDeadline / replications`);
    checkInterval(o.ci95, `${at}.ci95`, out, o.probability);
    if (Array.isArray(o.ci95) && !o.ci95.every(isProbability)) out.push(`${at}.ci95: bounds not in [0, 1]`);
    if (o.stoppedBy === 'precision' && typeof procedure.precision === 'number' && Array.isArray(o.ci95)) {
      const half = ((o.ci95[1] as number) - (o.ci95[0] as number)) / 2;
      if (half > procedure.precision + 1e-9) out.push(`${at}.stoppedBy: "precision" with a half-width ${half} above ${procedure.precision}`);
    }
    checkCurve(o, at, typeof doc.deadlineHours === 'number' ? doc.deadlineHours : NaN, out);
    const completion = Array.isArray(o.completion) ? o.completion : [];
    let previous = -Infinity;
    completion.forEach((c: unknown, j) => {
      const cat = `${at}.completion[${j}]`;
      if (!isObject(c)) return out.push(`${cat}: not an object`);
      if (!isProbability(c.probability)) out.push(`${cat}.probability: not in [0, 1]`);
      const hours = c.hoursFromStart;
      if (c.withinHorizon !== (hours !== null)) out.push(`${cat}: withinHorizon disagrees with hoursFromStart`);
      if ((c.date === null) !== (hours === null)) out.push(`${cat}: date and hoursFromStart disagree`);
      checkInterval(c.ci95Hours, `${cat}.ci95Hours`, out, hours);
      const h = typeof hours === 'number' ? hours : Infinity;
      if (h < previous) out.push(`${cat}.hoursFromStart: earlier than the date of a lower probability`);
      previous = h;
      if (typeof hours === 'number' && typeof doc.deadlineHours === 'number') {
        // The share complete by the deadline and the quantiles agree: done by the deadline with probability ≥ q ⇔ the q-date is by the deadline.
        const byDeadline = (o.probability as number) >= (c.probability as number);
        if (byDeadline !== hours <= doc.deadlineHours + 1e-6) out.push(`${cat}: the ${c.probability} date ${hours} h and the probability ${String(o.probability)} by the deadline (${doc.deadlineHours} h) disagree`);
      }
    });
  });
}

function checkSize(doc: Json, out: string[]): void {
  if (!isProbability(doc.confidence)) out.push('$.confidence: not in [0, 1]');
  const procedure = isObject(doc.procedure) ? doc.procedure : {};
  const targets = Array.isArray(doc.targets) ? doc.targets : [];
  const candidates = Array.isArray(doc.candidates) ? doc.candidates : [];
  if (candidates.length === 0) out.push('$.candidates: at least one candidate');
  let total = 0;
  candidates.forEach((c: unknown, i) => {
    const at = `$.candidates[${i}]`;
    if (!isObject(c)) return out.push(`${at}: not an object`);
    const n = c.replications;
    if (!isCount(n) || n < 1) out.push(`${at}.replications: not a whole number of 1 or more`);
    else total += n;
    if (typeof procedure.maxReplications === 'number' && typeof n === 'number' && n > procedure.maxReplications) out.push(`${at}.replications: ${n} above the cap`);
    if (Array.isArray(procedure.looks) && !procedure.looks.includes(n)) out.push(`${at}.replications: ${String(n)} is not one of the looks`);
    const cost = isObject(c.cost) ? c.cost : {};
    checkInterval(cost.ci95, `${at}.cost.ci95`, out, cost.mean);
    const checks = Array.isArray(c.targets) ? c.targets : [];
    if (checks.length !== targets.length) out.push(`${at}.targets: ${checks.length} checks for ${targets.length} targets`);
    const verdicts = checks.map((t: unknown, j) => {
      if (!isObject(t)) return 'undecided';
      checkInterval(t.interval, `${at}.targets[${j}].interval`, out, t.mean);
      const target = isObject(targets[j]) ? targets[j] : {};
      const [lo, hi] = Array.isArray(t.interval) ? (t.interval as Array<number | null>) : [null, null];
      const bound = target.value as number;
      // The verdict follows from the interval and the bound.
      if (t.verdict === 'meets' && !(target.op === '<=' ? hi !== null && hi <= bound : lo !== null && lo >= bound)) out.push(`${at}.targets[${j}]: "meets" but the interval is not on the target's side`);
      if (t.verdict === 'fails' && t.mean !== null && !(target.op === '<=' ? lo !== null && lo > bound : hi !== null && hi < bound)) out.push(`${at}.targets[${j}]: "fails" but the interval is not past the bound`);
      return t.verdict;
    });
    const combined = verdicts.includes('fails') ? 'fails' : verdicts.every((v) => v === 'meets') ? 'meets' : 'undecided';
    if (c.verdict !== combined) out.push(`${at}.verdict: ${String(c.verdict)}, but its targets say ${combined}`);
    if ((c.verdict === 'undecided') === (c.stoppedBy === 'decided')) out.push(`${at}.stoppedBy: ${String(c.stoppedBy)} with the verdict ${String(c.verdict)}`);
    if (c.stoppedBy === 'dominated') {
      const by = isCount(c.dominatedBy) ? candidates[c.dominatedBy as number] : undefined;
      if (!isObject(by) || by.verdict !== 'meets') out.push(`${at}.dominatedBy: not a candidate that meets every target`);
    }
  });
  if (doc.replicationsTotal !== total) out.push(`$.replicationsTotal: ${String(doc.replicationsTotal)}, the candidates received ${total}`);
  const answer = isObject(doc.answer) ? doc.answer : {};
  if (answer.status === 'meets') {
    const chosen = candidates[answer.candidate as number];
    if (!isObject(chosen) || chosen.verdict !== 'meets') out.push('$.answer.candidate: not a candidate that meets every target');
    else {
      const cheaper = candidates.find((c) => isObject(c) && c.verdict === 'meets' && (c.cost as Json).mean !== null && ((c.cost as Json).mean as number) < ((chosen.cost as Json).mean as number));
      if (cheaper) out.push('$.answer.candidate: a cheaper candidate meets every target');
    }
  } else if (answer.status === 'none' || answer.status === 'undecided') {
    if (candidates.some((c) => isObject(c) && c.verdict === 'meets')) out.push(`$.answer.status: ${answer.status}, but a candidate meets every target`);
  } else out.push(`$.answer.status: ${String(answer.status)}`);
  const pareto = Array.isArray(doc.pareto) ? doc.pareto : [];
  pareto.forEach((p: unknown, i) => {
    const list = isObject(p) && Array.isArray(p.candidates) ? p.candidates : [];
    if (list.some((k) => !isCount(k) || (k as number) >= candidates.length)) out.push(`$.pareto[${i}]: names a candidate that does not exist`);
  });
}

/** The completion curve: one entry per replication, ascending, nulls (never complete) last, agreeing with the counts. */
function checkCurve(o: Json, at: string, deadlineHours: number, out: string[]): void {
  const hours = o.completionHours;
  if (!Array.isArray(hours)) return void out.push(`${at}.completionHours: missing (the probability-by-date curve)`);
  if (hours.length !== o.replications) out.push(`${at}.completionHours: ${hours.length} entries for ${String(o.replications)} replications`);
  const done = hours.filter((h): h is number => typeof h === 'number');
  if (hours.slice(done.length).some((h) => h !== null) || done.some((h, i) => i > 0 && h < done[i - 1])) out.push(`${at}.completionHours: not ascending with the never-complete (null) last`);
  if (hours.length - done.length !== o.incompleteAtHorizon) out.push(`${at}.completionHours: ${hours.length - done.length} never complete, incompleteAtHorizon says ${String(o.incompleteAtHorizon)}`);
  const slack = Math.abs(deadlineHours) * 1e-8;
  const surely = done.filter((h) => h < deadlineHours - slack).length;
  const maybe = done.filter((h) => h <= deadlineHours + slack).length;
  if (typeof o.completeByDeadline === 'number' && (o.completeByDeadline < surely || o.completeByDeadline > maybe)) out.push(`${at}.completionHours: ${surely}–${maybe} complete by the deadline, completeByDeadline says ${o.completeByDeadline}`);
}
