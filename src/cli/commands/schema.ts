import { scenarioJsonSchema } from '../../sim/index.js';
import type { CliIO } from '../io.js';

/** `handoff schema`: the JSON Schema of scenario files. */
export async function schemaCommand(io: CliIO): Promise<void> {
  io.stdout(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
}
