/** A located problem with a scenario: the user's mistake as a value, never an exception. */
export interface Problem {
  /** Path of the offending field, e.g. ["team", "reviewers", "tz"]. */
  path: (string | number)[];
  message: string;
  /** 1-based line and column in the source text, when known. */
  line?: number;
  col?: number;
  /** Points at the field's name rather than its value (an unknown field). */
  atKey?: boolean;
  /** Where to point instead when the file does not write the field's section at all (a default is at fault). */
  near?: (string | number)[];
  /** Settings this problem follows from: it is left out when one of them is reported wrong itself. */
  dependsOn?: (string | number)[][];
}

/** Raised by APIs that take an already-validated scenario when a problem slips through. */
export class ScenarioError extends Error {
  constructor(readonly problems: Problem[], readonly fileName = 'scenario') {
    super(problems.map((p) => formatProblem(fileName, p)).join('\n'));
    this.name = 'ScenarioError';
  }
}

/** Dotted form of a path: team.reviewers.tz, work.campaigns.0.name. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.length === 0 ? '(top level)' : path.join('.');
}

/** One `file:line:col: path: message` line. */
export function formatProblem(fileName: string, p: Problem): string {
  const where = p.line !== undefined ? `${fileName}:${p.line}:${p.col ?? 1}` : fileName;
  return `${where}: ${formatPath(p.path)}: ${p.message}`;
}
