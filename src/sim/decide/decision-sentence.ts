import { formatAtOffset } from './deadline.js';
import type { DecisionDocument } from './decision-request.js';
import type { OddsDocument } from './odds-document.js';
import type { PilotDocument } from './pilot-document.js';
import type { SensitivityDocument } from './sensitivity-document.js';
import type { SizeDocument } from './size-document.js';

/** A number for a sentence: at most 3 significant digits, no trailing zeros. */
const n3 = (x: number) => String(Number(x.toPrecision(3)));
/** A share as a whole percent (or one decimal under 10%). */
const pct = (p: number) => `${p * 100 < 10 && p > 0 ? Number((p * 100).toFixed(1)) : Math.round(p * 100)}%`;
const unitOf = (metric: string) => (/Hours/.test(metric) ? ' h' : '');
const plural = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;

/** One lever's setting in words: "4 reviewers", "a 4-business-hour SLA", else "path = value". */
export function settingPhrase(path: string, value: unknown): string {
  const group = /^team\.([A-Za-z][\w-]*)\.count$/.exec(path);
  if (group && typeof value === 'number') return plural(value, group[1].replace(/s$/, ''), group[1].endsWith('s') ? group[1] : `${group[1]}s`);
  const duration = typeof value === 'string' ? /^(\d+(?:\.\d+)?)(bh|h|m|d|w)$/.exec(value) : null;
  const units: Record<string, string> = { bh: 'business-hour', h: 'hour', m: 'minute', d: 'day', w: 'week' };
  if (duration && path === 'async.sla.firstResponse') return `${/^(8|11|18)(\D|$)/.test(duration[1]) ? 'an' : 'a'} ${duration[1]}-${units[duration[2]]} SLA`;
  if (duration && path === 'async.escalation.after') return `escalation after ${duration[1]} ${units[duration[2]]}s`;
  return `${path} = ${typeof value === 'string' ? value : JSON.stringify(value)}`;
}

/** A target in words: "keep 90% of assets under 24 h", "keep reworkRate at most 0.2". */
export function targetPhrase(t: { metric: string; statistic: string; op: '<=' | '>='; value: number }): string {
  const bound = `${n3(t.value)}${unitOf(t.metric)}`;
  const p = /^p(\d+)$/.exec(t.statistic);
  if (t.metric === 'cycleTimeHours' && p && t.op === '<=') return `keep ${p[1]}% of assets under ${bound}`;
  const what = t.statistic === 'mean' ? `mean ${t.metric}` : `${t.metric} ${t.statistic}`;
  return `keep ${what} ${t.op === '<=' ? 'at most' : 'at least'} ${bound}`;
}

function join(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The size answer: the cheapest setting that meets every target, and the confidence of the verdicts. */
function sizeSentence(doc: SizeDocument): string {
  const goals = join(doc.targets.map(targetPhrase));
  const confident = `${pct(doc.confidence)} confident`;
  const a = doc.answer;
  if (a.status === 'meets' && a.candidate !== null) {
    const c = doc.candidates[a.candidate];
    const setting = join(Object.entries(c.settings).map(([k, v]) => settingPhrase(k, v)));
    const caveat = a.cheaperUndecided.length > 0 ? ` (${plural(a.cheaperUndecided.length, 'cheaper setting')} stayed undecided)` : '';
    return `${setting} ${doc.model === 'async' || doc.model === 'sync' ? `under ${doc.model} review ` : ''}${goals} at the lowest ${doc.cost.name}${caveat}; ${confident}.`.replace(/^./, (ch) => ch.toUpperCase());
  }
  const near = a.nearestMiss === null ? null : doc.candidates[a.nearestMiss];
  const miss = near ? `; the nearest miss is ${join(Object.entries(near.settings).map(([k, v]) => settingPhrase(k, v)))} (${near.targets.map((t) => `${t.target.replace(/(<=|>=).*/, '')} ${t.mean === null ? 'not measured' : n3(t.mean)}`).join(', ')})` : '';
  return a.status === 'none'
    ? `No setting tried can ${goals}${miss}; ${confident}.`
    : `No setting tried is shown to ${goals} within ${doc.procedure.maxReplications} replications${miss}.`;
}

/** The odds, one sentence per model: the probability by the deadline with its interval, and the 85% date. */
function oddsSentences(doc: OddsDocument): string[] {
  const at = (iso: string) => formatAtOffset(iso, doc.deadlineOffset);
  const what = `all ${plural(doc.assets.count, 'asset')}${doc.assets.campaign ? ` of “${doc.assets.campaign}”` : ''}`;
  return doc.odds.map((o) => {
    const likely = o.completion.find((c) => c.probability === 0.85);
    const when = likely?.date ? `; 85% likely by ${at(likely.date)}` : '; not 85% likely within the simulated time';
    return `Under ${o.model} review, ${what} are approved by ${at(doc.deadline)} with probability ${pct(o.probability)} (95% interval ${pct(o.ci95[0])}–${pct(o.ci95[1])}, ${o.replications} runs)${when}.`;
  });
}

/** The pilot: the power of the shortest requested length for each test, and the weeks 80% power needs. */
function pilotSentences(doc: PilotDocument): string[] {
  const requested = doc.lengths.filter((l) => l.requested);
  const shortest = requested[0] ?? doc.lengths[0];
  const subject = `a ${shortest.weeks}-week pilot of ${doc.pilot} review on ${doc.route.text}`;
  const need = (weeks: number | null) => (weeks === null ? `no pilot up to ${doc.weeksForPower.searchedUpToWeeks} weeks reaches ${pct(doc.powerTarget)} power` : `${plural(weeks, 'week')} reach ${pct(doc.powerTarget)} power`);
  const test = (name: string, r: PilotDocument['lengths'][number]['power']['cycleTime'], weeks: number | null) =>
    `${name}: ${subject} detects the difference ${r.rate === null ? 'in no testable run' : `with ${pct(r.rate)} power (95% interval ${pct(r.ci95[0] ?? 0)}–${pct(r.ci95[1] ?? 1)})`} at α = ${doc.alpha}; ${need(weeks)}.`;
  return [
    test('Cycle time', shortest.power.cycleTime, doc.weeksForPower.cycleTime),
    test('Rework', shortest.power.rework, doc.weeksForPower.rework),
  ];
}

/** The tornado's top: which assumptions move the metric beyond noise, the largest first. */
function sensitivitySentence(doc: SensitivityDocument): string {
  const unit = unitOf(doc.metric);
  const real = doc.levers.filter((l) => l.low.difference.excludesZero || l.high.difference.excludesZero);
  const base = doc.baseline.mean === null ? '' : ` (${n3(doc.baseline.mean)}${unit} as the scenario stands)`;
  if (real.length === 0) {
    return `No assumption moves ${doc.metric} under ${doc.model} review beyond the noise of ${doc.replications} paired runs${base}; 95% paired intervals.`;
  }
  const swing = (l: SensitivityDocument['levers'][number]) => {
    const lo = l.low.mean ?? doc.baseline.mean;
    const hi = l.high.mean ?? doc.baseline.mean;
    return lo === null || hi === null ? l.parameter : `${l.parameter} (${n3(lo)}${unit} to ${n3(hi)}${unit} from its low to its high)`;
  };
  const rest = real.slice(1, 3).map((l) => l.parameter);
  return `${doc.metric} under ${doc.model} review${base} moves most with ${swing(real[0])}${rest.length > 0 ? `, then ${join(rest)}` : ''}; ${plural(real.length, 'assumption')} of ${doc.levers.length} move it beyond noise, 95% confident per paired interval.`;
}

/**
 * One sentence per result for a client, stating the answer and its confidence: one for a size
 * document, one per model for odds, one per test for a pilot, one for a tornado. The CLI table,
 * the viewer and the report print these same sentences.
 */
export function decisionSentences(doc: DecisionDocument): string[] {
  switch (doc.kind) {
    case 'size':
      return [sizeSentence(doc)];
    case 'odds':
      return oddsSentences(doc);
    case 'pilot':
      return pilotSentences(doc);
    case 'sensitivity':
      return [sensitivitySentence(doc)];
  }
}
