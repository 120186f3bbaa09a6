import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, assumptionsInForce } from '../../src/sim/index.js';
import { appendixTable } from '../../web/src/transforms/assumptions-appendix.js';
import { scenarioText } from './fixtures.js';

describe("the report's appendix: the assumptions behind the numbers", () => {
  const raw = parse(scenarioText('invisible-queue'));
  const table = appendixTable({ scenario: 'The invisible queue', rows: assumptionsInForce(raw) });
  const row = (path: string) => table.rows.find((r) => r.cells[0] === path)!;

  it('lists each parameter with the value in force, its default, unit, range, the metrics it drives (by label) and its source', () => {
    expect(table.columns).toEqual(['parameter', 'value in force', 'default', 'unit', 'plausible range', 'drives', 'source']);
    expect(row('quality.misread').cells).toEqual([
      'quality.misread',
      '0.3',
      '0.3',
      'probability per unit of ambiguity (written)',
      '0.15 – 0.5',
      'Rework rate (more than one revision); Sent back at least once; Send-backs caused by a misread brief',
      'field guide, Cost Comparison Table (misinterpretation of written comments: medium risk)',
    ]);
  });

  it('marks what the scenario sets, and says how many it sets', () => {
    expect(row('async.pings.after')).toMatchObject({ set: true, cells: expect.arrayContaining(['4bh (set)', '1d']) });
    expect(row('quality.misread').set).toBe(false);
    const set = table.rows.filter((r) => r.set).length;
    expect(set).toBeGreaterThan(0);
    expect(table.note).toContain(`${set} set by the scenario`);
    expect(table.note).toContain('“The invisible queue”');
  });

  it('shows a parameter of a section the scenario does not have as not used', () => {
    expect(row('async.sla.switchBefore').cells[1]).toBe('— (not used)');
  });

  it('without the scenario, shows the register with its defaults and says so', () => {
    const defaults = appendixTable(null);
    expect(defaults.rows).toHaveLength(ASSUMPTIONS.length);
    expect(defaults.rows.every((r) => !r.set)).toBe(true);
    expect(defaults.note).toMatch(/^The scenario is not part of this report/);
    expect(defaults.rows[0].cells[0]).toBe('team.*.attention.ownWork');
  });
});
