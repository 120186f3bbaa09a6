import { readFile } from 'node:fs/promises';
import { formatProblem, loadScenario, type Scenario } from '../sim/index.js';
import { UserError } from './io.js';

/** Reads and validates a scenario file; a problem becomes a UserError listing every `file:line:col` line. */
export async function readScenario(file: string): Promise<{ scenario: Scenario; text: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new UserError(`${file}: cannot read the scenario: ${why}`);
  }
  const result = loadScenario(text);
  if (!result.ok) throw new UserError(result.problems.map((p) => formatProblem(file, p)).join('\n'));
  return { scenario: result.scenario, text };
}
