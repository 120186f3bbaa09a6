import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { assumptionsInForce, assumptionValueText as shown, type AssumptionInForce } from '../../sim/index.js';
import type { CliIO } from '../io.js';
import { readScenario } from '../scenario-file.js';

/** The register as text: one line per parameter, its source and what it drives beneath. */
function table(rows: AssumptionInForce[], withScenario: boolean): string {
  const lines: string[] = [];
  for (const r of rows) {
    const state = !withScenario ? '' : r.value === null ? '  (not used)' : r.isDefault ? '  (default)' : `  (set; default ${shown(r.default)})`;
    lines.push(`${r.path} = ${shown(r.value)}${state}`);
    lines.push(`    unit: ${r.unit}; plausible ${shown(r.low)} – ${shown(r.high)}; drives ${r.drives.join(', ')}`);
    lines.push(`    source: ${r.source}`);
    if (r.note) lines.push(`    note: ${r.note}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `handoff assumptions [FILE]`: the behavioural parameters, with a scenario's values when given. */
export async function assumptionsCommand(file: string | undefined, opts: { json?: boolean }, io: CliIO): Promise<void> {
  let name: string | null = null;
  let raw: unknown = null;
  if (file !== undefined) {
    // Validated first, so that a mistake reads as every other command's (file:line:col, exit 1).
    const { scenario } = await readScenario(file);
    name = scenario.name;
    raw = parse(await readFile(file, 'utf8'));
  }
  const rows = assumptionsInForce(raw);
  if (opts.json) {
    io.stdout(`${JSON.stringify({ scenario: name, assumptions: rows }, null, 2)}\n`);
    return;
  }
  const head = name === null ? 'The assumptions register: every behavioural parameter and its default.' : `Assumptions of "${name}" (${file}):`;
  io.stdout(`${head}\n\n${table(rows, name !== null)}`);
}
