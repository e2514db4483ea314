// Errors for bad input (a source page or its manifest): they carry the file, the line and,
// for manifests, the field, and print in the vfile-message format `file:line: reason`.

/** A problem with a source page or its manifest, printed as `content/sources/x.txt:37: reason`. */
export class SourceError extends Error {
  /** The file at fault, as the user would type it (e.g. `content/sources/x.txt`). */
  readonly file: string;
  /** 1-based line of the problem; 1 when the problem concerns the whole file. */
  readonly line: number;
  /** The manifest field at fault (`page`, `date`…), or null for page problems. */
  readonly field: string | null;
  /** The reason alone, without the `file:line:` prefix. */
  readonly reason: string;

  constructor(file: string, line: number, reason: string, field: string | null = null) {
    const fieldPart = field === null ? '' : `field "${field}": `;
    super(`${file}:${line}: ${fieldPart}${reason}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.field = field;
    this.reason = reason;
  }
}

/** True for errors that describe bad input (printed without a stack trace), false for bugs. */
export function isSourceError(error: unknown): error is SourceError {
  return error instanceof SourceError;
}
