import * as z from 'zod';
import { assumed } from '../assumptions.js';
import { distribution, probability, wallDuration } from './primitives.js';

/** Effort distributions (working time of the person doing the work). */
export const effort = z.strictObject({
  design: distribution.default(assumed('effort.design')).meta({ description: 'Designing a template (first version of an asset type).' }),
  variant: distribution.default(assumed('effort.variant')).meta({ description: 'Deriving one channel variant from an approved template.' }),
  routine: distribution.optional().meta({ description: 'Designing a routine stream asset (default: the variant effort).' }),
  revision: z
    .strictObject({
      defect: z.number().min(0).max(2).default(assumed('effort.revision.defect')).meta({ description: 'Fixing a trivial defect found in review.' }),
      misread: z.number().min(0).max(2).default(assumed('effort.revision.misread')).meta({ description: 'Redoing work that misread the brief: most of a redesign.' }),
      relitigation: z.number().min(0).max(2).default(assumed('effort.revision.relitigation')).meta({ description: 'Reworking a settled choice that was re-opened.' }),
      perfectionism: z.number().min(0).max(2).default(assumed('effort.revision.perfectionism')).meta({ description: 'Nice-to-have changes.' }),
      decay: z.number().positive().max(1).default(assumed('effort.revision.decay')).meta({ description: 'Each further round multiplies the effort by this.' }),
    })
    .prefault({})
    .meta({ description: 'Revision effort as a fraction of the first version\'s effort, by the cause of the send-back, × decay^(round−1).' }),
  preflightFix: distribution.default(assumed('effort.preflightFix')).meta({ description: 'Fixing what pre-flight found before submitting.' }),
  review: distribution.default(assumed('effort.review')).meta({ description: 'Reviewing one item.' }),
  feedback: distribution.default(assumed('effort.feedback')).meta({ description: 'Writing feedback for an async decision (documentation).' }),
  submissionNote: distribution.default(assumed('effort.submissionNote')).meta({ description: 'Writing up a ticket when submitting async (pre-filled in event-driven).' }),
  discussion: distribution.default(assumed('effort.discussion')).meta({ description: 'Discussing one item in a meeting.' }),
  clarification: distribution.default(assumed('effort.clarification')).meta({ description: 'Writing or answering one clarification question.' }),
});

/** Where rework comes from: each cause a parameter. */
export const quality = z.strictObject({
  rework: z.enum(['none', 'mechanisms']).default('mechanisms').meta({ description: '"none": every review approves (for validation).' }),
  defectRate: probability.default(assumed('quality.defectRate')).meta({ description: 'Chance a submission carries a trivial defect (format, safe area, placeholder copy).' }),
  misread: probability.default(assumed('quality.misread')).meta({ description: 'Written review: chance, per unit of brief ambiguity, that the work misread the brief.' }),
  meetingMisread: probability.default(assumed('quality.meetingMisread')).meta({ description: 'The same when reviewed in a meeting, where ambiguity is resolved in the room.' }),
  questionRate: probability.default(assumed('quality.questionRate')).meta({ description: 'Chance, per unit of ambiguity, that a written review needs a clarification question first.' }),
  perfectionism: probability.default(assumed('quality.perfectionism')).meta({ description: 'Chance a reviewer asks for nice-to-have changes on a pass.' }),
  meetingPressure: z.number().min(0).max(1).default(assumed('quality.meetingPressure')).meta({ description: 'Multiplier on perfectionism in a meeting (the clock is running).' }),
  roundDecay: z.number().min(0).max(1).default(assumed('quality.roundDecay')).meta({ description: 'Perfectionism multiplier per further round.' }),
  variantInheritance: z.number().min(0).max(1).default(assumed('quality.variantInheritance')).meta({ description: 'Variants carry this share of the ambiguity risk of their template.' }),
});

/** Automated checks before review. */
export const preflight = z.strictObject({
  enabled: z.boolean().default(false),
  catchRate: probability.default(assumed('preflight.catchRate')).meta({ description: 'Share of trivial defects the checks catch.' }),
  run: wallDuration.default('2m').meta({ description: 'Wall time of one automated run.' }),
});

/** Must-fix vs nice-to-have checklist. */
export const acceptanceCriteria = z.strictObject({
  enabled: z.boolean().default(false),
  residual: z.number().min(0).max(1).default(assumed('acceptanceCriteria.residual')).meta({ description: 'Share of perfectionism left after the first pass.' }),
});

/** A single source of truth for decisions. */
export const decisionLog = z.strictObject({
  enabled: z.boolean().default(false),
  relitigation: probability.default(assumed('decisionLog.relitigation')).meta({ description: 'Without a log: chance a settled choice is re-opened for an asset type decided before.' }),
  upkeep: wallDuration.default(assumed('decisionLog.upkeep')).meta({ description: 'With a log: documentation minutes per approval.' }),
});
