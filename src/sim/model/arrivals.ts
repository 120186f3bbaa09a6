import { sampler } from '../random/distribution.js';
import { poissonArrivals } from '../random/piecewise-poisson.js';
import type { Random } from '../random/stream.js';
import type { StreamSpec } from '../scenario/types.js';
import type { Pipeline } from './pipeline.js';
import type { World } from './world.js';
import { assetKey, numberedHash0, numberedHash1 } from './asset-keys.js';

/**
 * The time of a stream's next arrival after `now`: a drawn gap (renewal) or the next point of its
 * Poisson process (Infinity when its rate has no more mass).
 */
function nextArrival(spec: StreamSpec, rng: Random): (now: number) => number {
  if (spec.arrivals.kind === 'renewal') {
    const gap = sampler(spec.arrivals.interarrival);
    return (now) => now + gap(rng);
  }
  const next = poissonArrivals(spec.arrivals.phases, rng);
  return () => next();
}

/**
 * Schedules every stream's arrivals. Each stream draws its times from its own named random stream
 * (`arrivals`, by stream name) and its channels from another, so streams are independent of each
 * other and of the review model: every model sees the same arrivals (common random numbers).
 */
export function scheduleStreams(world: World, pipeline: Pipeline): void {
  for (const spec of world.scenario.streams) {
    const rng = spec.name === '' ? world.streams.get('arrivals') : world.streams.get('arrivals', spec.name);
    const channelRng = spec.channels.length > 1 ? world.streams.get('arrival-channel', spec.name) : null;
    const next = nextArrival(spec, rng);
    // The unnamed stream keeps the keys it always had, so its assets draw what they always drew.
    const prefix = spec.name === '' ? 's' : `s:${spec.name}#`;
    const prefixKey = assetKey(prefix);
    let count = 0;
    const kind = world.sim.register((_, now) => {
      const channel = channelRng ? spec.channels[Math.floor(channelRng() * spec.channels.length)] : spec.channels[0];
      const n = count++;
      // The key's text is written only when something reads it (asset.key): see AssetRecord.
      const key = { text: prefix, number: n, hash0: numberedHash0(prefixKey, n), hash1: numberedHash1(prefixKey, n) };
      pipeline.arrive({ key, channel, clarity: spec.clarity, priority: spec.priority }, now);
      const t = next(now);
      if (t <= spec.untilMin) world.sim.scheduleAt(t, kind);
    });
    const field = spec.arrivals.kind === 'renewal' ? 'interarrival' : 'rate';
    world.nameKind(kind, `arrivals of routine work (${spec.source}.${field})`);
    const first = next(0);
    if (first <= spec.untilMin) world.sim.scheduleAt(first, kind);
  }
}
