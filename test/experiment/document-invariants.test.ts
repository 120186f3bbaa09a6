import { describe, expect, it } from 'vitest';
import { checkDocumentInvariants, loadScenario, migrateDocument, runModels, type ResultDocument } from '../../src/sim/index.js';
import { readFileSync } from 'node:fs';
import { schemaOne } from '../support/schema-one.js';

function flagship(): ResultDocument {
  const loaded = loadScenario(readFileSync('scenarios/flagship-launch.yaml', 'utf8'));
  if (!loaded.ok) throw new Error('flagship does not load');
  return JSON.parse(JSON.stringify(runModels(loaded.scenario, ['sync', 'async'], { replications: 2 }))) as ResultDocument;
}

describe('checkDocumentInvariants', () => {
  it('a document the library makes holds every invariant', () => {
    expect(checkDocumentInvariants(flagship())).toEqual([]);
  });

  it('names each broken invariant by its JSON path', () => {
    const doc = flagship() as unknown as { results: Array<Record<string, any>>; replications: number };
    const m = doc.results[1].metrics;
    m.utilizationReviewer.mean = 1.28;
    m.utilizationReviewer.ci95 = [1.2, 1.3];
    m.reworkRate.ci95 = [m.reworkRate.mean + 1, m.reworkRate.mean + 2];
    m.cycleTimeHours.p90 = m.cycleTimeHours.p95 + 1;
    m.assetsOpenAtHorizon = { mean: -1, sd: 0, ci95: [-1, -1] };
    m.pings.sd = NaN;
    doc.results[1].series.queueLength.pop();
    doc.results[1].model = doc.results[0].model;
    doc.replications = 0;
    const violations = checkDocumentInvariants(doc);
    const expected = [
      '$.results[1].metrics.pings.sd: NaN is not a finite number',
      '$.replications: 0 is not a whole number of 1 or more',
      '$.results[1].model: "sync" is listed twice',
      '$.results[1].metrics.assetsOpenAtHorizon.mean: -1 is negative',
      '$.results[1].metrics.cycleTimeHours: p50',
      '$.results[1].metrics.reworkRate.ci95:',
      '$.results[1].metrics.utilizationReviewer.mean: 1.28 is above 1',
      '$.results[1].series.queueLength: not one value per sample time',
    ];
    for (const e of expected) expect(violations.some((v) => v.startsWith(e)), e).toBe(true);
  });

  it('an asset lost between created and approved or open is a violation', () => {
    const doc = flagship() as unknown as { results: Array<Record<string, any>> };
    const created = doc.results[0].metrics.assetsCreated;
    // The flagship has a warm-up: created is at least approved + open.
    Object.assign(created, { mean: 1, sd: 0, ci95: [1, 1] });
    expect(checkDocumentInvariants(doc)).toEqual([expect.stringMatching(/^\$\.results\[0\]\.metrics: assets created \(1\) < approved/)]);
  });

  it('checks every point of a sweep document', () => {
    const doc = flagship();
    const bad = JSON.parse(JSON.stringify(doc.results[0]));
    bad.metrics.slaAttainment = { mean: 2, sd: 0, ci95: [2, 2] };
    const sweep = { ...doc, results: undefined, points: [{ settings: {}, results: [doc.results[0]] }, { settings: {}, results: [bad] }] };
    expect(checkDocumentInvariants(sweep)).toEqual(['$.points[1].results[0].metrics.slaAttainment.mean: 2 is above 1 (a share or utilisation)']);
  });

  it('knows the metrics of schema 2: shares in [0, 1], rework within send-backs, documentation as the sum of its parts, work in progress within open assets', () => {
    const doc = flagship() as unknown as { results: Array<Record<string, any>> };
    const m = doc.results[1].metrics;
    m.agendaItemsDiscussedShare = { mean: 1.5, sd: 0, ci95: [1.5, 1.5] };
    m.reworkRate = { ...m.sentBackShare, mean: m.sentBackShare.mean + 0.1, ci95: [0, 1] };
    m.personHoursDocumentationFeedback.mean += 1;
    m.personHoursDocumentationFeedback.ci95 = [0, 1e6];
    m.workInProgressMean = { mean: m.assetsOpenMean.mean + 1, sd: 0, ci95: [m.assetsOpenMean.mean + 1, m.assetsOpenMean.mean + 1] };
    doc.results[1].series.workInProgress[50] = doc.results[1].series.assetsOpen[50] + 3;
    const violations = checkDocumentInvariants(doc);
    for (const e of [
      '$.results[1].metrics.agendaItemsDiscussedShare.mean: 1.5 is above 1',
      '$.results[1].metrics.reworkRate: ',
      '$.results[1].metrics.personHoursDocumentation: ',
      '$.results[1].metrics.workInProgressMean: ',
      '$.results[1].series.workInProgress[50]: ',
    ]) {
      expect(violations.some((v) => v.startsWith(e)), e).toBe(true);
    }
    expect(violations).toHaveLength(5);
  });

  it('a metric that is not in the catalogue is a violation that says where to add it', () => {
    const doc = flagship() as unknown as { results: Array<Record<string, any>> };
    doc.results[0].metrics.approvalChainHours = { mean: 1, sd: 0, ci95: [1, 1] };
    expect(checkDocumentInvariants(doc)).toEqual(['$.results[0].metrics.approvalChainHours: "approvalChainHours" is not in the metric catalogue (src/sim/metrics/catalogue.ts)']);
  });

  it('a schema-1 document read as schema 2 holds them too', () => {
    const v1 = schemaOne(flagship());
    const read = migrateDocument(v1);
    expect(read.ok).toBe(true);
    if (read.ok) expect(checkDocumentInvariants(read.document)).toEqual([]);
  });
});
