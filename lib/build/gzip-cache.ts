// A disk cache of compressed files by a key of their inputs, for the archive-wide files that
// postbuild writes on every build: the yearly bulk data (lib/site/bulk-data.ts) is gzip level 9 of
// the whole archive, about 3.5 s per 10,000 articles on the bench machine, though a day changes
// only its month's gzip member. Node only.
//
// The key is a hash of what a file is made from (for a bulk month: its articles as loaded), which
// is cheaper than making its input (the open-data lines: ~12 s per 100k articles here, most of a
// day's postbuild). That is sound because a full build — any change of code — empties the cache
// first, so every entry was made by the current code from the inputs its key names. An entry is
// named `<key>-<sha256 of its bytes>.gz` and used only when its bytes still hash to its name. (A
// gunzip of every cached month checked the same through the CRC and cost 0.47 s a day at 10k,
// profiled; a hash reads the compressed bytes once and inflates nothing.)
// Entries not used by a run are removed, so the cache holds one file per month of the archive.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Compresses through the cache in `dir`; see the module comment. */
export class GzipCache {
  private readonly used = new Set<string>();
  /** Key → file name of the entries found in the folder. */
  private readonly found = new Map<string, string>();
  /** Inputs compressed afresh and inputs served from the cache, in this run. */
  readonly counts = { made: 0, reused: 0 };

  /** `reuse: false` (a full build) empties the folder: nothing in it is trusted. */
  constructor(
    private readonly dir: string,
    private readonly reuse: boolean,
  ) {
    if (!reuse) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) {
      const entry = ENTRY_NAME.exec(name);
      if (entry?.[1]) this.found.set(entry[1], name);
    }
  }

  /**
   * The compressed file for `key` — a sha256 hex of everything the file is made from, under the
   * current code — from the cache when its entry's bytes still have the sha256 its name records,
   * else `make()`, kept for next time.
   */
  get(key: string, make: () => Buffer): Buffer {
    const cachedName = this.found.get(key);
    if (this.reuse && cachedName !== undefined) {
      const cached = readIfPresent(path.join(this.dir, cachedName));
      if (cached !== null && cachedName === entryName(key, cached)) {
        this.used.add(cachedName);
        this.counts.reused += 1;
        return cached;
      }
    }
    const output = make();
    const name = entryName(key, output);
    const file = path.join(this.dir, name);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, output);
    renameSync(temporary, file);
    this.used.add(name);
    this.found.set(key, name);
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

// A key (hex) and the sha256 hex of the entry's bytes.
const ENTRY_NAME = /^([0-9a-f]+)-[0-9a-f]{64}\.gz$/;

const entryName = (key: string, bytes: Buffer) =>
  `${key}-${createHash('sha256').update(bytes).digest('hex')}.gz`;
