import type { Random } from '../random/stream.js';

/** One Morris trajectory on two levels: k + 1 settings, each differing from the one before in one lever. */
export interface MorrisTrajectory {
  /** settings[j][i]: lever i at its high (true) or low (false) in the j-th setting. */
  settings: boolean[][];
  /** changed[j]: the lever switched between setting j and j + 1. */
  changed: number[];
}

/**
 * R trajectories for k levers on two levels (each lever at its low or its high): a random start,
 * then every lever switched once, in a random order (Morris 1991, with p = 2 levels).
 */
export function morrisTrajectories(k: number, r: number, rng: Random): MorrisTrajectory[] {
  return Array.from({ length: r }, () => {
    const start = Array.from({ length: k }, () => rng() < 0.5);
    const order = Array.from({ length: k }, (_, i) => i);
    for (let i = k - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const settings = [start];
    for (const i of order) {
      const next = [...settings[settings.length - 1]];
      next[i] = !next[i];
      settings.push(next);
    }
    return { settings, changed: order };
  });
}

/** A lever's elementary effects: their mean μ, the mean of their absolute values μ*, their standard deviation σ. */
export interface ElementaryEffects {
  mu: number;
  muStar: number;
  sigma: number;
  effects: number;
}

/**
 * Each lever's elementary effects, from the metric at every setting of every trajectory
 * (`values[t][j]`): one effect per trajectory, the metric with the lever high minus with it low,
 * the other levers as that trajectory has them. A σ large against μ* says the lever's effect
 * depends on the others (interaction) or is not monotone. Steps with a non-finite value are skipped.
 */
export function elementaryEffects(trajectories: readonly MorrisTrajectory[], values: ReadonlyArray<readonly number[]>, k: number): ElementaryEffects[] {
  const byLever: number[][] = Array.from({ length: k }, () => []);
  trajectories.forEach((t, ti) => {
    t.changed.forEach((i, j) => {
      const before = values[ti][j];
      const after = values[ti][j + 1];
      const effect = t.settings[j + 1][i] ? after - before : before - after;
      if (Number.isFinite(effect)) byLever[i].push(effect);
    });
  });
  return byLever.map((list) => {
    const n = list.length;
    const mu = n > 0 ? list.reduce((a, b) => a + b, 0) / n : NaN;
    const muStar = n > 0 ? list.reduce((a, b) => a + Math.abs(b), 0) / n : NaN;
    const sigma = n > 1 ? Math.sqrt(list.reduce((a, b) => a + (b - mu) * (b - mu), 0) / (n - 1)) : NaN;
    return { mu, muStar, sigma, effects: n };
  });
}
