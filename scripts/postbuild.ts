// After `next build`: writes into out/ what Next's static export does not emit — redirect pages
// for old article ids, open-data JSON per article, the sitemap (index past 50,000 URLs) and the
// OpenSearch descriptor — and removes what reading pages never use (RSC payload files, Next's
// client runtime). Run as `tsx scripts/postbuild.ts` (part of `npm run build`).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getArchive, getRedirects } from '../lib/site/data';
import {
  articleToOpenData,
  buildSitemaps,
  openSearchXml,
  redirectPageHtml,
  sitemapEntries,
  stripNextRuntime,
} from '../lib/site/static-files';
import { paths } from '../lib/site/urls';
import { fillBodySlot } from '../lib/site/body-slot';
import type { Article } from '../lib/content/schema';

function writeOut(outDir: string, relative: string, text: string) {
  const file = path.join(outDir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

// The folders whose pages grow with the archive. Their RSC payload files (index.txt,
// __next.*.txt) only serve client-side navigation, which the site never does: every link is a
// plain <a> (a full page load), so the payloads are dead weight — about 60 KB and 4 files per
// article. The search page keeps its payloads (it updates its URL with history.pushState).
const PRUNED_FOLDERS = ['articles', 'issues', 'sections'];

/** Deletes RSC payload files under the archive's page folders; returns how many and their bytes. */
function pruneRscPayloads(outDir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (
        entry.name === 'index.txt' ||
        (entry.name.startsWith('__next.') && entry.name.endsWith('.txt'))
      ) {
        bytes += statSync(full).size;
        rmSync(full);
        files += 1;
      }
    }
  };
  for (const folder of PRUNED_FOLDERS)
    if (existsSync(path.join(outDir, folder))) visit(path.join(outDir, folder));
  return { files, bytes };
}

// Pages that keep Next's client runtime: the search page is a React app (the search helper's).
const KEEP_RUNTIME = [/^search\//, /^_next\//];

/**
 * Finishes every built HTML page: fills an article page's body slot (lib/site/body-slot.ts) and,
 * unless `keepRuntime`, strips Next's runtime from reading pages (see stripNextRuntime).
 */
function finishPages(
  outDir: string,
  articleById: ReadonlyMap<string, Article>,
  keepRuntime: boolean,
): { bodies: number; stripped: number; saved: number } {
  const done = { bodies: 0, stripped: 0, saved: 0 };
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(outDir, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        if (!relative.startsWith('_next')) visit(full);
        continue;
      }
      if (!entry.name.endsWith('.html')) continue;
      const html = readFileSync(full, 'utf8');
      const strip = !keepRuntime && !KEEP_RUNTIME.some((pattern) => pattern.test(relative));
      // Strip first: the slot is filled only once the inline RSC payload scripts are gone.
      const stripped = strip ? stripNextRuntime(html) : html;
      const page = fillBodySlot(relative, stripped, articleById);
      if (page.html === html) continue;
      writeFileSync(full, page.html);
      if (page.filled) done.bodies += 1;
      if (stripped !== html) {
        done.stripped += 1;
        done.saved += Buffer.byteLength(html) - Buffer.byteLength(stripped);
      }
    }
  };
  visit(outDir);
  return done;
}

function main() {
  const outDir = path.resolve(process.env.OUT_DIR ?? 'out');
  if (!existsSync(outDir)) {
    console.error(`${outDir}: no such folder; run \`next build\` first`);
    process.exit(1);
  }
  const started = performance.now();
  const archive = getArchive();

  let redirects = 0;
  for (const [oldId, currentId] of Object.entries(getRedirects())) {
    const target = archive.articleById.get(currentId);
    if (!target) continue;
    writeOut(outDir, `${paths.article(oldId).slice(1)}index.html`, redirectPageHtml(target));
    redirects += 1;
  }

  for (const article of archive.articleById.values()) {
    writeOut(
      outDir,
      paths.articleData(article.id).slice(1),
      `${JSON.stringify(articleToOpenData(article))}\n`,
    );
  }

  const entries = sitemapEntries(archive);
  const sitemaps = buildSitemaps(entries);
  for (const [relative, xml] of sitemaps) writeOut(outDir, relative, xml);

  writeOut(outDir, paths.openSearch().slice(1), openSearchXml());

  const pruned = process.env.KEEP_RSC_PAYLOADS ? { files: 0, bytes: 0 } : pruneRscPayloads(outDir);
  const pages = finishPages(outDir, archive.articleById, Boolean(process.env.KEEP_NEXT_RUNTIME));
  if (pages.bodies !== archive.articleById.size)
    throw new Error(
      `${outDir}: filled ${pages.bodies} article bodies for ${archive.articleById.size} articles; ` +
        'was out/ built by `next build` from the same content?',
    );

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `postbuild: ${redirects} redirect pages, ${archive.articleById.size} open-data JSON files, ` +
      `${entries.length} sitemap URLs in ${sitemaps.size} file(s), opensearch.xml; ` +
      `pruned ${pruned.files} unused RSC payload files (${(pruned.bytes / 1024).toFixed(0)} KiB); ` +
      `filled ${pages.bodies} article bodies; ` +
      `stripped Next's client runtime from ${pages.stripped} pages (${(pages.saved / 1024).toFixed(0)} KiB) (${seconds} s)`,
  );
}

main();
