import { describe, expect, it } from 'vitest';
import { loadScenario, runModels, type ResultDocument, type Estimate } from '../../src/sim/index.js';
import { erlangC, md1Sojourn, mmcSojourn } from '../support/queueing-theory.js';
import { queueScenario } from '../support/scenario-text.js';
import { runModelsChecked } from '../support/document-invariants.js';

function run(text: string): ResultDocument {
  const loaded = loadScenario(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return runModelsChecked(loaded.scenario, ['async']);
}

function metric(doc: ResultDocument, name: string): Estimate {
  return doc.results[0].metrics[name] as Estimate;
}

function expectInside(value: number, e: Estimate): void {
  expect(value).toBeGreaterThanOrEqual(e.ci95[0]);
  expect(value).toBeLessThanOrEqual(e.ci95[1]);
}

describe('the async pool agrees with queueing theory', () => {
  // Service 60 min; λ chosen for each load ρ = λ·60/c.
  const cases: Array<{ c: number; rho: number }> = [
    { c: 1, rho: 0.5 },
    { c: 1, rho: 0.8 },
    { c: 2, rho: 0.9 },
    { c: 3, rho: 0.8 },
    { c: 5, rho: 0.7 },
  ];
  for (const { c, rho } of cases) {
    it(`M/M/${c} at load ${rho}: mean sojourn and probability of waiting match Erlang C`, () => {
      const lambdaPerMin = (rho * c) / 60;
      const doc = run(
        queueScenario({
          servers: c,
          interarrival: `{ exponential: { mean: ${(1 / lambdaPerMin).toFixed(6)}m } }`,
          service: '{ exponential: { mean: 60m } }',
          // Heavy load relaxes slowly: longer runs, more replications.
          horizon: rho >= 0.9 ? '80w' : '40w',
          warmup: rho >= 0.9 ? '8w' : '2w',
          replications: rho >= 0.9 ? 40 : 20,
        }),
      );
      expectInside(mmcSojourn(c, lambdaPerMin, 60) / 60, metric(doc, 'cycleTimeHours'));
      expectInside(erlangC(c, lambdaPerMin * 60), metric(doc, 'waitingProbability'));
    });
  }

  it('M/D/1 at load 0.7: mean sojourn matches Pollaczek–Khinchine', () => {
    // λ = 0.7/60 per minute, deterministic 60-minute service: W = 0.7·60/(2·0.3) + 60 = 130 min.
    const doc = run(queueScenario({ servers: 1, interarrival: '{ exponential: { mean: 85.714286m } }', service: '60m' }));
    expectInside(md1Sojourn(0.7 / 60, 60) / 60, metric(doc, 'cycleTimeHours'));
  });

  it("Little's law: time-average work in progress equals throughput times mean sojourn", () => {
    const doc = run(queueScenario({ servers: 3, interarrival: '{ exponential: { mean: 25m } }', service: '{ exponential: { mean: 60m } }' }));
    const wip = metric(doc, 'workInProgressMean').mean;
    const lambdaPerHour = metric(doc, 'throughputPerWeek').mean / 168;
    const w = metric(doc, 'cycleTimeHours').mean;
    expect(Math.abs(wip - lambdaPerHour * w) / wip).toBeLessThan(0.02);
  });
});

describe('the published M/M/3 example', () => {
  it('comes out at the M/M/3 sojourn time, 2.079 h', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = run(readFileSync('scenarios/mm3-review-queue.yaml', 'utf8'));
    const ct = metric(doc, 'cycleTimeHours');
    expect(mmcSojourn(3, 1 / 25, 60) / 60).toBeCloseTo(2.079, 3);
    expectInside(2.079, ct);
    expect(Math.abs(ct.mean - 2.079)).toBeLessThan(0.05);
  });
});
