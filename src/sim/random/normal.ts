import type { Random } from './stream.js';

/**
 * Standard normal draws by Marsaglia and Tsang's ziggurat ("The Ziggurat Method for Generating
 * Random Variables", J. Stat. Software 5(8), 2000) with 128 layers: one uniform a draw about 99%
 * of the time (a layer and a point in it, from the uniform's 32 bits), against Box–Muller's two
 * uniforms, a logarithm, a square root and a cosine. The layer comes from the low 7 bits and the
 * point from the 25 above them, apart, so that a layer and its point are not correlated (the
 * flaw Doornik found in the original's reuse of bits).
 */

/** Layers: 128 strips of equal area V under the density exp(-x²/2), the base one with the tail beyond R. */
const LAYERS = 128;
const R = 3.442619855899;
const V = 9.91256303526217e-3;

/** The unnormalised density. */
const density = (x: number): number => Math.exp(-0.5 * x * x);

/**
 * Strip i spans heights density(X[i]) … density(X[i+1]) and is X[i] wide (X[0] the base strip's
 * width V / density(R), taking in the tail's area); X[1] = R, X[128] = 0. Built once, at load.
 */
const X = new Float64Array(LAYERS + 1);
const F = new Float64Array(LAYERS + 1);
X[0] = V / density(R);
X[1] = R;
for (let i = 1; i < LAYERS - 1; i++) X[i + 1] = Math.sqrt(-2 * Math.log(V / X[i] + density(X[i])));
X[LAYERS] = 0;
for (let i = 0; i <= LAYERS; i++) F[i] = density(X[i]);

/** A standard normal draw. */
export function standardNormal(rng: Random): number {
  for (;;) {
    const w = (rng() * 4294967296) >>> 0;
    const i = w & (LAYERS - 1);
    // A point across strip i, symmetric about 0: 2^25 steps over (-X[i], X[i]).
    const x = (((w >>> 7) + 0.5) * (1 / 16777216) - 1) * X[i];
    if (Math.abs(x) < X[i + 1]) return x;
    if (i === 0) return x < 0 ? -tail(rng) : tail(rng);
    // In the wedge outside the rectangle that lies wholly under the curve: accept below the curve.
    if (F[i] + (F[i + 1] - F[i]) * rng() < density(x)) return x;
  }
}

/** A draw from the normal tail beyond R (Marsaglia 1964): exponentials accepted under the curve. */
function tail(rng: Random): number {
  for (;;) {
    const x = -Math.log(1 - rng()) / R;
    const y = -Math.log(1 - rng());
    if (y + y >= x * x) return R + x;
  }
}
