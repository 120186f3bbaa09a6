import type { CliIO } from '../io.js';
import { UserError } from '../io.js';
import { readScenario } from '../scenario-file.js';

/** `handoff validate FILE...`: exit 0 when every file is valid (its models' warnings printed), else every problem of every file (exit 1). */
export async function validateCommand(files: string[], io: CliIO): Promise<void> {
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    try {
      warnings.push(...(await readScenario(file)).warnings);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push(e.message);
    }
  }
  if (problems.length > 0) throw new UserError(problems.join('\n'));
  const note = warnings.length === 0 ? '' : ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'}: a model that cannot process the work)`;
  io.stdout(warnings.map((w) => `${w}\n`).join(''));
  io.stdout(files.length === 1 ? `${files[0]}: valid${note}\n` : `${files.length} files valid${note}\n`);
}
