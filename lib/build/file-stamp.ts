// A file's stamp — its size and modification time — as the build caches record it, to notice a
// generated file changed, deleted or replaced by hand since the build that wrote it. Node only.
import { statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** `[size in bytes, modification time in milliseconds]`, as `stat` gives them. */
export const FileStampSchema = z.tuple([z.number(), z.number()]);
/** A file's stamp, or null when it does not exist. */
export type FileStamp = z.infer<typeof FileStampSchema> | null;

/** The stamp of `file` (relative to `dir`); null when there is no such file. */
export function stampFile(dir: string, file: string): FileStamp {
  // (No exception for a missing file: ingest asks about absent layout and correction files by the thousand.)
  const stats = statSync(path.join(dir, file), { throwIfNoEntry: false });
  return stats === undefined ? null : [stats.size, stats.mtimeMs];
}

/** Whether two stamps are equal (two nulls are: the file is absent both times). */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a === null || b === null ? a === b : a[0] === b[0] && a[1] === b[1];
}
