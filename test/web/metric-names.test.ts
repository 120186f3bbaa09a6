import { describe, expect, it } from 'vitest';
import { METRICS } from '../../src/sim/index.js';
import { formatDifference, formatMetric, lowerIsBetter, metricDefinition, metricFormat, metricLabel, unitText } from '../../web/src/transforms/metric-names.js';
import { formatHours, formatNumber, formatPercent } from '../../web/src/transforms/format.js';
import { comparison } from './fixtures.js';

describe('the viewer names metrics from the catalogue', () => {
  it('takes every label, definition and direction from the catalogue entry', () => {
    for (const spec of METRICS) {
      expect(metricLabel(spec.key)).toBe(spec.label);
      expect(metricDefinition(spec.key)).toBe(spec.definition);
      expect(lowerIsBetter(spec.key)).toBe(spec.better !== 'higher');
    }
  });

  it('writes each metric in its unit', () => {
    expect(metricFormat('cycleTimeHours')).toBe('hours');
    expect(metricFormat('waitingOutsideHoursHoursPerAsset')).toBe('hours');
    expect(metricFormat('reworkRate')).toBe('percent');
    expect(metricFormat('sentBackShareRouteAsync')).toBe('percent');
    expect(metricFormat('utilizationReviewer')).toBe('percent');
    expect(metricFormat('personHoursDocumentationFeedback')).toBe('number');
    expect(unitText('waitingQueueHoursPerAsset')).toBe('hours per asset');
    expect(unitText('personHoursDocumentation')).toBe('person-hours');
    expect(unitText('escalations')).toBe('');
  });

  it('gives every metric of a real document a readable label, not its camelCase name', () => {
    const names = Object.keys(comparison('flagship-launch', 2).results[0].metrics);
    for (const name of names) {
      const label = metricLabel(name);
      expect(label, name).not.toMatch(/[a-z][A-Z]/);
      expect(label.length, name).toBeGreaterThan(3);
    }
    expect(metricLabel('waitingOutsideHoursHoursPerAsset')).toBe('Waiting outside working hours');
    expect(metricLabel('cycleTimeHoursRouteSync')).toBe('Cycle time, sync route (meetings)');
    expect(metricLabel('reworkRate')).toBe('Rework rate (more than one revision)');
    expect(metricLabel('sentBackShare')).toBe('Sent back at least once');
    // A name from a newer document, not in this catalogue, still reads as words.
    expect(metricLabel('someNewMetricTheLeadAdds')).toBe('Some new metric the lead adds');
  });

  it('formats values in their unit', () => {
    expect(formatMetric('cycleTimeHours', 126.83)).toBe('127 h (5.3 d)');
    expect(formatMetric('cycleTimeHours', 8.4321)).toBe('8.43 h');
    expect(formatMetric('reworkRate', 0.1234)).toBe('12%');
    expect(formatMetric('reworkRate', 0.0456)).toBe('4.6%');
    expect(formatMetric('throughputPerWeek', 13.456)).toBe('13.5 approved/week');
    expect(formatMetric('personHoursDocumentationNotes', 2.5)).toBe('2.5 person-h');
    expect(formatMetric('escalations', 3)).toBe('3');
    expect(formatMetric('slaAttainment', null)).toBe('–');
    expect(formatDifference('reworkRate', 0.08)).toBe('+8.0 pp');
    expect(formatDifference('cycleTimeHours', -2.5)).toBe('−2.5 h');
    expect(formatNumber(1234.5)).toBe('1,235');
    expect(formatPercent(Number.NaN)).toBe('–');
    expect(formatHours(47.9)).toBe('47.9 h');
  });

  it('knows which direction is better', () => {
    expect(lowerIsBetter('cycleTimeHours')).toBe(true);
    expect(lowerIsBetter('reworkRate')).toBe(true);
    expect(lowerIsBetter('sentBackShare')).toBe(true);
    expect(lowerIsBetter('throughputPerWeek')).toBe(false);
    expect(lowerIsBetter('slaAttainment')).toBe(false);
    expect(lowerIsBetter('agendaItemsDiscussedShare')).toBe(false);
  });
});
