import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, runModels, type Estimate } from '../../src/sim/index.js';
import { runModelsChecked } from '../support/document-invariants.js';

// Golden result documents: every scenario of the library under its models, three replications,
// pinned by the SHA-256 of the document's text (and its mean cycle times, to read at a glance).
// A change to the model that moves any number shows here; when it is meant, regenerate with
//   UPDATE_GOLDEN=1 npm test -- test/scenarios/golden.test.ts
// and say in the commit why the numbers moved. A mismatch writes the new document to
// test/artifacts/golden/ for diffing.
const DIR = 'scenarios';
const GOLDEN = 'test/golden/results.json';
const REPLICATIONS = 3;
const files = readdirSync(DIR).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

interface Pin {
  sha256: string;
  cycleTimeHoursMean: Record<string, number | null>;
}

function pinOf(file: string): { pin: Pin; text: string } {
  const loaded = loadScenario(readFileSync(`${DIR}/${file}`, 'utf8'));
  if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.problems)}`);
  const doc = runModelsChecked(loaded.scenario, loaded.scenario.models, { replications: REPLICATIONS });
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  const cycle = Object.fromEntries(doc.results.map((r) => [r.model, (r.metrics.cycleTimeHours as Estimate | null)?.mean ?? null]));
  return { pin: { sha256: createHash('sha256').update(text).digest('hex'), cycleTimeHoursMean: cycle }, text };
}

describe('golden result documents', () => {
  if (process.env.UPDATE_GOLDEN) {
    it('are regenerated', () => {
      const pins = Object.fromEntries(files.map((f) => [f, pinOf(f).pin]));
      writeFileSync(GOLDEN, `${JSON.stringify(pins, null, 2)}\n`);
    });
    return;
  }
  const pins = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, Pin>;

  it('pin every scenario of the library', () => {
    expect(Object.keys(pins).sort()).toEqual(files);
  });

  for (const file of files) {
    it(`${file} gives the same document, byte for byte`, () => {
      const { pin, text } = pinOf(file);
      if (pin.sha256 !== pins[file]?.sha256) {
        mkdirSync('test/artifacts/golden', { recursive: true });
        writeFileSync(`test/artifacts/golden/${file}.json`, text);
      }
      expect(pin.cycleTimeHoursMean).toEqual(pins[file]?.cycleTimeHoursMean);
      expect(pin.sha256).toBe(pins[file]?.sha256);
    });
  }
});
