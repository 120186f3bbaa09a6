import { parseArgs } from 'node:util';

/** Usage of `npm run fuzz`. */
export const USAGE = `usage: npm run fuzz -- [--cases N] [--seed S] [--time-budget SECONDS] [--out DIR] [--jobs K]
                        [--timeout SECONDS] [--minimize-budget RUNS] [--no-minimize]
Runs generated scenarios (mutations of scenarios/, drawn from the JSON Schema, degenerate teams) through
validate, run and compare of the built CLI; exits 1 on any crash, hang, bad output or inconsistency.`;

/** What a fuzz run is asked to do. */
export interface FuzzOptions {
  /** Cases to run (default 200; unlimited but for the time budget when only that is given). */
  cases: number;
  seed: number;
  /** Stop starting cases after this long (0: no budget). */
  timeBudgetMs: number;
  /** Where reproducers go (null: none are written). */
  out: string | null;
  /** Cases at once (child processes). */
  jobs: number;
  /** Per-command timeout: a command still running then is a hang. */
  timeoutMs: number;
  /** CLI runs spent minimizing each distinct failure (0: written as found). */
  minimizeBudget: number;
  help: boolean;
}

/** Parses the fuzzer's arguments; throws with a message on a bad value. */
export function parseFuzzOptions(argv: string[]): FuzzOptions {
  const text = { type: 'string' } as const;
  const { values } = parseArgs({
    args: argv,
    options: {
      cases: text, seed: text, 'time-budget': text, out: text, jobs: text, timeout: text, 'minimize-budget': text,
      'no-minimize': { type: 'boolean' }, help: { type: 'boolean' },
    },
  });
  const number = (name: string, value: string | undefined, fallback: number, min: number): number => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}, not "${value}"`);
    return n;
  };
  return {
    cases: Math.floor(number('cases', values.cases, values['time-budget'] !== undefined ? Number.MAX_SAFE_INTEGER : 200, 1)),
    seed: Math.floor(number('seed', values.seed, 1, -(2 ** 31))),
    timeBudgetMs: number('time-budget', values['time-budget'], 0, 0) * 1000,
    out: values.out ?? null,
    jobs: Math.floor(number('jobs', values.jobs, 2, 1)),
    timeoutMs: number('timeout', values.timeout, 15, 1) * 1000,
    minimizeBudget: values['no-minimize'] ? 0 : Math.floor(number('minimize-budget', values['minimize-budget'], 30, 0)),
    help: values.help ?? false,
  };
}
