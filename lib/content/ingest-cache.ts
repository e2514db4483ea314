// A disk cache of ingest's work per source page, so that adding a day costs a day: without it every
// run decodes (with the damage check), parses and renders every page of the archive again (12 s at
// 10,000 articles, two minutes at 100,000), though a day changes only its own pages.
//
// One file per page, `<content>/.cache/ingest/<stem>.json` (git-ignored and disposable, beside the
// parse cache of lib/content/parse-cache.ts), holds the page's decoded text, keyed by the sha256 of
// its raw bytes, and what buildArticleFiles made of it, keyed by the sha256 of everything that
// decides it: the decoded text, the manifest, the layout corrections, the editors' corrections and
// the code (every file under lib/, the lockfile, Node's version). A key that differs is a miss, so
// the cache can only ever serve what a run without it would compute. `CONTENT_CACHE=off` disables it.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { libFingerprint } from '../build/lib-fingerprint';
import type { PageBuild, PageBuildCache, SourcePage } from './build-articles';
import type { PageCorrections } from './corrections';

// Bump when the entry format changes.
const FORMAT = 1;

interface CacheEntry {
  format: number;
  /** sha256 of the code fingerprint and the page's raw bytes. */
  rawKey: string;
  text: string;
  /** Page builds by the sha256 of their inputs (usually one; more while hand edits are captured). */
  builds: Record<string, PageBuild>;
}

// The code that decides ingest's output (lib/build/lib-fingerprint.ts), and this cache's format.
const ingestCodeKey = () => `${FORMAT} ${libFingerprint()}`;

const sha256 = (...parts: (string | Uint8Array)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
};

/**
 * The ingest cache of one content folder. `decoded` and `get`/`set` serve readSources and
 * buildArticleFiles; `save` writes the entries this run used or made and removes those of pages
 * that are gone. Disk errors never fail ingest: an unreadable entry is a miss, an unwritable cache
 * is skipped.
 */
export class IngestCache implements PageBuildCache {
  private readonly dir: string;
  private readonly entries = new Map<string, CacheEntry>();
  private readonly changed = new Set<string>();
  private readonly usedBuilds = new Map<string, Set<string>>();

  private constructor(contentDir: string) {
    this.dir = path.join(contentDir, '.cache', 'ingest');
  }

  /** The cache of `contentDir`, or null when `CONTENT_CACHE=off`. */
  static open(contentDir: string): IngestCache | null {
    return process.env.CONTENT_CACHE === 'off' ? null : new IngestCache(contentDir);
  }

  private entry(stem: string): CacheEntry | undefined {
    if (this.entries.has(stem)) return this.entries.get(stem);
    let entry: CacheEntry | undefined;
    try {
      const parsed = JSON.parse(readFileSync(path.join(this.dir, `${stem}.json`), 'utf8')) as CacheEntry;
      if (parsed.format === FORMAT) entry = parsed;
    } catch {
      entry = undefined; // missing or unreadable (never half-written: writes are renames)
    }
    if (entry !== undefined) this.entries.set(stem, entry);
    return entry;
  }

  /** The decoded text of page `stem` whose file holds `raw`: from the cache, else `decode()` (which may throw). */
  decoded(stem: string, raw: Uint8Array, decode: () => string): string {
    const rawKey = sha256(ingestCodeKey(), raw);
    const cached = this.entry(stem);
    if (cached?.rawKey === rawKey) return cached.text;
    const text = decode();
    this.entries.set(stem, { format: FORMAT, rawKey, text, builds: {} });
    this.changed.add(stem);
    return text;
  }

  private buildKey(source: SourcePage, corrections: PageCorrections | undefined, labels: string): string {
    return sha256(
      ingestCodeKey(),
      labels,
      source.stem,
      source.text,
      JSON.stringify(source.manifest),
      JSON.stringify(source.layout ?? []),
      JSON.stringify(corrections ?? null),
    );
  }

  /** What buildArticleFiles made of this page with these corrections, when the cache has it. */
  get(source: SourcePage, corrections: PageCorrections | undefined, labels: string): PageBuild | undefined {
    const key = this.buildKey(source, corrections, labels);
    const build = this.entry(source.stem)?.builds[key];
    if (build !== undefined) this.use(source.stem, key);
    return build;
  }

  /** Keeps a page's build (one without problems) for the next run. */
  set(source: SourcePage, corrections: PageCorrections | undefined, labels: string, build: PageBuild): void {
    const key = this.buildKey(source, corrections, labels);
    const entry = this.entry(source.stem);
    // A page read by readSources has an entry; one built from text alone gets its build keyed only.
    const kept: CacheEntry = entry ?? { format: FORMAT, rawKey: '', text: source.text, builds: {} };
    kept.builds[key] = build;
    this.entries.set(source.stem, kept);
    this.changed.add(source.stem);
    this.use(source.stem, key);
  }

  private use(stem: string, key: string): void {
    const used = this.usedBuilds.get(stem) ?? new Set<string>();
    used.add(key);
    this.usedBuilds.set(stem, used);
  }

  /**
   * Writes the entries this run changed, keeping per page only the builds it used (older versions
   * of a page would pile up otherwise), and removes the entries of pages not in `stems`.
   */
  save(stems: ReadonlySet<string>): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      for (const stem of this.changed) {
        const entry = this.entries.get(stem);
        if (entry === undefined || !stems.has(stem)) continue;
        const used = this.usedBuilds.get(stem) ?? new Set<string>();
        const builds = Object.fromEntries(Object.entries(entry.builds).filter(([key]) => used.has(key)));
        const file = path.join(this.dir, `${stem}.json`);
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ ...entry, builds }));
        renameSync(temporary, file);
      }
      for (const name of readdirSync(this.dir)) {
        if (name.endsWith('.json') && !stems.has(name.slice(0, -'.json'.length))) unlinkSync(path.join(this.dir, name));
      }
    } catch {
      // A read-only checkout still ingests; it just works every page out again next time.
    }
  }
}
