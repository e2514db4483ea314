// The ingest ledger, so that adding a day costs a day: `<content>/.cache/ingest-ledger.json`
// (git-ignored, disposable) records, per source page that ingest settled without problems, the
// stamps (size, modification time) of its input files and what it made of them — its output
// files with their stamps and sha256, its articles' ids, lines and titles (for redirects), its
// decoded text's sha256 and manifest (for the duplicate checks), its fragment files and notes.
// A later run takes a page whose inputs and outputs all still carry the recorded stamps as it is,
// without reading it, its cache entry or its article files: before, every run read and compared
// the whole archive (about 5 s per 10,000 articles on the bench machine).
//
// Trust model: a file rewritten by anything other than ingest gets a new modification time, so
// its page is read again. Not noticed: an edit of the same size within the file system's clock
// tick of ingest's stat (a few milliseconds on ext4); `npm run ingest -- --force` or deleting
// `.cache/` reads everything. The ledger is keyed by the code (lib/build/lib-fingerprint.ts) and
// the folder labels messages quote, so a code change or another working folder starts afresh.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { libFingerprint } from '../build/lib-fingerprint';
import { sameStamp, type FileStamp } from '../build/file-stamp';
import type { CurrentArticle } from './redirects';
import type { PageManifest } from './schema';

// Bump when the record format changes.
const FORMAT = 1;
const LEDGER_FILE = path.join('.cache', 'ingest-ledger.json');

/** What ingest knows about one settled page. Paths are relative to the content folder, with `/`. */
export interface LedgerPage {
  /** Each input file (page, manifest, layout corrections, text corrections) → its stamp; null when absent. */
  inputs: Record<string, FileStamp>;
  /** sha256 of the decoded page text: two pages with the same text are a duplicate. */
  textHash: string;
  manifest: PageManifest;
  /** `[path, sha256 of the text, stamp]` of every file the page generates. */
  outputs: [string, string, FileStamp][];
  /** Its articles in reading order, as the redirect update needs them. */
  articles: CurrentArticle[];
  fragmentFiles: number;
  notes: string[];
}

interface LedgerFile {
  format: number;
  key: string;
  pages: Record<string, LedgerPage>;
}

/** The input files of page `stem`, relative to the content folder, in a fixed order. */
export function pageInputs(stem: string, correctionsDir: string): string[] {
  return [
    `sources/${stem}.txt`,
    `sources/${stem}.manifest.json`,
    `sources/${stem}.layout.yaml`,
    `${correctionsDir}/${stem}.json`,
  ];
}

/**
 * The ledger of one content folder. `labels` (how messages name the sources and corrections
 * folders) is part of its key, because recorded notes quote them. Disk errors never fail ingest:
 * an unreadable ledger is empty, an unwritable one is not saved.
 */
export class IngestLedger {
  private constructor(
    private readonly contentDir: string,
    private readonly key: string,
    /** The pages as the last run left them. */
    readonly pages: ReadonlyMap<string, LedgerPage>,
  ) {}

  /** Reads the ledger of `contentDir`; empty when there is none or it was made by other code or labels. */
  static open(contentDir: string, labels: string): IngestLedger {
    const key = createHash('sha256').update(`${FORMAT}\n${libFingerprint()}\n${labels}`).digest('hex');
    let pages = new Map<string, LedgerPage>();
    try {
      const file = JSON.parse(readFileSync(path.join(contentDir, LEDGER_FILE), 'utf8')) as LedgerFile;
      if (file.format === FORMAT && file.key === key) pages = new Map(Object.entries(file.pages));
    } catch {
      // missing or unreadable: every page is read
    }
    return new IngestLedger(contentDir, key, pages);
  }

  /**
   * The recorded pages that can be taken as they are: every input has its recorded stamp
   * (`stampOf` gives the current one), and every output too, with ingest-state.json still giving
   * it the recorded hash (`stateHash`).
   */
  untouchedPages(
    stems: Iterable<string>,
    stampOf: (file: string) => FileStamp,
    stateHash: (file: string) => string | undefined,
  ): Map<string, LedgerPage> {
    const untouched = new Map<string, LedgerPage>();
    for (const stem of stems) {
      const page = this.pages.get(stem);
      if (page === undefined) continue;
      const inputsSame = Object.entries(page.inputs).every(([file, stamp]) => sameStamp(stampOf(file), stamp));
      const outputsSame =
        inputsSame &&
        page.outputs.every(([file, hash, stamp]) => stateHash(file) === hash && sameStamp(stampOf(file), stamp));
      if (outputsSame) untouched.set(stem, page);
    }
    return untouched;
  }

  /** Replaces the ledger on disk with `pages` (written whole, through a rename). */
  save(pages: ReadonlyMap<string, LedgerPage>): void {
    const file = path.join(this.contentDir, LEDGER_FILE);
    const sorted = Object.fromEntries([...pages.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const record: LedgerFile = { format: FORMAT, key: this.key, pages: sorted };
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(record));
      renameSync(temporary, file);
    } catch {
      // A read-only checkout still ingests; the next run just reads every page.
    }
  }
}
