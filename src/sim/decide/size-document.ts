import type { SweepParameter } from '../experiment/sweep.js';
import type { ModelName, Scenario } from '../scenario/types.js';
import { DECISION_SCHEMA_VERSION, decisionHeader, jsonNumber } from './decision-header.js';
import { paretoFront } from './pareto.js';
import { answerOf, type SizeAnswer } from './size-answer.js';
import type { SizeSearchResult, StopReason } from './size-search.js';
import type { CostSpec } from './size-values.js';
import type { Verdict } from './sequential-checks.js';
import { estimandOf, type Target } from './target.js';

/** One candidate setting in the size document. */
export interface SizeCandidate {
  settings: Record<string, unknown>;
  replications: number;
  cost: { mean: number | null; ci95: [number | null, number | null] };
  targets: Array<{ target: string; mean: number | null; sd: number | null; interval: [number | null, number | null]; verdict: Verdict }>;
  verdict: Verdict;
  stoppedBy: StopReason;
  dominatedBy?: number;
}

/** The document of `handoff size`. */
export interface SizeDocument {
  kind: 'size';
  schemaVersion: number;
  scenario: ReturnType<typeof decisionHeader>['scenario'];
  seed: number | string;
  model: ModelName;
  targets: Array<Target & { estimand: string }>;
  cost: { kind: CostSpec['kind']; name: string };
  levers: SweepParameter[];
  confidence: number;
  procedure: {
    name: string;
    looks: number[];
    intervalConfidence: number;
    minReplications: number;
    maxReplications: number;
    statement: string;
  };
  candidates: SizeCandidate[];
  answer: SizeAnswer & { sentence: string };
  pareto: Array<{ target: string; candidates: number[] }>;
  replicationsTotal: number;
  /** What the fixed grid (every candidate at the cap) would have run. */
  replicationsFixedGrid: number;
}

const pair = (x: readonly [number, number]): [number | null, number | null] => [jsonNumber(x[0]), jsonNumber(x[1])];

/** A candidate's settings in words: "team.reviewers.count=4, async.sla.firstResponse=4bh". */
export function settingsText(settings: Record<string, unknown>): string {
  return Object.entries(settings).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ');
}

/** One sentence stating the answer and its confidence. */
function sentenceOf(doc: Omit<SizeDocument, 'answer' | 'pareto'>, answer: SizeAnswer): string {
  const goals = doc.targets.map((t) => t.text).join(' and ');
  const percent = `${Number((doc.confidence * 100).toPrecision(6))}%`;
  if (answer.status === 'meets') {
    const c = doc.candidates[answer.candidate!];
    const cost = `${doc.cost.name} ${c.cost.mean === null ? 'unknown' : Number(c.cost.mean.toPrecision(4))}`;
    const caveat = answer.cheaperUndecided.length > 0 ? `; ${answer.cheaperUndecided.length} cheaper setting(s) stayed undecided at ${doc.procedure.maxReplications} replications` : '';
    return `${settingsText(c.settings)} is the cheapest setting that meets ${goals} (${cost}); ${percent} confident that every verdict is right${caveat}.`;
  }
  const near = answer.nearestMiss === null ? null : doc.candidates[answer.nearestMiss];
  const miss = near ? ` The nearest miss is ${settingsText(near.settings)}: ${near.targets.map((t) => `${t.target.replace(/(<=|>=).*/, '')} ${t.mean === null ? 'not measured' : Number(t.mean.toPrecision(4))}`).join(', ')}.` : '';
  return answer.status === 'none'
    ? `No setting meets ${goals} (${percent} confident that every verdict is right).${miss}`
    : `No setting is shown to meet ${goals}; some stayed undecided at ${doc.procedure.maxReplications} replications.${miss}`;
}

/** Builds the size document from the search's outcome. */
export function buildSizeDocument(options: {
  scenario: Scenario;
  model: ModelName;
  targets: readonly Target[];
  cost: CostSpec;
  levers: SweepParameter[];
  settings: ReadonlyArray<Record<string, unknown>>;
  confidence: number;
  minReplications: number;
  maxReplications: number;
  search: SizeSearchResult;
}): SizeDocument {
  const { search, targets } = options;
  const candidates = search.candidates.map((c, k): SizeCandidate => ({
    settings: options.settings[k],
    replications: c.replications,
    cost: { mean: jsonNumber(c.cost.mean), ci95: pair(c.cost.interval) },
    targets: c.targets.map((t, i) => ({
      target: targets[i].text,
      mean: jsonNumber(t.estimate.mean),
      sd: jsonNumber(t.estimate.sd),
      interval: pair(t.estimate.interval),
      verdict: t.verdict,
    })),
    verdict: c.verdict,
    stoppedBy: c.stoppedBy,
    ...(c.dominatedBy !== undefined ? { dominatedBy: c.dominatedBy } : {}),
  }));
  const level = search.perCheckConfidence;
  const doc = {
    kind: 'size' as const,
    schemaVersion: DECISION_SCHEMA_VERSION,
    ...decisionHeader(options.scenario),
    model: options.model,
    targets: targets.map((t) => ({ ...t, estimand: estimandOf(t) })),
    cost: { kind: options.cost.kind, name: options.cost.kind === 'metric' ? options.cost.metric : options.cost.path },
    levers: options.levers,
    confidence: options.confidence,
    procedure: {
      name: 'sequential Student-t checks, Bonferroni-split over candidates × targets × looks',
      looks: search.looks,
      intervalConfidence: Number(level.toPrecision(9)),
      minReplications: options.minReplications,
      maxReplications: options.maxReplications,
      statement:
        `Each candidate starts with ${search.looks[0]} replications (the same seeds for every candidate) and gets more, at the looks ${search.looks.join(', ')}, ` +
        `only while a target's interval straddles its bound; each interval is a two-sided ${Number((level * 100).toPrecision(6))}% Student-t interval, so the chance of any wrong ` +
        `"meets" or "fails" verdict is at most ${Number(((1 - options.confidence) * 100).toPrecision(6))}% (Bonferroni over ${options.settings.length} candidates × ${targets.length} targets × ${search.looks.length} looks, ` +
        'given approximately normal replication means). A candidate that fails a target stops; one costing no less than a candidate that meets every target is dropped as dominated.',
    },
    candidates,
    replicationsTotal: candidates.reduce((a, c) => a + c.replications, 0),
    replicationsFixedGrid: candidates.length * options.maxReplications,
  };
  const answer = answerOf(search.candidates, targets);
  const pareto = targets.map((t, i) => ({
    target: t.text,
    candidates: paretoFront(search.candidates.map((c) => ({ cost: c.cost.mean, value: c.targets[i]?.estimate.mean ?? NaN })), t.op === '<=' ? 'lower' : 'higher'),
  }));
  return { ...doc, answer: { ...answer, sentence: sentenceOf(doc, answer) }, pareto };
}
