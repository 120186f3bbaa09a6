import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The source files of the code a replication runs. */
function replicationSources(): string[] {
  const dirs = ['src/sim/model', 'src/sim/policies', 'src/sim/compose', 'src/sim/engine', 'src/sim/experiment', 'src/sim/metrics'];
  return dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)));
}

// `obj.hook = (a, b) => …` makes V8 allocate the closure in the old generation, where it keeps a
// whole replication's young objects alive through every scavenge (see World, hooks).
const LITERAL_HOOK = /\.\w+\s*=\s*(async\s+)?(\([^()]*\)|\w+)\s*(:\s*[^=;]+)?=>|\.\w+\s*=\s*function\b/;

describe('model hooks', () => {
  it('no hook is set from a function literal written straight into the property', () => {
    const offending: string[] = [];
    for (const file of replicationSources()) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (LITERAL_HOOK.test(line) && !line.trimStart().startsWith('//') && !line.trimStart().startsWith('*')) offending.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offending).toEqual([]);
  });
});
