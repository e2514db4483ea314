// A disk cache of compressed files by a key of their inputs, for the archive-wide files that
// postbuild writes on every build: the yearly bulk data (lib/site/bulk-data.ts) is gzip level 9 of
// the whole archive, about 3.5 s per 10,000 articles on the bench machine, though a day changes
// only its month's gzip member. Node only.
//
// The key is a hash of what a file is made from (for a bulk month: its articles as loaded), which
// is cheaper than making its input (the open-data lines: ~12 s per 100k articles here, most of a
// day's postbuild). That is sound because a full build — any change of code — empties the cache
// first, so every entry was made by the current code from the inputs its key names. An entry is
// used only when it is intact gzip. Entries not used by a run are removed, so the cache holds one file per
// month of the archive.
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

  /**
   * The compressed file for `key` — a sha256 hex of everything the file is made from, under the
   * current code — from the cache when its entry is intact gzip (CRC and length checked), else
   * `make()`, kept for next time.
   */
  get(key: string, make: () => Buffer): Buffer {
    const name = `${key}.gz`;
    const file = path.join(this.dir, name);
    this.used.add(name);
    if (this.reuse) {
      const cached = readIfPresent(file);
      if (cached !== null && isIntactGzip(cached)) {
        this.counts.reused += 1;
        return cached;
      }
    }
    const output = make();
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

// gunzip checks each member's CRC-32 and length (RFC 1952), so a damaged entry is never served.
function isIntactGzip(compressed: Buffer): boolean {
  try {
    gunzipSync(compressed);
    return true;
  } catch {
    return false;
  }
}
