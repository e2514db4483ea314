// Reads the manifest beside each raw page (`<stem>.manifest.json`): JSON → PageManifest, validated
// at the boundary. Every error names the file, the line and the field at fault. Pure.
import type { z } from 'zod';
import { SourceError } from '../parser/errors';
import { PageManifestSchema, type PageManifest } from './schema';

/** Parses and validates one manifest; throws a SourceError naming the file, line and field. */
export function parseManifest(file: string, text: string): PageManifest {
  if (text.trim() === '') throw new SourceError(file, 1, 'empty manifest: expected a JSON object');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SourceError(file, jsonErrorLine(text, reason), `malformed JSON: ${reason}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new SourceError(file, 1, 'expected a JSON object with paper, date, page, pageName and provenance');
  }
  const result = PageManifestSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new SourceError(file, 1, 'invalid manifest');
  throw issueToError(file, text, data as Record<string, unknown>, issue);
}

function issueToError(
  file: string,
  text: string,
  data: Record<string, unknown>,
  issue: z.core.$ZodIssue,
): SourceError {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const allowed = Object.keys(PageManifestSchema.shape).join(', ');
    return new SourceError(file, fieldLine(text, key), `unknown field (allowed: ${allowed})`, key);
  }
  const field = issue.path.map(String).join('.') || '(manifest)';
  const key = String(issue.path[0] ?? '');
  if (!(key in data)) return new SourceError(file, 1, 'missing (required)', field);
  const got = JSON.stringify(data[key]);
  return new SourceError(file, fieldLine(text, key), `${issue.message} (got ${got})`, field);
}

/** The line of `"key":` in the JSON text, or 1 when it cannot be found. */
function fieldLine(text: string, key: string): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`"${escaped}"\\s*:`).exec(text);
  return match ? lineAt(text, match.index) : 1;
}

// V8 reports either `(line 3 column 5)` (Node 22+) or `at position 42` (Node 20).
function jsonErrorLine(text: string, reason: string): number {
  const line = /line (\d+) column/.exec(reason);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(reason);
  if (position) return lineAt(text, Number(position[1]));
  // "Unexpected end of JSON input" has no position: the problem is at the end.
  return lineAt(text, text.trimEnd().length);
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}
