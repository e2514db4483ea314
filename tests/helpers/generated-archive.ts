// Generated raw pages for builds at scale (the scale benchmark, the incremental-build test): an
// archive of N articles, then whole generated days appended one at a time, as a daily paper grows.
// Writes only into the sources folder it is given (under os.tmpdir()); content/ is never touched.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatePageWithTruth, indexToSlot } from '../../lib/generator';

/** The generator seed every generated archive uses, so that sizes are comparable between runs. */
export const GENERATED_SEED = 2026;

/** How far a generated archive reaches: the next page index to generate and the articles so far. */
export interface GeneratedArchive {
  /** Number of source pages written (the next page index, 0-based). */
  pages: number;
  /** Number of articles the generator planned on those pages (ingest may split or merge a few). */
  articles: number;
}

function writePage(sourcesDir: string, index: number): number {
  const page = generatePageWithTruth({ seed: GENERATED_SEED }, index);
  writeFileSync(path.join(sourcesDir, `${page.stem}.txt`), page.text);
  writeFileSync(
    path.join(sourcesDir, `${page.stem}.manifest.json`),
    `${JSON.stringify(page.manifest, null, 2)}\n`,
  );
  return page.truth.articles.length;
}

/**
 * Writes generated pages (`<stem>.txt` + `<stem>.manifest.json`) into `sourcesDir` until they
 * hold at least `articles` articles, always ending on a whole issue (day), so that appended days
 * start a new issue.
 */
export function writeGeneratedArchive(sourcesDir: string, articles: number): GeneratedArchive {
  mkdirSync(sourcesDir, { recursive: true });
  const archive: GeneratedArchive = { pages: 0, articles: 0 };
  while (archive.articles < articles || indexToSlot(archive.pages).page !== 1) {
    archive.articles += writePage(sourcesDir, archive.pages);
    archive.pages += 1;
  }
  return archive;
}

/**
 * Appends whole generated days (issues: 8 pages on weekdays, 4 at weekends) after `archive` until
 * at least `minArticles` articles were added (1 = one day); returns the archive after them and the
 * number of days and articles added.
 */
export function appendGeneratedDays(
  sourcesDir: string,
  archive: GeneratedArchive,
  minArticles = 1,
): GeneratedArchive & { addedArticles: number; addedDays: number } {
  const next = { ...archive };
  let addedDays = 0;
  while (next.articles - archive.articles < minArticles) {
    do {
      next.articles += writePage(sourcesDir, next.pages);
      next.pages += 1;
    } while (indexToSlot(next.pages).page !== 1);
    addedDays += 1;
  }
  return { ...next, addedArticles: next.articles - archive.articles, addedDays };
}
