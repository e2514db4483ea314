// After `next build`: writes into out/ what Next's static export does not emit — redirect pages
// for old article ids and old section slugs, open-data JSON per article, the sitemap (index past
// 50,000 URLs) and the OpenSearch descriptor — and removes what reading pages never use (RSC
// payload files, Next's client runtime). Run as `tsx scripts/postbuild.ts` (part of `npm run build`).
// In an incremental build (BUILD_RENDER_PLAN, see scripts/build-site.ts) out/ holds only the pages
// rendered this time: it finishes those, writes open data only for the planned articles, and writes
// the archive-wide files in full; scripts/build-site.ts then adds the unchanged files from its cache.
// The pass over the exported pages (lib/build/finish-pages.ts) runs in a child process per core
// when there are many pages, as in a full build.
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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
} from '../lib/site/static-files';
import { paths } from '../lib/site/urls';
import {
  addFinishCounts,
  dealUnits,
  finishPages,
  listFinishUnits,
  noFinishCounts,
  type FinishCounts,
  type FinishOptions,
} from '../lib/build/finish-pages';
import type { FinishReply, FinishRequest } from './finish-pages-child';
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

/**
 * How many processes finish the pages: `POSTBUILD_PROCESSES` when set (tests use it), else one per
 * core for a folder count like a full build's and one for a day's. A child starts Node and loads
 * the whole archive (seconds at 100k), which a day's few hundred pages do not repay.
 */
function finishProcesses(units: number): number {
  const asked = process.env.POSTBUILD_PROCESSES;
  if (asked !== undefined) {
    const n = Number(asked);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`POSTBUILD_PROCESSES must be a whole number >= 1, got ${asked}`);
    return n;
  }
  return units >= PARALLEL_FROM_UNITS ? availableParallelism() : 1;
}

// Page folders (units) from which the pass runs in child processes: 10k articles give over 10,000.
const PARALLEL_FROM_UNITS = 4000;

/**
 * Finishes out/'s exported pages (lib/build/finish-pages.ts) in child processes, one share of the
 * page folders each (scripts/finish-pages-child.ts), or in this process when one is enough.
 * Rejects with the first child's error.
 */
async function finishOut(
  outDir: string,
  articleById: ReadonlyMap<string, Article>,
  options: FinishOptions,
): Promise<FinishCounts> {
  const units = listFinishUnits(outDir);
  const processes = finishProcesses(units.length);
  if (processes <= 1) return finishPages(outDir, units, articleById, options);
  const shares = dealUnits(units, processes);
  const replies = await Promise.all(
    shares.map(
      (share) =>
        new Promise<FinishReply>((resolve, reject) => {
          const child = fork(path.join(import.meta.dirname, 'finish-pages-child.ts'));
          let reply: FinishReply | null = null;
          child.once('message', (message: FinishReply) => (reply = message));
          child.once('error', reject);
          child.once('exit', (code) =>
            reply
              ? resolve(reply)
              : reject(new Error(`postbuild: a page-finishing process exited with ${code}`)),
          );
          const request: FinishRequest = { outDir, units: share, options };
          child.send(request);
        }),
    ),
  );
  let counts = noFinishCounts();
  for (const reply of replies) {
    if ('error' in reply) throw new Error(reply.error);
    counts = addFinishCounts(counts, reply.counts);
  }
  return counts;
}

async function main() {
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

  const pages = await finishOut(outDir, archive.articleById, {
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
