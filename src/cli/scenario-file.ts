import { readFile, stat } from 'node:fs/promises';
import { formatProblem, loadScenario, MAX_SCENARIO_CHARS, type ModelName, type Scenario } from '../sim/index.js';
import { UserError } from './io.js';

/** Reads and validates a scenario file (for its own models and `models` chosen on the command line); a problem becomes a UserError listing every `file:line:col` line; warnings come back as such lines. */
export async function readScenario(file: string, models: readonly ModelName[] = []): Promise<{ scenario: Scenario; text: string; warnings: string[] }> {
  let text: string;
  try {
    // A file too large is refused before it is read (a character is at least a byte).
    const { size } = await stat(file);
    if (size > MAX_SCENARIO_CHARS) {
      throw new UserError(`${file}:1:1: (top level): the file is too large: ${size} bytes, a scenario may have at most ${MAX_SCENARIO_CHARS} (MAX_SCENARIO_CHARS)`);
    }
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new UserError(`${file}: cannot read the scenario: ${why}`);
  }
  const result = loadScenario(text, { models });
  if (!result.ok) throw new UserError(result.problems.map((p) => formatProblem(file, p)).join('\n'));
  return { scenario: result.scenario, text, warnings: result.warnings.map((p) => formatProblem(file, p)) };
}

/** Validates a scenario's text already read (a part's copy, for handoff merge); problems as readScenario reports them. */
export function scenarioFromText(file: string, text: string, models: readonly ModelName[] = []): { scenario: Scenario; text: string } {
  const result = loadScenario(text, { models });
  if (!result.ok) throw new UserError(result.problems.map((p) => formatProblem(file, p)).join('\n'));
  return { scenario: result.scenario, text };
}
