// The fingerprint of the code that derives data from content outside Next: every file under lib/
// (parser, content, search index writer, text data), the lockfile (the installed dependencies) and
// Node's version. Ingest's page cache and the search index's segment names include it, so that a
// code change can never serve data an older version computed. Node only (reads files).
import { createHash } from 'node:crypto';
import path from 'node:path';
import { hashFiles } from './code-fingerprint';

let fingerprint: string | undefined;

/**
 * A sha256 hex digest (64 characters) of lib/, package-lock.json and the Node version, for the
 * checkout this module is in (not the working directory). Computed once per process; throws only
 * if a file under lib/ cannot be read.
 */
export function libFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const root = path.resolve(__dirname, '../..');
  const hash = createHash('sha256').update(`lib-fingerprint node ${process.version}\n`);
  hashFiles(hash, root, ['lib', 'package-lock.json']);
  fingerprint = hash.digest('hex');
  return fingerprint;
}
