import { checkBacktestInvariants } from './backtest/backtest-invariants.js';
import { checkDecisionInvariants } from './decide/decision-invariants.js';
import { checkResultInvariants, nonFiniteProblems } from './experiment/document-invariants.js';

/**
 * The one validator of every document Handoff writes: result documents (run, compare, sweep),
 * decision documents (those with a `kind`: odds, size, …) and backtests (kind "backtest"). Every
 * broken invariant as "path: what is wrong" (JSON dot-and-bracket paths); empty when all hold.
 * Tests run it on every document they make; the fuzzer on every document the CLI prints.
 */
export function checkDocumentInvariants(doc: unknown): string[] {
  if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && typeof (doc as { kind?: unknown }).kind === 'string') {
    const kinded = doc as Record<string, unknown>;
    if (kinded.kind === 'backtest') return [...nonFiniteProblems(doc), ...checkBacktestInvariants(kinded)];
    return [...nonFiniteProblems(doc), ...checkDecisionInvariants(kinded)];
  }
  return checkResultInvariants(doc);
}
