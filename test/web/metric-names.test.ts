import { describe, expect, it } from 'vitest';
import { formatDifference, formatMetric, lowerIsBetter, metricLabel, metricUnit, unitText } from '../../web/src/transforms/metric-names.js';
import { formatHours, formatNumber, formatPercent } from '../../web/src/transforms/format.js';
import { comparison } from './fixtures.js';

describe('metric names carry their units', () => {
  it('reads the unit from the name', () => {
    expect(metricUnit('cycleTimeHours')).toBe('hours');
    expect(metricUnit('waitingOutsideHoursHoursPerAsset')).toBe('hours');
    expect(metricUnit('personHoursDocumentation')).toBe('personHours');
    expect(metricUnit('reworkRate')).toBe('share');
    expect(metricUnit('reworkRateRouteAsync')).toBe('share');
    expect(metricUnit('utilizationReviewer')).toBe('share');
    expect(metricUnit('throughputPerWeek')).toBe('perWeek');
    expect(metricUnit('reviewRoundsPerAsset')).toBe('ratio');
    expect(metricUnit('escalations')).toBe('count');
    expect(unitText('waitingQueueHoursPerAsset')).toBe('hours per asset');
  });

  it('gives every metric of a real document a readable label, not its camelCase name', () => {
    const names = Object.keys(comparison('flagship-launch', 2).results[0].metrics);
    for (const name of names) {
      const label = metricLabel(name);
      expect(label, name).not.toMatch(/[a-z][A-Z]/);
      expect(label.length, name).toBeGreaterThan(3);
    }
    expect(metricLabel('waitingOutsideHoursHoursPerAsset')).toBe('Waiting outside working hours per asset');
    expect(metricLabel('cycleTimeHoursRouteSync')).toBe('Cycle time (sync route)');
    expect(metricLabel('someNewMetricTheLeadAdds')).toBe('Some new metric the lead adds');
  });

  it('formats values in their unit', () => {
    expect(formatMetric('cycleTimeHours', 126.83)).toBe('127 h (5.3 d)');
    expect(formatMetric('cycleTimeHours', 8.4321)).toBe('8.43 h');
    expect(formatMetric('reworkRate', 0.1234)).toBe('12%');
    expect(formatMetric('reworkRate', 0.0456)).toBe('4.6%');
    expect(formatMetric('throughputPerWeek', 13.456)).toBe('13.5 / week');
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
    expect(lowerIsBetter('throughputPerWeek')).toBe(false);
    expect(lowerIsBetter('slaAttainment')).toBe(false);
  });
});
