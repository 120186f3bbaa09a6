import * as z from 'zod';
import { scenarioSchema } from './schema/scenario.js';

/** The JSON Schema of scenario files (draft 2020-12), for editors and `handoff schema`. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
