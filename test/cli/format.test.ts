import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/cli/format/csv.js';
import { meanPlusMinus, num, pct, plural, signed } from '../../src/cli/format/numbers.js';
import { renderTable } from '../../src/cli/format/table.js';
import { progressBar, progressLine } from '../../src/cli/progress.js';

describe('CSV', () => {
  it('quotes only fields that need it, doubling quotes; empty for missing values', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', null, undefined, 1.5, 'line\nbreak']])).toBe('a,"b,c","say ""hi""",,,1.5,"line\nbreak"\n');
    expect(csvField(['tue', 'thu'])).toBe('"[""tue"",""thu""]"');
  });
});

describe('numbers for people', () => {
  it('three significant figures, thousands grouped, a dash for nothing', () => {
    expect([num(1234.6), num(0.012345), num(12.345), num(0), num(null), num(NaN)]).toEqual(['1,235', '0.0123', '12.3', '0', '—', '—']);
    expect([pct(0.1234), pct(1), pct(undefined)]).toEqual(['12.3%', '100.0%', '—']);
  });

  it('mean ± the half-width of the CI; the mean alone when the CI is empty', () => {
    expect(meanPlusMinus(10, [9, 11])).toBe('10 ±1');
    expect(meanPlusMinus(0.2, [0.15, 0.25], true)).toBe('20.0% ±5.0');
    expect(meanPlusMinus(3, [3, 3])).toBe('3');
    expect(meanPlusMinus(null, [null, null])).toBe('—');
  });

  it('counts agree with their noun', () => {
    expect([plural(1, 'replication'), plural(20, 'replication'), plural(1000, 'point')]).toEqual(['1 replication', '20 replications', '1,000 points']);
  });

  it('differences carry their sign; shares in percentage points', () => {
    expect([signed(2.5), signed(-117.2), signed(0.07, true), signed(-0.004, true)]).toEqual(['+2.5', '-117', '+7.0pp', '-0.4pp']);
  });
});

describe('tables', () => {
  it('the first column is left-aligned, the rest right-aligned, under a rule as wide as each column', () => {
    expect(renderTable(['Metric', 'a'], [['x', '1'], ['longer', '22']])).toBe('Metric   a\n──────  ──\nx        1\nlonger  22\n');
  });
});

describe('progress', () => {
  it('a line says replications done of total, the rate and the time left', () => {
    expect(progressLine('compare', 1000, 4000, 10_000)).toBe(`compare ${'█'.repeat(6)}${'░'.repeat(18)} 1,000/4,000 replications  100/s  0:30 left`);
  });

  it('draws on a terminal only after a moment, at most every 100 ms, and clears itself', () => {
    let t = 0;
    let err = '';
    const bar = progressBar({ stdout: () => {}, stderr: (s) => (err += s), stderrIsTTY: true }, 'run', () => t);
    bar.update(1, 10);
    expect(err).toBe('');
    t = 300;
    bar.update(2, 10);
    t = 350;
    bar.update(3, 10);
    expect(err.match(/\r/g)).toHaveLength(1);
    t = 360;
    bar.update(10, 10);
    bar.finish();
    expect(err).toMatch(/10\/10 replications/);
    expect(err.endsWith('\r\x1b[K')).toBe(true);
  });

  it('says nothing when stderr is not a terminal', () => {
    let err = '';
    const bar = progressBar({ stdout: () => {}, stderr: (s) => (err += s), stderrIsTTY: false }, 'run', () => 10_000);
    bar.update(5, 10);
    bar.finish();
    expect(err).toBe('');
  });
});
