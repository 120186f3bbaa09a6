import fc from 'fast-check';
import { stringify } from 'yaml';
import type { FuzzCase } from '../case.js';
import type { LibraryScenario } from '../library.js';

/** Command-line values at, past and far past the bounds a file obeys (replications ≤ 100 000, …). */
const OPTIONS: string[][] = [
  ['-r', '0'], ['-r', '-1'], ['-r', '1.5'], ['-r', 'many'], ['-r', '100001'], ['-r', '1000000000'], ['-r', '1'],
  ['-s', ''], ['-s', '-0'], ['-s', '9007199254740993'], ['-s', 'constructor'], ['-s', '1e400'],
  ['-w', '0'], ['-w', '64'], ['-w', '-2'],
  ['--models', 'sync,sync'], ['--models', ','], ['--models', 'async,valueOf'], ['--models', 'event-driven,hybrid,event-driven'],
  ['-m', 'constructor'], ['-m', 'Sync'],
];

/** A quick library scenario run with one or two odd command-line options: a clear usage error or a sound run. */
export function optionsArbitrary(library: LibraryScenario[]): fc.Arbitrary<FuzzCase> {
  return fc
    .record({ base: fc.nat({ max: library.length - 1 }), picks: fc.uniqueArray(fc.nat({ max: OPTIONS.length - 1 }), { minLength: 1, maxLength: 2 }) })
    .map(({ base, picks }): FuzzCase => {
      const options = picks.flatMap((i) => OPTIONS[i]);
      return { family: 'options', label: `${library[base].name} with ${options.join(' ')}`, text: stringify(library[base].data), ext: 'yaml', options };
    });
}
