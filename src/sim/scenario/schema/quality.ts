import * as z from 'zod';
import { distribution, probability, wallDuration } from './primitives.js';

/** Effort distributions (working time of the person doing the work). */
export const effort = z.strictObject({
  design: distribution.default({ lognormal: { mean: '6h', sd: '2h' } }).meta({ description: 'Designing a template (first version of an asset type).' }),
  variant: distribution.default({ lognormal: { mean: '90m', sd: '30m' } }).meta({ description: 'Deriving one channel variant from an approved template.' }),
  routine: distribution.optional().meta({ description: 'Designing a routine stream asset (default: the variant effort).' }),
  revision: z
    .strictObject({
      defect: z.number().min(0).max(2).default(0.1).meta({ description: 'Fixing a trivial defect found in review.' }),
      misread: z.number().min(0).max(2).default(0.8).meta({ description: 'Redoing work that misread the brief: most of a redesign.' }),
      relitigation: z.number().min(0).max(2).default(0.5).meta({ description: 'Reworking a settled choice that was re-opened.' }),
      perfectionism: z.number().min(0).max(2).default(0.25).meta({ description: 'Nice-to-have changes.' }),
      decay: z.number().positive().max(1).default(0.6).meta({ description: 'Each further round multiplies the effort by this.' }),
    })
    .prefault({})
    .meta({ description: 'Revision effort as a fraction of the first version\'s effort, by the cause of the send-back, × decay^(round−1).' }),
  preflightFix: distribution.default('20m').meta({ description: 'Fixing what pre-flight found before submitting.' }),
  review: distribution.default({ lognormal: { mean: '20m', sd: '10m' } }).meta({ description: 'Reviewing one item.' }),
  feedback: distribution.default('15m').meta({ description: 'Writing feedback for an async decision (documentation).' }),
  submissionNote: distribution.default('5m').meta({ description: 'Writing up a ticket when submitting async (pre-filled in event-driven).' }),
  discussion: distribution.default({ triangular: { min: '5m', mode: '10m', max: '20m' } }).meta({ description: 'Discussing one item in a meeting.' }),
  clarification: distribution.default('15m').meta({ description: 'Writing or answering one clarification question.' }),
});

/** Where rework comes from: each cause a parameter. */
export const quality = z.strictObject({
  rework: z.enum(['none', 'mechanisms']).default('mechanisms').meta({ description: '"none": every review approves (for validation).' }),
  defectRate: probability.default(0.05).meta({ description: 'Chance a submission carries a trivial defect (format, safe area, placeholder copy).' }),
  misread: probability.default(0.3).meta({ description: 'Written review: chance, per unit of brief ambiguity, that the work misread the brief.' }),
  meetingMisread: probability.default(0.1).meta({ description: 'The same when reviewed in a meeting, where ambiguity is resolved in the room.' }),
  questionRate: probability.default(0.6).meta({ description: 'Chance, per unit of ambiguity, that a written review needs a clarification question first.' }),
  perfectionism: probability.default(0.08).meta({ description: 'Chance a reviewer asks for nice-to-have changes on a pass.' }),
  meetingPressure: z.number().min(0).max(1).default(0.4).meta({ description: 'Multiplier on perfectionism in a meeting (the clock is running).' }),
  roundDecay: z.number().min(0).max(1).default(0.5).meta({ description: 'Perfectionism multiplier per further round.' }),
  variantInheritance: z.number().min(0).max(1).default(0.3).meta({ description: 'Variants carry this share of the ambiguity risk of their template.' }),
});

/** Automated checks before review. */
export const preflight = z.strictObject({
  enabled: z.boolean().default(false),
  catchRate: probability.default(0.8).meta({ description: 'Share of trivial defects the checks catch.' }),
  run: wallDuration.default('2m').meta({ description: 'Wall time of one automated run.' }),
});

/** Must-fix vs nice-to-have checklist. */
export const acceptanceCriteria = z.strictObject({
  enabled: z.boolean().default(false),
  residual: z.number().min(0).max(1).default(0.2).meta({ description: 'Share of perfectionism left after the first pass.' }),
});

/** A single source of truth for decisions. */
export const decisionLog = z.strictObject({
  enabled: z.boolean().default(false),
  relitigation: probability.default(0.25).meta({ description: 'Without a log: chance a settled choice is re-opened for an asset type decided before.' }),
  upkeep: wallDuration.default('10m').meta({ description: 'With a log: documentation minutes per approval.' }),
});
