import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, migrateDocument, runModels, SCHEMA_VERSION } from '../../src/sim/index.js';
import { schemaOne } from '../support/schema-one.js';

function small() {
  const loaded = loadScenario(readFileSync('scenarios/pilot-async-channel.yaml', 'utf8'));
  if (!loaded.ok) throw new Error('does not load');
  return runModels(loaded.scenario, loaded.scenario.models, { replications: 2 });
}

describe('reading result documents of earlier versions', () => {
  const current = small();
  const v1 = schemaOne(current);

  it('a current document is read as it is', () => {
    expect(SCHEMA_VERSION).toBe(2);
    const read = migrateDocument(current);
    expect(read).toEqual({ ok: true, document: current, notes: [] });
  });

  it("schema 1's reworkRate (send-backs) reads as sentBackShare, its work-in-progress series as assetsOpen, and says so", () => {
    const read = migrateDocument(v1);
    if (!read.ok) throw new Error(read.message);
    const doc = read.document as typeof current & { migratedFrom: number };
    expect(doc.schemaVersion).toBe(2);
    expect(doc.migratedFrom).toBe(1);
    for (const [i, r] of doc.results.entries()) {
      expect(r.metrics.sentBackShare).toEqual(current.results[i].metrics.sentBackShare);
      expect(r.metrics.sentBackShareRouteAsync).toEqual(current.results[i].metrics.sentBackShareRouteAsync);
      expect(r.metrics.reworkRate).toBeUndefined();
      expect(r.series.assetsOpen).toEqual(current.results[i].series.assetsOpen);
      expect(r.series.workInProgress).toBeUndefined();
      if (i > 0) expect(r.versusFirst?.sentBackShare).toEqual(current.results[i].versusFirst?.sentBackShare);
    }
    expect(read.notes).toHaveLength(1);
    expect(read.notes[0]).toMatch(/reworkRate \(assets sent back at least once\) reads as sentBackShare/);
    // Pure: the schema-1 document is left as it was.
    expect(v1.schemaVersion).toBe(1);
    expect(v1.results[0].metrics.reworkRate).toBeDefined();
  });

  it('reads the points of a schema-1 sweep the same way', () => {
    const sweep = { ...v1, results: undefined, sweep: { parameters: [] }, points: [{ settings: {}, results: v1.results }] };
    const read = migrateDocument(sweep);
    if (!read.ok) throw new Error(read.message);
    const points = read.document.points as Array<{ results: Array<{ metrics: Record<string, unknown> }> }>;
    expect(points[0].results[0].metrics.sentBackShare).toBeDefined();
    expect(points[0].results[0].metrics.reworkRate).toBeUndefined();
  });

  it('refuses a newer version, or none, saying why', () => {
    expect(migrateDocument({ ...current, schemaVersion: 3 })).toEqual({
      ok: false,
      message: 'schemaVersion 3 is newer than this version of Handoff understands (2); update Handoff to open it',
    });
    expect(migrateDocument({ ...current, schemaVersion: undefined })).toMatchObject({ ok: false, message: 'schemaVersion is missing' });
    expect(migrateDocument([])).toMatchObject({ ok: false });
  });
});
