// A disk cache of compressed files by the sha256 of their input, for the archive-wide files that
// postbuild writes on every build: the yearly bulk data (lib/site/bulk-data.ts) is gzip level 9 of
// the whole archive, about 3.5 s per 10,000 articles on the bench machine, though a day changes
// only its month's gzip member. Node only.
//
// An entry is used only when it decompresses to exactly the input, so a damaged entry is never
// served; a full build (any code change) empties the cache first, so every entry was made by the
// current code's compressor. Entries not used by a run are removed, so the cache holds one file per
// month of the archive.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Compresses through the cache in `dir`; see the module comment. */
export class GzipCache {
  private readonly used = new Set<string>();
  /** Inputs compressed afresh and inputs served from the cache, in this run. */
  readonly counts = { made: 0, reused: 0 };

  /** `reuse: false` (a full build) empties the folder: nothing in it is trusted. */
  constructor(
    private readonly dir: string,
    private readonly reuse: boolean,
  ) {
    if (!reuse) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }

  /** `compress(input)`, from the cache when an entry for these bytes decompresses to them. */
  compress(input: Buffer, compress: (input: Buffer) => Buffer): Buffer {
    const name = `${createHash('sha256').update(input).digest('hex')}.gz`;
    const file = path.join(this.dir, name);
    this.used.add(name);
    if (this.reuse) {
      const cached = readIfPresent(file);
      if (cached !== null && sameAfterGunzip(cached, input)) {
        this.counts.reused += 1;
        return cached;
      }
    }
    const output = compress(input);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, output);
    renameSync(temporary, file);
    this.counts.made += 1;
    return output;
  }

  /** Removes the entries this run did not use. */
  prune(): void {
    for (const name of readdirSync(this.dir)) if (!this.used.has(name)) unlinkSync(path.join(this.dir, name));
  }
}

function readIfPresent(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

function sameAfterGunzip(compressed: Buffer, input: Buffer): boolean {
  try {
    return gunzipSync(compressed).equals(input);
  } catch {
    return false;
  }
}
