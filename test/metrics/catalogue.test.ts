import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, DETAIL_METRICS, HEADLINE_METRICS, METRIC_KEYS, METRIC_UNITS, METRICS, loadScenario, metricSpec, runModels } from '../../src/sim/index.js';
import { columnLabel } from '../../src/cli/format/metric-text.js';

/** Every metric name the library's documents carry, over every scenario and model (one replication each), and the switches no library file turns on. */
function libraryMetricKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of readdirSync('scenarios').filter((f) => /\.ya?ml$/.test(f))) {
    const loaded = loadScenario(readFileSync(join('scenarios', file), 'utf8'));
    if (!loaded.ok) throw new Error(file);
    const doc = runModels(loaded.scenario, loaded.scenario.models, { replications: 1 });
    for (const r of doc.results) for (const k of Object.keys(r.metrics)) keys.add(k);
  }
  // Switches no library file turns on (their metrics appear only when switched on): the sync gate's
  // chair fast-track and skipping a thin agenda, on the twelve-channel library file.
  const text = readFileSync('scenarios/small-team-12-channels.yaml', 'utf8');
  const loaded = loadScenario(text.replace(/^sync:\n/m, 'sync:\n  fastTrack: {}\n  skipThin: { below: 3 }\n'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  for (const r of runModels(loaded.scenario, ['sync'], { replications: 1 }).results) for (const k of Object.keys(r.metrics)) keys.add(k);
  return keys;
}

/** The TypeScript files under a directory. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the metric catalogue', () => {
  it('has an entry for every metric a result document carries, and every entry is in some document of the library', () => {
    const carried = libraryMetricKeys();
    expect([...carried].filter((k) => !metricSpec(k)), 'metrics without a catalogue entry').toEqual([]);
    expect(METRIC_KEYS.filter((k) => !carried.has(k)), 'catalogue entries no document carries').toEqual([]);
  });

  it('describes each metric once: a unique name and label, a known unit, a definition, a direction', () => {
    expect(new Set(METRIC_KEYS).size).toBe(METRICS.length);
    expect(new Set(METRICS.map((m) => m.label)).size).toBe(METRICS.length);
    for (const m of METRICS) {
      expect(METRIC_UNITS[m.unit], m.key).toBeDefined();
      expect(m.definition.length, m.key).toBeGreaterThan(20);
      expect(m.definition.endsWith('.'), m.key).toBe(true);
      expect(['lower', 'higher', 'neither'], m.key).toContain(m.better);
      expect(m.label, m.key).not.toMatch(/[a-z][A-Z]/);
      // Shares are named as shares or rates, so a reader of the name alone knows it is one.
      if (m.unit === 'share') expect(m.key, m.key).toMatch(/(Rate|Share|Attainment|Probability)(Route\w+)?$|^(utilization|reworkShare)/);
    }
  });

  it('orders the tables: the headline with both rework measures, then the details', () => {
    expect(HEADLINE_METRICS).toEqual([
      'cycleTimeHours', 'makespanHours', 'reworkRate', 'sentBackShare', 'reviewRoundsPerAsset', 'firstResponseHours',
      'slaAttainment', 'throughputPerWeek', 'personHoursTotal', 'personHoursMeetings', 'personHoursDocumentation',
    ]);
    expect(DETAIL_METRICS).toContain('agendaItemsDiscussedShare');
    expect(DETAIL_METRICS).toContain('personHoursDocumentationFeedback');
    expect(DETAIL_METRICS.filter((k) => HEADLINE_METRICS.includes(k))).toEqual([]);
  });

  it('is the only list of labels: no file of the CLI or the viewer spells out a metric label', () => {
    const files = [...sources('src/cli'), ...sources('web/src')];
    const spelled: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of METRICS) if (text.includes(`'${m.label}'`) || text.includes(`"${m.label}"`)) spelled.push(`${file}: ${m.label}`);
    }
    expect(spelled).toEqual([]);
    expect(columnLabel('cycleTimeHours', 'p90')).toBe('Cycle time, p90 (h)');
    expect(columnLabel('personHoursDocumentationFeedback')).toBe('Person-hours, documentation: written feedback (person-h)');
    expect(columnLabel('reworkRate')).toBe('Rework rate (more than one revision)');
  });

  it('names every metric the assumptions register says a parameter drives', () => {
    const unknown = ASSUMPTIONS.flatMap((a) => a.drives.filter((d) => !metricSpec(d)).map((d) => `${a.path}: ${d}`));
    expect(unknown).toEqual([]);
    for (const a of ASSUMPTIONS) expect(a.drives.length, a.path).toBeGreaterThan(0);
  });
});
