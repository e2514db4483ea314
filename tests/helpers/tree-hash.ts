// The sha256 of a folder tree (every file's relative path and bytes, in sorted order), to tell
// whether two builds wrote the same out/ (the incremental-build test, the scale benchmark).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Each file's sha256 (hex) by its path relative to `dir` (`/` separators), sorted by path. */
export function hashFiles(dir: string): Map<string, string> {
  const files: [string, string][] = [];
  const visit = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else
        files.push([
          child,
          createHash('sha256')
            .update(readFileSync(path.join(dir, child)))
            .digest('hex'),
        ]);
    }
  };
  visit('');
  return new Map(files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** One sha256 (hex) for the whole tree of `dir`: its files' paths and digests, in order. */
export function hashTree(dir: string): string {
  const hash = createHash('sha256');
  for (const [file, digest] of hashFiles(dir)) hash.update(`${file}\0${digest}\n`);
  return hash.digest('hex');
}

/** Paths whose bytes differ between two trees, or that only one has (sorted). */
export function diffTrees(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((file) => a.get(file) !== b.get(file)).sort();
}
