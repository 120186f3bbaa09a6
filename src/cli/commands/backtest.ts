import {
  AssetOutcomes,
  buildBacktestDocument,
  compareBacktest,
  createStream,
  parseDuration,
  parseHoldout,
  parseSplit,
  type BacktestDocument,
  type ModelName,
  type Override,
  type SplitPoint,
} from '../../sim/index.js';
import type { AuditRecord } from '../../sim/audit/audit-format.js';
import { basename } from 'node:path';
import { fitEarlier, type EarlierFit } from '../backtest/fit-earlier.js';
import { readAuditFile } from '../backtest/read-audit-file.js';
import { runBatch } from '../decide/run-batch.js';
import { emit } from '../emit.js';
import { backtestCsv, backtestTable } from '../format/backtest-table.js';
import { UserError, type CliIO } from '../io.js';
import { loadPoints } from '../job.js';
import { parseModel, seedOf } from '../options.js';
import { readScenario } from '../scenario-file.js';

/** Options of `handoff backtest`. */
export interface BacktestOptions {
  scenario: string;
  split?: string;
  holdout?: string;
  model?: string;
  warmup?: string;
  tz?: string;
  /** false with --no-fit: the scenario as given. */
  fit: boolean;
  replications: number;
  resamples: number;
  seed?: string;
  json?: boolean;
  csv?: boolean;
  out?: string;
  workers?: number;
}

const WEEK_MS = 7 * 24 * 3_600_000;

/** The review model the audit's routes describe: all sync, all async, or a hybrid of both. */
function modelOfRoutes(records: readonly AuditRecord[]): ModelName {
  const routes = new Set(records.map((r) => r.route));
  return routes.size === 2 ? 'hybrid' : routes.has('sync') ? 'sync' : 'async';
}

/** Where the audit is cut: exactly one of --split and --holdout. */
function splitOf(opts: BacktestOptions, records: readonly AuditRecord[]): SplitPoint {
  if ((opts.split === undefined) === (opts.holdout === undefined)) throw new UserError('give exactly one of --split DATE and --holdout P% (where the audit is cut into the fitting part and the later period)', 2);
  let firstMs = Infinity, lastMs = -Infinity;
  for (const r of records) {
    firstMs = Math.min(firstMs, r.timeMs);
    lastMs = Math.max(lastMs, r.timeMs);
  }
  const split = opts.split !== undefined ? parseSplit(opts.split, { firstMs, lastMs }, opts.tz) : parseHoldout(opts.holdout!, { firstMs, lastMs });
  if (typeof split === 'string') throw new UserError(split);
  return split;
}

/** Reads --warmup: a wall-clock duration longer than zero, in minutes (undefined when not given). */
function warmupOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const parsed = parseDuration(text);
  if (typeof parsed === 'string' || parsed.business || !(parsed.minutes > 0)) {
    throw new UserError(`--warmup ${text}: ${typeof parsed === 'string' ? parsed : 'a warm-up is a wall-clock duration longer than zero, e.g. 2w'}`);
  }
  return Math.round(parsed.minutes);
}

/**
 * `handoff backtest AUDIT --scenario FILE --split DATE`: simulates the audit's later period many
 * times and compares it with what happened: cycle-time distances, p50/p90, rework, first response
 * and throughput, each with its error, a bootstrap interval and whether it falls in the simulated band.
 */
export async function backtestCommand(auditFile: string, opts: BacktestOptions, io: CliIO): Promise<void> {
  const asked = warmupOf(opts.warmup);
  const records = await readAuditFile(auditFile, opts.tz);
  const split = splitOf(opts, records);
  const model = opts.model ? parseModel(opts.model) : modelOfRoutes(records);
  const given = await readScenario(opts.scenario, [model]);
  let fit: EarlierFit | null = null;
  let text = given.text;
  if (opts.fit !== false) ({ text, fit } = fitEarlier({ records, splitMs: split.atMs, scenarioFile: opts.scenario, scenarioText: given.text, auditName: basename(auditFile) }));
  const loaded = given.scenario;

  let lastMs = -Infinity, firstMs = Infinity;
  const real = new AssetOutcomes();
  const assets = new Set<string>();
  const earlier = new Set<string>();
  for (const r of records) {
    lastMs = Math.max(lastMs, r.timeMs);
    firstMs = Math.min(firstMs, r.timeMs);
    assets.add(r.asset);
    if (r.event === 'submitted' && r.timeMs < split.atMs) earlier.add(r.asset);
    real.note(r.asset, (r.timeMs - split.atMs) / 60_000, r.event, r.decision);
  }
  const periodMin = Math.ceil((lastMs - split.atMs) / 60_000);
  const realRows = real.rows(0, periodMin);

  // At least this much simulated time before the split (more, up to a week, to keep the scenario's
  // weekday and hour). By default the audit's earlier period: the simulated team starts when the real
  // one is first seen and carries as much history into the split (queues of a busy team take weeks to build).
  let warmupMin = asked ?? Math.max(loaded.warmupMin, (split.atMs - firstMs) / 60_000);
  // The scenario's start moves by whole weeks, to the last such instant a warm-up before the
  // split: weekly campaigns, a stream's weekly profile and the team's week keep their weekday and hour.
  const weeks = Math.floor((split.atMs - warmupMin * 60_000 - loaded.originMs) / WEEK_MS);
  const startMs = loaded.originMs + weeks * WEEK_MS;
  warmupMin = (split.atMs - startMs) / 60_000;
  const overrides: Override[] = [
    { path: ['start'], value: new Date(startMs).toISOString() },
    { path: ['warmup'], value: `${warmupMin}m` },
    { path: ['horizon'], value: `${warmupMin + periodMin}m` },
  ];
  const points = loadPoints(opts.scenario, text, [overrides], opts.seed);
  const n = opts.replications;
  const [results] = await runBatch(
    { scenarioText: text, points, workers: opts.workers, outcomes: true, io, label: 'backtest' },
    [{ point: 0, model, from: 0, to: n }],
  );
  const simulated = results.map((r) => r.outcomes!);
  const scenario = { ...points[0].scenario, seed: seedOf(opts.seed, loaded.seed) };
  const { metrics, pooledHours } = compareBacktest({
    real: realRows,
    replications: simulated,
    periodMin,
    random: createStream(scenario.seed, 'backtest-bootstrap'),
    resamples: opts.resamples,
  });
  const doc = buildBacktestDocument({
    scenario,
    model,
    replications: n,
    audit: { rows: records.length, assets: assets.size, firstMs, lastMs },
    split: {
      ...split,
      earlierAssets: earlier.size,
      laterAssets: realRows.cycleMin.length,
      laterApproved: realRows.cycleMin.filter(Number.isFinite).length,
    },
    periodMin,
    warmupMin,
    openAtSplit: real.openAt(0),
    fit: fit as Record<string, unknown> | null,
    simulated: { assets: simulated.map((s) => s.cycleMin.length), approved: simulated.map((s) => s.cycleMin.filter(Number.isFinite).length) },
    resamples: opts.resamples,
    compared: metrics,
    realHours: realRows.cycleMin.filter(Number.isFinite).map((m) => m / 60).sort((a, b) => a - b),
    pooledHours,
  });
  await emit<BacktestDocument>(doc, opts, io, { table: backtestTable, csv: backtestCsv });
}
