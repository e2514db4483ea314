// content/ingest-state.json: the sha256 of every file ingest last wrote, so that a later run can
// tell a hand-edited article from its own output. Node only (node:crypto).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { SourceError } from '../parser/errors';

/** The state file: format version and `path relative to content/ → sha256 hex of the text written`. */
export const IngestStateSchema = z
  .object({
    version: z.literal(1),
    files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 hex digest')),
  })
  .strict();

export type IngestState = z.infer<typeof IngestStateSchema>;

/** The state before ingest has ever run. */
export function emptyIngestState(): IngestState {
  return { version: 1, files: {} };
}

/** sha256 hex of a file's text as UTF-8. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Parses content/ingest-state.json; throws a SourceError naming the file when it is malformed. */
export function parseIngestState(file: string, text: string): IngestState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SourceError(file, 1, `malformed JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = IngestStateSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SourceError(file, 1, issue?.message ?? 'invalid ingest state', issue?.path.join('.') || null);
  }
  return result.data;
}

/** Serialises the state with sorted paths and a final newline. */
export function ingestStateToJson(state: IngestState): string {
  const files: Record<string, string> = {};
  for (const key of Object.keys(state.files).sort()) files[key] = state.files[key] ?? '';
  return `${JSON.stringify({ version: state.version, files }, null, 2)}\n`;
}
