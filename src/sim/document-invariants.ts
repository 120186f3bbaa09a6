import { checkDecisionInvariants } from './decide/decision-invariants.js';
import { checkResultInvariants, nonFiniteProblems } from './experiment/document-invariants.js';

/**
 * The one validator of every document Handoff writes: result documents (run, compare, sweep) and
 * decision documents (those with a `kind`: odds, size, …). Every broken invariant as "path: what is
 * wrong" (JSON dot-and-bracket paths); empty when all hold. Tests run it on every document they
 * make; the fuzzer on every document the CLI prints.
 */
export function checkDocumentInvariants(doc: unknown): string[] {
  if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && typeof (doc as { kind?: unknown }).kind === 'string') {
    return [...nonFiniteProblems(doc), ...checkDecisionInvariants(doc as Record<string, unknown>)];
  }
  return checkResultInvariants(doc);
}
