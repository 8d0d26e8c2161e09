/**
 * Named error classes. The class name says where an error came from; messages
 * name the offending value. The CLI maps ScenarioError and InputError to exit
 * code 2 and prints them without a stack trace.
 */

/** One problem found in a scenario file or override: where, what was expected, what was found. */
export interface Issue {
  /** The file the problem is in, or "--set" / "<object>" when it came from elsewhere. */
  readonly file: string;
  /** Dotted path of the field, e.g. "mechanisms.events.every"; "" for the whole document. */
  readonly path: string;
  readonly message: string;
}

export function formatIssue(issue: Issue): string {
  const where = issue.path === "" ? issue.file : `${issue.file}: ${issue.path}`;
  return `${where}: ${issue.message}`;
}

/** A scenario (file, object or override) is invalid; carries every problem found. */
export class ScenarioError extends Error {
  override readonly name = "ScenarioError";
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.issues = issues;
  }
}

/** Bad input that is not a scenario: a malformed graph file, a bad command-line argument. */
export class InputError extends Error {
  override readonly name = "InputError";
}

/** The model was asked for something it cannot do (e.g. a generator parameter out of range). */
export class ModelError extends Error {
  override readonly name = "ModelError";
}

/** A metric was asked for something it cannot compute. */
export class MetricError extends Error {
  override readonly name = "MetricError";
}
