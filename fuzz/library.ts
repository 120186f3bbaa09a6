import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A library scenario: its file name, its text, and its data made quick to run (short horizon). */
export interface LibraryScenario {
  name: string;
  text: string;
  data: Record<string, unknown>;
}

/** Horizon the fuzzer gives library scenarios, so that a case takes well under a second. */
export const QUICK_HORIZON = '3w';

/** Reads every scenario in `dir` (YAML), shortening its horizon and warm-up. */
export function loadLibrary(dir: string): LibraryScenario[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const data = parse(text) as Record<string, unknown>;
      return { name, text, data: { ...data, horizon: QUICK_HORIZON, warmup: '0d', replications: 2 } };
    });
}
