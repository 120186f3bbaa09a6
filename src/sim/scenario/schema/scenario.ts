import * as z from 'zod';
import { instant, wallDuration } from './primitives.js';
import { MAX_PENDING_EVENTS, MAX_REPLICATIONS } from '../limits.js';
import { team } from './team.js';
import { work } from './work.js';
import { acceptanceCriteria, decisionLog, effort, preflight, quality } from './quality.js';
import { async, eventDriven, hybrid, modelName, sync } from './review-models.js';

/** The scenario file: a team, its work, and the review models to simulate it under. */
export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1).meta({ description: 'What this scenario is.' }),
    description: z.string().optional(),
    start: instant.default('2026-01-05T00:00:00Z').meta({ description: 'The origin instant (UTC or with an offset).' }),
    horizon: wallDuration.default('12w').meta({ description: 'How long to simulate.' }),
    warmup: wallDuration.default('0d').meta({ description: 'Assets first submitted before this are not counted.' }),
    replications: z.int().min(1).max(MAX_REPLICATIONS).default(20),
    seed: z.union([z.int(), z.string().min(1)], { error: 'a seed is a whole number or text, e.g. 42 or "pilot"' }).default(1),
    model: modelName.default('async').meta({ description: 'The review model `run` uses.' }),
    models: z
      .array(modelName)
      .min(1)
      .superRefine((models, ctx) => {
        models.forEach((m, i) => {
          if (models.indexOf(m) < i) ctx.addIssue({ code: 'custom', path: [i], message: `${m} is listed twice; name each model once` });
        });
      })
      .optional().meta({ description: 'The models `compare` uses (default: all four).' }),
    team,
    work: work.prefault({}),
    effort: effort.prefault({}),
    quality: quality.prefault({}),
    preflight: preflight.prefault({}),
    acceptanceCriteria: acceptanceCriteria.prefault({}),
    decisionLog: decisionLog.prefault({}),
    sync: sync.prefault({}),
    async: async.prefault({}),
    hybrid: hybrid.prefault({}),
    eventDriven: eventDriven.prefault({}),
    limits: z
      .strictObject({
        maxEvents: z.int().min(1000).default(50_000_000),
        maxPendingEvents: z.int().min(1000).max(MAX_PENDING_EVENTS).default(1_000_000).meta({ description: 'Most events pending at once; more stops the run as a runaway.' }),
        maxOpenAssets: z.int().min(100).max(10_000_000).default(100_000).meta({ description: 'Most assets open at once (created, not yet approved); more stops the run as a runaway.' }),
      })
      .default({ maxEvents: 50_000_000, maxPendingEvents: 1_000_000, maxOpenAssets: 100_000 }),
  })
  .meta({ title: 'Handoff scenario', description: 'A creative review pipeline scenario for Handoff.' });

/** The scenario as written (before defaults). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** The scenario with defaults filled in (durations still as text). */
export type ScenarioDocument = z.output<typeof scenarioSchema>;
