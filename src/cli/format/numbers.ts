/** A number with sensible digits for a table: 3 significant figures, thousands grouped. */
export function num(x: number | null | undefined, digits = 3): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  const abs = Math.abs(x);
  if (abs >= 1000) return Math.round(x).toLocaleString('en-US');
  if (abs === 0) return '0';
  return Number(x.toPrecision(digits)).toString();
}

/** A share as a percentage with one decimal. */
export function pct(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  return `${(x * 100).toFixed(1)}%`;
}

/** A signed number: "+3.2", "-117"; shares in percentage points ("+7.1pp"). */
export function signed(x: number, share = false): string {
  const text = share ? `${(x * 100).toFixed(1)}pp` : num(x);
  return x > 0 ? `+${text}` : text;
}

/** A mean with the half-width of its 95% CI: "125 ±4.1", "12.6% ±1.2" (the mean alone when the CI is empty). */
export function meanPlusMinus(mean: number | null | undefined, ci95: readonly (number | null)[] | undefined, share = false): string {
  const m = share ? pct(mean) : num(mean);
  const [lo, hi] = ci95 ?? [];
  if (mean === null || mean === undefined || typeof lo !== 'number' || typeof hi !== 'number' || hi <= lo) return m;
  const half = (hi - lo) / 2;
  return `${m} ±${share ? (half * 100).toFixed(1) : num(half, 2)}`;
}

/** A count with its noun: "1 replication", "20 replications". */
export function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
