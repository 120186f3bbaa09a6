import type { OutcomeRows } from '../../src/sim/audit/asset-outcomes.js';
import { compareBacktest } from '../../src/sim/backtest/backtest-compare.js';
import { buildBacktestDocument, type BacktestDocument } from '../../src/sim/backtest/backtest-document.js';
import { loadScenario } from '../../src/sim/scenario/load.js';
import { createStream, type Random } from '../../src/sim/random/stream.js';
import { scenarioText } from '../web/fixtures.js';

const WEEK_MIN = 7 * 24 * 60;

/** Rows of a period of `n` assets whose cycle times are lognormal-ish around `medianHours` (drawn from `random`). */
export function syntheticRows(random: Random, n: number, medianHours: number): OutcomeRows {
  const rows: OutcomeRows = { submittedMin: [], cycleMin: [], firstResponseMin: [], revisions: [] };
  for (let i = 0; i < n; i++) {
    const u = Math.max(1e-9, random());
    rows.submittedMin.push((i / n) * 3 * WEEK_MIN);
    rows.cycleMin.push(random() < 0.95 ? medianHours * 60 * Math.exp(0.8 * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())) : NaN);
    rows.firstResponseMin.push(60 + 240 * random());
    rows.revisions.push(random() < 0.1 ? 2 : random() < 0.3 ? 1 : 0);
  }
  return rows;
}

/** A backtest document of synthetic periods: the real one with median `realMedianHours`, 60 replications with median 10 h. */
export function syntheticBacktest(realMedianHours: number): BacktestDocument {
  const loaded = loadScenario(scenarioText('mm3-review-queue'));
  if (!loaded.ok) throw new Error('the library scenario does not load');
  // Seed 5: a draw whose real period is typical (any fixed seed is a fixed draw; about one in twenty fails the 95% bands).
  const random = createStream(5, 'synthetic');
  const real = syntheticRows(random, 150, realMedianHours);
  const replications = Array.from({ length: 60 }, () => syntheticRows(random, 150, 10));
  const periodMin = 4 * WEEK_MIN;
  const { metrics, pooledHours } = compareBacktest({ real, replications, periodMin, random: createStream(3, 'backtest-bootstrap'), resamples: 200 });
  const atMs = Date.parse('2026-03-02T00:00:00Z');
  return buildBacktestDocument({
    scenario: loaded.scenario,
    model: 'async',
    replications: replications.length,
    audit: { rows: 2000, assets: 400, firstMs: Date.parse('2026-01-05T00:00:00Z'), lastMs: atMs + periodMin * 60_000 },
    split: { atMs, rule: 'holdout', holdoutShare: 0.3, earlierAssets: 240, laterAssets: 150, laterApproved: real.cycleMin.filter(Number.isFinite).length },
    periodMin,
    warmupMin: 8 * WEEK_MIN,
    openAtSplit: 5,
    fit: null,
    simulated: { assets: replications.map((r) => r.cycleMin.length), approved: replications.map((r) => r.cycleMin.filter(Number.isFinite).length) },
    resamples: 200,
    compared: metrics,
    realHours: real.cycleMin.filter(Number.isFinite).map((m) => m / 60).sort((a, b) => a - b),
    pooledHours,
  });
}
