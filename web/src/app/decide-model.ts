import type { DecisionDocument } from '../../../src/sim/decide/decision-request.js';
import { DecideClient } from '../worker/decide-client.js';

/** The Decide view's state: the opened decision document, and the re-run from the levers. */
export interface DecideModel {
  opened: DecisionDocument;
  /** The key of the request the shown re-run answers (null: none yet). */
  resultKey: string | null;
  result: DecisionDocument | null;
  /** The key of the request running now (null: idle). */
  runningKey: string | null;
  replicationsDone: number;
  problems: string[];
  message: string;
  client: DecideClient;
}

/** A Decide model for an opened document (the client is created once per document). */
export function decideModel(opened: DecisionDocument, previous: DecideModel | null): DecideModel {
  previous?.client.stop();
  return { opened, resultKey: null, result: null, runningKey: null, replicationsDone: 0, problems: [], message: '', client: previous?.client ?? new DecideClient() };
}
