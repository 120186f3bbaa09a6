import type { ResultDocument } from '../../src/sim/index.js';

/**
 * A document as version 1 wrote it: `reworkRate` counted send-backs, `series.workInProgress` open
 * assets; no rework rate of the field guide, no documentation parts, no agenda by items, no WIP series.
 */
export function schemaOne(doc: ResultDocument): Record<string, any> {
  const v1 = JSON.parse(JSON.stringify(doc)) as Record<string, any>;
  v1.schemaVersion = 1;
  for (const r of v1.results) {
    for (const key of Object.keys(r.metrics)) {
      if (/^(reworkRate|personHoursDocumentation.+|agendaItemsDiscussedShare|assetsOpenMean)/.test(key)) delete r.metrics[key];
    }
    for (const [from, to] of [['sentBackShare', 'reworkRate'], ['sentBackShareRouteSync', 'reworkRateRouteSync'], ['sentBackShareRouteAsync', 'reworkRateRouteAsync']]) {
      r.metrics[to] = r.metrics[from];
      delete r.metrics[from];
      if (r.versusFirst?.[from]) {
        r.versusFirst[to] = r.versusFirst[from];
        delete r.versusFirst[from];
      }
    }
    for (const key of Object.keys(r.versusFirst ?? {})) if (!(key in r.metrics)) delete r.versusFirst[key];
    r.series.workInProgress = r.series.assetsOpen;
    delete r.series.assetsOpen;
  }
  return v1;
}
