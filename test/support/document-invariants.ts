import { expect } from 'vitest';
import { assembleSweep, checkDocumentInvariants, runModels } from '../../src/sim/index.js';

/** Fails the test with every broken invariant of a result or sweep document; returns the document. */
export function expectDocumentInvariants<D>(doc: D): D {
  expect(checkDocumentInvariants(doc), 'result document invariants').toEqual([]);
  return doc;
}

/** `runModels`, with the document's invariants asserted: every document a test makes is checked. */
export function runModelsChecked(...args: Parameters<typeof runModels>): ReturnType<typeof runModels> {
  return expectDocumentInvariants(runModels(...args));
}

/** `assembleSweep`, with the document's invariants asserted. */
export function assembleSweepChecked(...args: Parameters<typeof assembleSweep>): ReturnType<typeof assembleSweep> {
  return expectDocumentInvariants(assembleSweep(...args));
}
