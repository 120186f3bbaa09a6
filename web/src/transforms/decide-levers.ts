import type { DecisionDocument, DecisionRequest } from '../../../src/sim/decide/decision-request.js';

/** The Decide view's levers, as the URL keeps them: each overrides one option of the document's command. */
export interface DecideLevers {
  /** size: the targets ("cycleTimeHours.p90<=24"), all of them. */
  targets?: string[];
  /** size: the confidence of the verdicts. */
  confidence?: number;
  /** odds: the deadline, an instant with its offset ("2026-03-13T17:00+01:00"). */
  deadline?: string;
  /** pilot: the lengths asked for, in weeks. */
  weeks?: number[];
  /** pilot: the significance level. */
  alpha?: number;
  /** sensitivity: the metric ("cycleTimeHours.p90"). */
  metric?: string;
}

const PREFIX = 'd.';
const num = (text: string | null) => (text !== null && text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined);

/** Reads the levers from URL parameters (`d.target`, repeated; `d.confidence`, `d.deadline`, `d.weeks`, `d.alpha`, `d.metric`); malformed ones are ignored. */
export function decodeDecide(p: URLSearchParams): DecideLevers | undefined {
  const levers: DecideLevers = {};
  const targets = p.getAll(`${PREFIX}target`).filter((t) => /^[A-Za-z]\w*(\.\w+)?(<=|>=)-?[\d.]+(e-?\d+)?$/.test(t));
  if (targets.length > 0) levers.targets = targets;
  const confidence = num(p.get(`${PREFIX}confidence`));
  if (confidence !== undefined && confidence > 0 && confidence < 1) levers.confidence = confidence;
  const deadline = p.get(`${PREFIX}deadline`);
  if (deadline && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(deadline)) levers.deadline = deadline;
  const weeks = (p.get(`${PREFIX}weeks`) ?? '').split(',').filter((w) => w !== '').map(Number);
  if (weeks.length > 0 && weeks.every((w) => Number.isInteger(w) && w >= 1 && w <= 520)) levers.weeks = [...new Set(weeks)].sort((a, b) => a - b);
  const alpha = num(p.get(`${PREFIX}alpha`));
  if (alpha !== undefined && alpha > 0 && alpha < 1) levers.alpha = alpha;
  const metric = p.get(`${PREFIX}metric`);
  if (metric && /^[A-Za-z]\w*(\.\w+)?$/.test(metric)) levers.metric = metric;
  return Object.keys(levers).length > 0 ? levers : undefined;
}

/** Writes the levers as URL parameters. */
export function encodeDecide(levers: DecideLevers | undefined, p: URLSearchParams): void {
  if (!levers) return;
  for (const t of levers.targets ?? []) p.append(`${PREFIX}target`, t);
  if (levers.confidence !== undefined) p.set(`${PREFIX}confidence`, String(levers.confidence));
  if (levers.deadline) p.set(`${PREFIX}deadline`, levers.deadline);
  if (levers.weeks) p.set(`${PREFIX}weeks`, levers.weeks.join(','));
  if (levers.alpha !== undefined) p.set(`${PREFIX}alpha`, String(levers.alpha));
  if (levers.metric) p.set(`${PREFIX}metric`, levers.metric);
}

/** The document's own options with the levers that apply to its kind on top. */
export function withLevers(request: DecisionRequest, levers: DecideLevers | undefined): DecisionRequest {
  if (!levers) return request;
  switch (request.kind) {
    case 'size':
      return { ...request, ...(levers.targets ? { targets: levers.targets } : {}), ...(levers.confidence !== undefined ? { confidence: levers.confidence } : {}) };
    case 'odds':
      return { ...request, ...(levers.deadline ? { deadline: levers.deadline } : {}) };
    case 'pilot':
      return { ...request, ...(levers.weeks ? { weeks: levers.weeks, spanWeeks: Math.max(request.spanWeeks, levers.weeks[levers.weeks.length - 1]) } : {}), ...(levers.alpha !== undefined ? { alpha: levers.alpha } : {}) };
    case 'sensitivity':
      return { ...request, ...(levers.metric ? { metric: levers.metric } : {}) };
  }
}

/** A key that is equal for equal requests (the re-run in hand, or the document itself). */
export function requestKey(request: DecisionRequest): string {
  return JSON.stringify(request);
}

/** The kind of a decision document, in words, for tabs and headings. */
export function decisionTitle(doc: DecisionDocument): string {
  switch (doc.kind) {
    case 'size':
      return 'Size: the cheapest setting that meets the targets';
    case 'odds':
      return 'Odds: will every asset be approved by the deadline?';
    case 'pilot':
      return 'Pilot: will a pilot of this length show a difference?';
    case 'sensitivity':
      return 'Sensitivity: which assumptions drive the answer?';
  }
}
