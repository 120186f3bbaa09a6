/** Version of the decision documents (odds, size, pilot, sensitivity); each also says its `kind`. */
export const DECISION_SCHEMA_VERSION = 1;

/** The kinds of decision document. */
export const DECISION_KINDS = ['size', 'odds', 'pilot', 'sensitivity'] as const;
