/** One problem in one content file, located by file and field so an editor can fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

function formatProblem({ file, field, message }: ContentProblem): string {
  return `${file} → ${field}: ${message}`;
}

/** Thrown at build time; lists every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(
      `Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function throwIfAny(problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}

/** What went wrong in `file`: a ContentError's own problems, or any other error as one on the whole file. */
export function problemsOf(error: unknown, file: string): readonly ContentProblem[] {
  if (error instanceof ContentError) return error.problems;
  return [{ file, field: '(file)', message: error instanceof Error ? error.message : String(error) }];
}
