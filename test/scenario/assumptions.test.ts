import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, assumptionsInForce } from '../../src/sim/index.js';

describe('the assumptions register', () => {
  it('is the schema\'s single source of defaults: a scenario that sets nothing uses every register default', () => {
    // Optional sections are switched on with nothing set, so that their parameters show too.
    const bare = {
      name: 'bare',
      team: { reviewers: { role: 'reviewer', turnover: { leavers: 1, per: '12w' } } },
      work: { stream: { interarrival: '1h' } },
      async: { sla: { firstResponse: '4bh' }, escalation: { after: '6bh' } },
      sync: { overflow: {}, fastTrack: {}, skipThin: {} },
    };
    for (const row of assumptionsInForce(bare)) {
      expect(row.isDefault, row.path).toBe(true);
      expect(row.value, row.path).toEqual(row.default);
    }
  });

  it('names each parameter once, with a plausible range and a source', () => {
    const paths = ASSUMPTIONS.map((a) => a.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const a of ASSUMPTIONS) {
      expect(a.source, a.path).toMatch(/^(field guide, |modelling assumption: )/);
      expect(a.drives.length, a.path).toBeGreaterThan(0);
    }
  });
});
