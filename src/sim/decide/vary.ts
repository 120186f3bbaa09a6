import { parseSweepParameter, type SweepParameter } from '../experiment/sweep.js';

/** Most values one `a..b` range may expand to. */
const MAX_RANGE = 1000;

/**
 * Parses a lever, `path=values` as `sweep --set` takes it, where a value may also be a range of
 * whole numbers `a..b` (both included): "team.reviewers.count=1..8", "…=1..3,6". Returns a
 * message when malformed, empty or a range runs backwards.
 */
export function parseVary(text: string): SweepParameter | string {
  const eq = text.indexOf('=');
  if (eq > 0) {
    const items = text.slice(eq + 1).split(',');
    const expanded: string[] = [];
    for (const item of items) {
      const range = /^\s*(-?\d+)\s*\.\.\s*(-?\d+)\s*$/.exec(item);
      if (!range) {
        expanded.push(item);
        continue;
      }
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to < from) return `--vary "${text}": the range ${from}..${to} runs backwards`;
      if (to - from + 1 > MAX_RANGE) return `--vary "${text}": the range ${from}..${to} has more than ${MAX_RANGE} values`;
      for (let v = from; v <= to; v++) expanded.push(String(v));
    }
    text = `${text.slice(0, eq)}=${expanded.join(',')}`;
  }
  const p = parseSweepParameter(text);
  if (typeof p === 'string') return `--vary ${p.replace('e.g. team.reviewers.count=2,3,4', 'e.g. team.reviewers.count=1..8 or async.sla.firstResponse=2bh,4bh')}`;
  return p;
}
