import { checkDistribution, type Distribution } from '../random/distribution.js';
import { parseDuration, type ParsedDuration } from './duration.js';
import { MAX_DURATION_MIN, MAX_DURATION_TEXT } from './limits.js';
import type { DistributionInput } from './schema/primitives.js';
import type { Problem } from './problem.js';

type Path = (string | number)[];

/** Collects problems while converting validated text fields into minutes and distributions. */
export class CompileContext {
  readonly problems: Problem[] = [];

  /** Records a problem at `path`. */
  problem(path: Path, message: string): void {
    this.problems.push({ path, message });
  }

  /** A duration as wall or business minutes. */
  duration(text: string, path: Path): ParsedDuration {
    const parsed = parseDuration(text);
    if (typeof parsed === 'string') {
      this.problem(path, parsed);
      return { minutes: 0, business: false };
    }
    // 401 digits parse as Infinity; a hundred thousand weeks runs for hours: both are typos.
    if (!(parsed.minutes <= MAX_DURATION_MIN)) {
      const shown = text.trim().length > 24 ? `${text.trim().slice(0, 20)}…` : text.trim();
      this.problem(path, `"${shown}" is longer than ${MAX_DURATION_TEXT}, the longest duration a scenario may use`);
      return { minutes: MAX_DURATION_MIN, business: parsed.business };
    }
    return parsed;
  }

  /** A duration that repeats an action (a ping, a look at the queue): zero would repeat it forever at one instant. */
  repeatDuration(text: string, path: Path, what: string): ParsedDuration {
    const d = this.duration(text, path);
    if (d.minutes <= 0 && this.problems.every((p) => p.path !== path)) {
      this.problem(path, `must be longer than zero: ${what} again after 0s would repeat without end at the same instant`);
    }
    return d;
  }

  /** A wall-time duration in minutes. */
  minutes(text: string, path: Path): number {
    return this.duration(text, path).minutes;
  }

  /** A distribution with its parameters checked, in minutes. */
  distribution(input: DistributionInput, path: Path): Distribution {
    const d = this.toDistribution(input, path);
    const key = d.kind === 'constant' ? [] : [d.kind];
    for (const p of checkDistribution(d)) {
      const field = d.kind === 'constant' ? [] : d.kind === 'empirical' ? p.field.split('.').slice(1).map(Number) : [p.field];
      this.problem([...path, ...key, ...field], p.message);
    }
    return d;
  }

  private toDistribution(input: DistributionInput, path: Path): Distribution {
    const m = (text: string, ...sub: Path) => this.minutes(text, [...path, ...sub]);
    if (typeof input === 'string') return { kind: 'constant', value: m(input) };
    if ('exponential' in input) return { kind: 'exponential', mean: m(input.exponential.mean, 'exponential', 'mean') };
    if ('lognormal' in input) {
      const { mean, sd } = input.lognormal;
      return { kind: 'lognormal', mean: m(mean, 'lognormal', 'mean'), sd: m(sd, 'lognormal', 'sd') };
    }
    if ('gamma' in input) {
      const { mean, sd } = input.gamma;
      return { kind: 'gamma', mean: m(mean, 'gamma', 'mean'), sd: m(sd, 'gamma', 'sd') };
    }
    if ('triangular' in input) {
      const { min, mode, max } = input.triangular;
      return {
        kind: 'triangular',
        min: m(min, 'triangular', 'min'),
        mode: m(mode, 'triangular', 'mode'),
        max: m(max, 'triangular', 'max'),
      };
    }
    if ('uniform' in input) {
      const { min, max } = input.uniform;
      return { kind: 'uniform', min: m(min, 'uniform', 'min'), max: m(max, 'uniform', 'max') };
    }
    return { kind: 'empirical', values: input.empirical.map((v, i) => m(v, 'empirical', i)) };
  }
}
