// After `next build`: writes into out/ what Next's static export does not emit — redirect pages
// for old article ids and old section slugs, open-data JSON per article, the sitemap (index past
// 50,000 URLs) and the OpenSearch descriptor — and removes what reading pages never use (RSC
// payload files, Next's client runtime). Run as `tsx scripts/postbuild.ts` (part of `npm run build`).
// In an incremental build (BUILD_RENDER_PLAN, see scripts/build-site.ts) out/ holds only the pages
// rendered this time: it finishes those, writes open data only for the planned articles, and writes
// the archive-wide files in full; scripts/build-site.ts then adds the unchanged files from its cache.
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { getArchive, getRedirects } from '../lib/site/data';
import { legacySectionRedirects } from '../lib/content/archive';
import {
  articleToOpenData,
  buildSitemaps,
  openSearchXml,
  redirectPageHtml,
  sectionRedirectPages,
  sitemapEntries,
  stripNextRuntime,
} from '../lib/site/static-files';
import { paths } from '../lib/site/urls';
import { fillBodySlot } from '../lib/site/body-slot';
import { settleHeadOrder } from '../lib/site/head-order';
import type { Article } from '../lib/content/schema';
import { buildBulkData, gzipBulkLines } from '../lib/site/bulk-data';
import { GzipCache } from '../lib/build/gzip-cache';
import { readRenderPlan } from '../lib/build/render-plan';
import { redirectPageOutput } from '../lib/build/page-inputs';
import { renderFeed, sectionFeedSource } from '../lib/site/feed';

const madeDirs = new Set<string>();

function writeOut(outDir: string, relative: string, text: string) {
  const file = path.join(outDir, relative);
  const dir = path.dirname(file);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  writeFileSync(file, text);
}

// The folders whose pages grow with the archive. Their RSC payload files (index.txt,
// __next.*.txt) only serve client-side navigation, which the site never does: every link is a
// plain <a> (a full page load), so the payloads are dead weight — about 60 KB and 8 files per
// article. The search page keeps its payloads (it updates its URL with history.pushState).
const PRUNED_FOLDERS = /^(articles|issues|sections)\//;
const isRscPayload = (name: string) =>
  name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));

// Pages that keep Next's client runtime: the search page is a React app.
const KEEP_RUNTIME = /^search\//;

interface FinishOptions {
  articleById: ReadonlyMap<string, Article>;
  pruneRscPayloads: boolean;
  stripRuntime: boolean;
}

/**
 * One pass over out/ (it holds over a million files at 100k articles, so it is walked once):
 * deletes the RSC payload files of reading pages, fills each article page's body slot
 * (lib/site/body-slot.ts) and strips Next's runtime from reading pages (see stripNextRuntime).
 */
function finishOut(outDir: string, options: FinishOptions) {
  const done = { pruned: 0, bodies: 0, stripped: 0, saved: 0 };
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(outDir, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        if (relative !== '_next') visit(full);
      } else if (options.pruneRscPayloads && PRUNED_FOLDERS.test(relative) && isRscPayload(entry.name)) {
        unlinkSync(full);
        done.pruned += 1;
      } else if (entry.name.endsWith('.html')) {
        const html = readFileSync(full, 'utf8');
        // Strip first: the slot is filled only once the inline RSC payload scripts are gone.
        const stripped =
          options.stripRuntime && !KEEP_RUNTIME.test(relative)
            ? settleHeadOrder(stripNextRuntime(html))
            : html;
        const page = fillBodySlot(relative, stripped, options.articleById);
        if (page.html === html) continue;
        writeFileSync(full, page.html);
        if (page.filled) done.bodies += 1;
        if (stripped !== html) {
          done.stripped += 1;
          done.saved += Buffer.byteLength(html) - Buffer.byteLength(stripped);
        }
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
  const plan = readRenderPlan();

  let redirects = 0;
  for (const [oldId, currentId] of Object.entries(getRedirects())) {
    const target = archive.articleById.get(currentId);
    if (!target) continue;
    writeOut(outDir, `${paths.article(oldId).slice(1)}index.html`, redirectPageHtml(target));
    redirects += 1;
  }

  // Section URLs were hashes before readable slugs (issue 13): each old listing page redirects, and
  // each old RSS feed URL gets a copy of the feed (a feed reader follows no meta refresh).
  // Only those the plan names: they are outputs of their own (lib/build/page-inputs.ts), most of
  // which never change, and the incremental build keeps the rest from the previous out/.
  const sectionPages = sectionRedirectPages(archive);
  let sectionPagesWritten = 0;
  for (const [relative, html] of sectionPages) {
    if (plan && !plan.redirects.has(redirectPageOutput(relative))) continue;
    writeOut(outDir, relative, html);
    sectionPagesWritten += 1;
  }
  // Rendered here rather than copied from the section's feed.xml, which an incremental build may
  // not have re-rendered: the same function as the route handler, so the same bytes.
  for (const { from, to } of legacySectionRedirects(archive))
    writeOut(outDir, paths.sectionFeed(from).slice(1), renderFeed('rss', sectionFeedSource(to)));

  let openData = 0;
  for (const article of archive.articleById.values()) {
    if (plan && !plan.openData.has(article.id)) continue;
    openData += 1;
    writeOut(
      outDir,
      paths.articleData(article.id).slice(1),
      `${JSON.stringify(articleToOpenData(article))}\n`,
    );
  }

  // The whole archive as data: a gzip JSON Lines file per year and data/index.json. An incremental
  // build compresses again only the months whose lines changed (lib/build/gzip-cache.ts).
  const bulkCache = new GzipCache(path.join(process.cwd(), '.build-cache', 'bulk'), plan !== null);
  const bulk = buildBulkData([...archive.articleById.values()], (articles, lines) =>
    bulkCache.get(createHash('sha256').update(JSON.stringify(articles)).digest('hex'), () =>
      gzipBulkLines(lines()),
    ),
  );
  bulkCache.prune();
  for (const [relative, bytes] of bulk.files) {
    const full = path.join(outDir, relative.slice(1));
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, bytes);
  }

  const entries = sitemapEntries(archive);
  const sitemaps = buildSitemaps(entries);
  for (const [relative, xml] of sitemaps) writeOut(outDir, relative, xml);

  writeOut(outDir, paths.openSearch().slice(1), openSearchXml());

  const pages = finishOut(outDir, {
    articleById: archive.articleById,
    pruneRscPayloads: !process.env.KEEP_RSC_PAYLOADS,
    stripRuntime: !process.env.KEEP_NEXT_RUNTIME,
  });
  // A full build renders every article; an incremental one the article pages now in out/.
  const articlePages = plan
    ? readdirSync(path.join(outDir, 'articles')).filter((id) => archive.articleById.has(id)).length
    : archive.articleById.size;
  if (pages.bodies !== articlePages)
    throw new Error(
      `${outDir}: filled ${pages.bodies} article bodies for ${articlePages} article pages; ` +
        'was out/ built by `next build` from the same content?',
    );

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `postbuild${plan ? ' (incremental)' : ''}: ${redirects} redirect pages, ${sectionPagesWritten} of ${sectionPages.size} old section URL redirects, ${openData} open-data JSON files, ` +
      `${bulk.index.files.length} yearly bulk file(s) (${bulkCache.counts.reused} of ${bulkCache.counts.reused + bulkCache.counts.made} months unchanged), ` +
      `${entries.length} sitemap URLs in ${sitemaps.size} file(s), opensearch.xml; ` +
      `pruned ${pages.pruned} unused RSC payload files; ` +
      `filled ${pages.bodies} article bodies; ` +
      `stripped Next's client runtime from ${pages.stripped} pages (${(pages.saved / 1024).toFixed(0)} KiB) (${seconds} s)`,
  );
}

main();
