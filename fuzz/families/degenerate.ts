import fc from 'fast-check';
import { stringify } from 'yaml';
import type { FuzzCase } from '../case.js';
import { MODEL_NAMES } from './pools.js';

const START = '2026-03-02T00:00:00Z';

/** Every local date from `start` for `days` days ("YYYY-MM-DD"). */
export function datesFrom(start: string, days: number): string[] {
  const first = Date.parse(start);
  return Array.from({ length: days }, (_, i) => new Date(first + i * 86_400_000).toISOString().slice(0, 10));
}

/**
 * Degenerate but valid teams: designers and reviewers whose days never meet, holidays or leave
 * covering the whole horizon, far more arrivals than capacity, one-minute days, extreme speeds,
 * zero effort. The model must either run them soundly or say why it cannot.
 */
export function degenerateArbitrary(): fc.Arbitrary<FuzzCase> {
  return fc
    .record({
      model: fc.constantFrom(...MODEL_NAMES),
      models: fc.uniqueArray(fc.constantFrom(...MODEL_NAMES), { minLength: 1, maxLength: 4 }),
      seed: fc.integer({ min: 1, max: 1000 }),
      horizonWeeks: fc.integer({ min: 1, max: 3 }),
      splitDays: fc.boolean(),
      splitZones: fc.boolean(),
      away: fc.constantFrom('none', 'reviewer holidays', 'everyone holidays', 'designer leave', 'director leave'),
      overload: fc.constantFrom('none', 'stream 1m', 'stream 5m', '60 channels × 5 types'),
      hours: fc.constantFrom('09:00-17:00', '10:00-10:01', '24/7', '23:00-23:59'),
      speed: fc.constantFrom(0.001, 1, 10),
      zeroEffort: fc.boolean(),
      reviewers: fc.integer({ min: 1, max: 3 }),
      extras: fc.record({ sla: fc.boolean(), escalation: fc.boolean(), triage: fc.boolean(), adHoc: fc.boolean(), dashboard: fc.boolean(), preflight: fc.boolean() }),
    })
    .map((g): FuzzCase => {
      // A one-a-minute stream is overload enough in one week (three took ~4 s a compare, 15 s on a loaded machine).
      const weeks = g.overload.startsWith('stream') ? 1 : g.horizonWeeks;
      const days = 7 * weeks;
      const dates = datesFrom(START, days + 1);
      const holidays = (who: string) => (g.away === 'everyone holidays' || (g.away === 'reviewer holidays' && who === 'reviewers') ? dates : []);
      const leave = (who: string) => (g.away === `${who} leave` ? [{ from: dates[0], to: dates[dates.length - 1] }] : []);
      const group = (role: string, who: string, tz: string, dayList: string, count = 1) => ({
        role, count, tz: g.splitZones ? tz : 'UTC', hours: g.hours, days: g.splitDays ? dayList : 'mon-fri',
        holidays: holidays(who), leave: leave(who), speed: g.speed,
      });
      const stream = g.overload.startsWith('stream') ? { interarrival: { exponential: { mean: g.overload.slice(7) } } } : undefined;
      const campaigns = g.overload.startsWith('60')
        ? [{ name: 'Flood', clarity: 0.5, assetTypes: 5, channels: 60 }]
        : [{ name: 'Launch', clarity: 0.7, assetTypes: 2, channels: 3, repeat: '1w' }];
      const zero = g.zeroEffort ? { design: '0s', variant: '0s', review: '0s', feedback: '0s', discussion: '0s', clarification: '0s', submissionNote: '0s' } : {};
      const scenario = {
        name: `degenerate ${g.seed}`,
        start: START,
        horizon: `${weeks}w`,
        replications: 2,
        seed: g.seed,
        model: g.model,
        models: g.models,
        team: {
          designers: group('designer', 'designer', 'Asia/Tokyo', 'mon-wed', 2),
          reviewers: group('reviewer', 'reviewers', 'America/Los_Angeles', 'thu-fri', g.reviewers),
          director: group('director', 'director', 'Europe/Berlin', 'sat-sun'),
        },
        work: { campaigns, ...(stream ? { stream } : {}) },
        effort: zero,
        preflight: { enabled: g.extras.preflight },
        sync: { cadence: 'daily', attendees: ['director'], time: g.hours === '23:00-23:59' ? '23:00' : g.hours === '10:00-10:01' ? '10:00' : '14:00', duration: g.hours === '10:00-10:01' ? '1m' : '30m' },
        async: {
          dashboard: g.extras.dashboard,
          ...(g.extras.sla ? { sla: { firstResponse: '8bh' } } : {}),
          ...(g.extras.escalation ? { escalation: { after: '16bh' } } : {}),
          ...(g.extras.triage ? { triage: { attendees: ['director'], time: g.hours === '09:00-17:00' ? '10:00' : '23:30' } } : {}),
          ...(g.extras.adHoc ? { adHocCall: { after: '1d' } } : {}),
        },
      };
      const label = [g.splitDays && 'days never meet', g.splitZones && 'zones apart', g.away !== 'none' && g.away, g.overload !== 'none' && g.overload, `hours ${g.hours}`, g.speed !== 1 && `speed ${g.speed}`, g.zeroEffort && 'zero effort']
        .filter(Boolean)
        .join(', ');
      return { family: 'degenerate', label: `${g.model}: ${label}`, text: stringify(scenario), ext: 'yaml' };
    });
}
