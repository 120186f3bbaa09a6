import type { CliIO } from '../io.js';
import { UserError } from '../io.js';
import { readScenario } from '../scenario-file.js';

/** `handoff validate FILE...`: exit 0 when every file is valid, else every problem of every file (exit 1). */
export async function validateCommand(files: string[], io: CliIO): Promise<void> {
  const problems: string[] = [];
  for (const file of files) {
    try {
      await readScenario(file);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push(e.message);
    }
  }
  if (problems.length > 0) throw new UserError(problems.join('\n'));
  io.stdout(files.length === 1 ? `${files[0]}: valid\n` : `${files.length} files valid\n`);
}
