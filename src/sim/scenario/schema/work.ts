import * as z from 'zod';
import { probability, wallDuration } from './primitives.js';
import { stream } from './stream.js';

const countOrNames = z.union([z.int().min(1).max(500), z.array(z.string().min(1)).min(1)], {
  error: 'a count (1 to 500) or a list of names',
});

/** A campaign: a brief, asset types (templates) and channels (variants). */
export const campaign = z.strictObject({
  name: z.string().min(1),
  publish: wallDuration.default('0d').meta({ description: 'When the brief is published, after the scenario start.' }),
  repeat: wallDuration.optional().meta({ description: 'Publish a new campaign like this one at this interval.' }),
  clarity: probability.default(0.8).meta({ description: 'Brief clarity: 0 ambiguous, 1 clear.' }),
  assetTypes: countOrNames.default(1).meta({ description: 'Asset types (each a new template): a count or names.' }),
  channels: countOrNames.default(3).meta({ description: 'Channels (one variant each per asset type): a count or names.' }),
  priority: z.int().min(1).max(5).default(3).meta({ description: '1 (low) to 5 (urgent).' }),
});

/** A one-off asset: one type on one channel, often high stakes. */
export const oneOff = z.strictObject({
  name: z.string().min(1),
  publish: wallDuration.default('0d'),
  repeat: wallDuration.optional(),
  clarity: probability.default(0.6),
  channel: z.string().default('one-off'),
  priority: z.int().min(1).max(5).default(5),
  effortScale: z.number().positive().max(50).default(3).meta({ description: 'Design effort relative to a template.' }),
});

/** The work: campaigns, one-offs and streams of routine assets. */
export const work = z.strictObject({
  campaigns: z.array(campaign).default([]),
  oneOffs: z.array(oneOff).default([]),
  stream: stream.optional().meta({ description: 'One stream of routine assets (its name is optional).' }),
  streams: z.array(stream).max(100).default([]).meta({ description: 'Several streams of routine assets, each named, with its own rate, channel, clarity and priority.' }),
});
