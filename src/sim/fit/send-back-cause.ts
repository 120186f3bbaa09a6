/** The model's causes of a send-back (src/sim/model/outcome.ts decides them in this order). */
export type SendBackCause = 'defect' | 'misread' | 'relitigation' | 'perfectionism';

/** The causes in the order a review checks them. */
export const SEND_BACK_CAUSES: readonly SendBackCause[] = ['defect', 'misread', 'relitigation', 'perfectionism'];

const PATTERNS: ReadonlyArray<[RegExp, SendBackCause]> = [
  [/^\s*defect/i, 'defect'],
  [/^\s*misread/i, 'misread'],
  [/^\s*re-?litigat/i, 'relitigation'],
  [/^\s*(perfectionism|nice[- ]to[- ]have)/i, 'perfectionism'],
];

/** The cause a send-back's reason names when it starts with one of the model's words ("defect: logo cut off"), else null. */
export function causeOfReason(reason: string): SendBackCause | null {
  if (reason === '') return null;
  for (const [pattern, cause] of PATTERNS) if (pattern.test(reason)) return cause;
  return null;
}
