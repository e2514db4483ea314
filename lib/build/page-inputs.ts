// What each page of out/ is made from, as a digest per output path: the data a page renders (its
// article, the neighbours it links to, the lists it shows), so that the incremental build
// (scripts/build-site.ts) re-renders exactly the pages whose digest changed. Code and configuration
// are not in these digests: a change there rebuilds everything (lib/build/code-fingerprint.ts).
// Digests over-approximate on purpose (a whole neighbour article, not just its title): a digest
// that misses an input would leave a stale page, one that has too many only re-renders a page.
import { createHash } from 'node:crypto';
import type { Archive, Issue, IssuePage, Section } from '../content/archive';
import { continuationTarget, findSection, issueOf, neighbours, readingNeighbours } from '../content/archive';
import type { Article } from '../content/schema';
import { sectionPage, sectionPageCount } from '../content/section-pages';
import { paths } from '../site/urls';
import { sectionRedirectPages } from '../site/static-files';

/**
 * Who writes an output: `next` (a page of a dynamic route), `postbuild` (an article's open data,
 * scripts/postbuild.ts) or `redirect` (a redirect page postbuild writes; its digest is its HTML).
 */
export type OutputOwner = 'next' | 'postbuild' | 'redirect';

/** One output path's digest (sha1 hex of the JSON of its inputs) and who writes it. */
export interface OutputInput {
  digest: string;
  owner: OutputOwner;
}

const digestOf = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('hex');

/**
 * The input digest of every output of `archive` that depends on content and has a path of its own:
 * each page of the dynamic routes (`/articles/<id>/`, `/issues/<year>/`, `/issues/<key>/`,
 * `/issues/<key>/<pp>/`, `/sections/<slug>/`, `/sections/<slug>/p/<n>/`, the section feeds) and each
 * open-data file (`/data/articles/<id>.json`), and each redirect page of a section's published
 * listing URLs (lib/site/static-files.ts; at 100k articles about 50,000 pages that never change).
 * Keys are URL paths as `paths` in lib/site/urls.ts builds them (no base path). Archive-wide files
 * (sitemaps, bulk data, the newest-articles feeds, the home page, old article ids' redirects) are
 * not listed: every build writes them.
 */
export function outputInputs(archive: Archive): Map<string, OutputInput> {
  const articleDigests = new Map<Article, string>();
  const art = (article: Article) => {
    let digest = articleDigests.get(article);
    if (digest === undefined) {
      digest = digestOf(article);
      articleDigests.set(article, digest);
    }
    return digest;
  };
  // A 版面 or issue named in a page (breadcrumbs, captions): everything but its contents.
  const pageHead = (page: IssuePage) => ({ ...page, articles: undefined, fragments: undefined });
  const issueHead = (issue: Issue) => ({ ...issue, pages: issue.pages.map(pageHead) });
  // A 版面 or issue shown in full: its articles (by digest) and unplaced text too.
  const pageFull = (page: IssuePage) => ({ ...page, articles: page.articles.map(art) });
  const issueFull = (issue: Issue) => ({ ...issue, pages: issue.pages.map(pageFull) });
  const sectionHead = (section: Section | undefined) => section && { ...section, articles: undefined };

  const outputs = new Map<string, OutputInput>();
  const add = (path: string, owner: OutputOwner, inputs: unknown) =>
    outputs.set(path, { digest: digestOf(inputs), owner });

  for (const article of archive.articleById.values()) {
    const issue = issueOf(archive, article);
    const { prev, next } = readingNeighbours(archive, article);
    const stop = (neighbour: typeof prev) =>
      neighbour && {
        article: art(neighbour.article),
        issue: issueHead(neighbour.issue),
        page: pageHead(neighbour.page),
        crosses: neighbour.crosses,
      };
    const continuation = continuationTarget(archive, article);
    add(paths.article(article.id), 'next', {
      article: art(article),
      issue: issue && issueHead(issue),
      prev: stop(prev),
      next: stop(next),
      continuation:
        continuation &&
        (continuation.type === 'article'
          ? { article: art(continuation.article) }
          : { issue: issueHead(continuation.issue), page: pageHead(continuation.page) }),
      column: sectionHead(findSection(archive, 'column', article.column)),
      kind: sectionHead(findSection(archive, 'kind', article.kind)),
    });
    add(paths.articleData(article.id), 'postbuild', art(article));
  }

  archive.years.forEach((year, index) => {
    add(paths.year(year.year), 'next', {
      months: year.months.map((month) => ({ ...month, issues: month.issues.map(issueFull) })),
      prev: archive.years[index - 1]?.year,
      next: archive.years[index + 1]?.year,
    });
  });

  for (const issue of archive.issues) {
    const { prev, next } = neighbours(archive.issues, issue);
    const full = issueFull(issue);
    add(paths.issue(issue.key), 'next', {
      issue: full,
      prev: prev && issueHead(prev),
      next: next && issueHead(next),
    });
    for (const page of issue.pages)
      add(paths.page(issue.key, page.page), 'next', { issue: full, page: page.page });
  }

  for (const section of archive.sections) {
    const head = sectionHead(section);
    const all = { section: head, articles: section.articles.map(art) };
    add(paths.section(section.slug), 'next', all);
    for (const feed of [paths.sectionFeed, paths.sectionAtomFeed, paths.sectionJsonFeed])
      add(feed(section.slug), 'next', all);
    const count = sectionPageCount(section);
    for (let n = 1; n <= count; n++) {
      add(paths.sectionPage(section.slug, n), 'next', {
        section: head,
        n,
        last: n === count,
        articles: sectionPage(section, n).map(art),
      });
    }
  }
  for (const [file, html] of sectionRedirectPages(archive))
    outputs.set(redirectPageOutput(file), { digest: digestOf(html), owner: 'redirect' });
  return outputs;
}

/** The output path of a redirect page's file in out/ (`sections/x/2/index.html` → `/sections/x/2/`). */
export function redirectPageOutput(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}
