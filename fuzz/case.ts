/** One generated input: the text of a scenario file and how it was made. */
export interface FuzzCase {
  /** The generator family: mutation of a library file, drawn from the JSON Schema, a degenerate team, or odd command-line options. */
  family: 'mutation' | 'schema' | 'degenerate' | 'options';
  /** What was done, e.g. "async-with-sla.yaml: drop team.reviewers.tz". */
  label: string;
  /** The scenario file's text. */
  text: string;
  ext: 'yaml' | 'json';
  /** Command-line options given to run and compare after the fuzzer's own (so they win). */
  options?: string[];
}

/** The classes a case can end in; the last four fail the fuzzer (and CI). */
export const CASE_CLASSES = ['runs', 'clear-error', 'vague-error', 'crash', 'hang', 'bad-output', 'inconsistent'] as const;
export type CaseClass = (typeof CASE_CLASSES)[number];

/** Classes that make `npm run fuzz` (and CI) fail. */
export const FAILING_CLASSES: readonly CaseClass[] = ['crash', 'hang', 'bad-output', 'inconsistent'];
