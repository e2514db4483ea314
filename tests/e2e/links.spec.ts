// Link check over the whole export: every internal href/src in every HTML file, and every URL in
// the sitemap and feeds, resolves to a file in out/. Runs in Node (no browser needed).
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../../lib/site/config';
import { buildArchive } from '../../lib/content/archive';
import { legacySectionPageCount, legacySectionPageTarget } from '../../lib/content/section-pages';
import { loadArticles } from '../../lib/content/load';
import { absoluteUrl, paths, withBasePath } from '../../lib/site/urls';

const OUT = path.resolve(process.env.OUT_DIR ?? 'out');

function listFiles(dir: string, ext: string[]): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(full, ext));
    else if (ext.some((e) => entry.name.endsWith(e))) found.push(full);
  }
  return found;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)));
}

/** The file a site URL path maps to, or null when the export lacks it. */
function resolveInOut(urlPath: string): string | null {
  let pathname = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  if (siteConfig.basePath) {
    if (!pathname.startsWith(siteConfig.basePath)) return null;
    pathname = pathname.slice(siteConfig.basePath.length) || '/';
  }
  const file = path.join(OUT, pathname);
  if (pathname.endsWith('/'))
    return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return null;
}

/** Internal URL paths referenced by a page at `fromFile`, with external and in-page links dropped. */
function internalTargets(text: string, fromFile: string, pattern: RegExp): string[] {
  const base = `http://site${siteConfig.basePath}/${path.relative(OUT, fromFile).replace(/index\.html$/, '')}`;
  const targets: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const raw = decodeEntities(match[1] ?? '').trim();
    if (!raw || raw.startsWith('#') || /^(mailto|tel|javascript|data):/i.test(raw)) continue;
    let url: URL;
    if (raw.startsWith(siteConfig.siteUrl))
      url = new URL(raw.slice(siteConfig.siteUrl.length) || '/', 'http://site');
    else if (/^[a-z]+:\/\//i.test(raw) || raw.startsWith('//')) continue;
    else url = new URL(raw, base);
    targets.push(url.pathname);
  }
  return targets;
}

test('every internal link and asset in out/ resolves to a file', () => {
  expect(existsSync(OUT), `${OUT} missing: run the build first`).toBe(true);
  const html = listFiles(OUT, ['.html']);
  expect(html.length).toBeGreaterThan(3);
  const broken: string[] = [];
  let checked = 0;
  for (const file of html) {
    const text = readFileSync(file, 'utf8');
    for (const target of internalTargets(text, file, /\s(?:href|src)="([^"]*)"/g)) {
      checked += 1;
      if (!resolveInOut(target)) broken.push(`${path.relative(OUT, file)} → ${target}`);
    }
  }
  console.log(`link check: ${checked} internal references in ${html.length} HTML files`);
  expect(broken).toEqual([]);
});

test('every URL in the sitemap and feeds resolves to a file', () => {
  const xml = listFiles(OUT, ['.xml']).filter((file) => !file.includes(`${path.sep}_next${path.sep}`));
  expect(xml.map((file) => path.relative(OUT, file))).toEqual(
    expect.arrayContaining(['sitemap.xml', 'feed.xml', 'atom.xml', 'opensearch.xml']),
  );
  const broken: string[] = [];
  for (const file of xml) {
    const text = readFileSync(file, 'utf8');
    // RSS <link>/<guid>, sitemap <loc>, Atom <id> and every href (Atom links, RSS atom:link).
    const targets = [
      ...internalTargets(text, file, /<(?:loc|link|guid[^>]*|id)>([^<]+)</g),
      ...internalTargets(text, file, /\shref="([^"]*)"/g),
    ];
    for (const target of targets) {
      if (!resolveInOut(target)) broken.push(`${path.relative(OUT, file)} → ${target}`);
    }
  }
  // JSON Feed 1.1: home_page_url, feed_url and each item's url.
  const jsonFeeds = listFiles(OUT, ['feed.json']);
  expect(jsonFeeds.map((file) => path.relative(OUT, file))).toContain('feed.json');
  for (const file of jsonFeeds) {
    const feed = JSON.parse(readFileSync(file, 'utf8')) as {
      home_page_url: string;
      feed_url: string;
      items: { url: string }[];
    };
    const urls = [feed.home_page_url, feed.feed_url, ...feed.items.map((item) => item.url)];
    for (const target of internalTargets(urls.map((url) => ` "${url}"`).join(''), file, / "([^"]*)"/g)) {
      if (!resolveInOut(target)) broken.push(`${path.relative(OUT, file)} → ${target}`);
    }
  }
  expect(broken).toEqual([]);
});

test('every page advertises the archive-wide feeds, and a section page its own as well', () => {
  const alternates = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/<link rel="alternate" type="([^"]+)" href="([^"]+)"/g)].map(
      ([, type, url]) => `${type} ${url}`,
    );
  const site = `${siteConfig.siteUrl}${siteConfig.basePath}`;
  const siteWide = [
    `application/rss+xml ${site}/feed.xml`,
    `application/atom+xml ${site}/atom.xml`,
    `application/feed+json ${site}/feed.json`,
  ];
  const article = listFiles(path.join(OUT, 'articles'), ['index.html'])[0];
  const section = listFiles(path.join(OUT, 'sections'), ['index.html']).find((file) =>
    /sections\/[^/]+\/p\/1\/index\.html$/.test(file.split(path.sep).join('/')),
  );
  expect(article && section).toBeTruthy();
  const slug = section!
    .split(path.sep)
    .join('/')
    .match(/sections\/([^/]+)\/p\/1\//)?.[1];
  const landing = path.join(OUT, 'sections', slug!, 'index.html');
  for (const file of [path.join(OUT, 'index.html'), article!, section!, landing])
    expect(alternates(file), file).toEqual(expect.arrayContaining(siteWide));
  for (const file of [section!, landing])
    expect(alternates(file), file).toEqual(
      expect.arrayContaining([
        `application/rss+xml ${site}/sections/${slug}/feed.xml`,
        `application/atom+xml ${site}/sections/${slug}/atom.xml`,
        `application/feed+json ${site}/sections/${slug}/feed.json`,
      ]),
    );
});

test('every page says the newspaper text is © the paper, apart from the code licence', () => {
  const pages = readdirSync('out', { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('_next'));
  expect(pages.length).toBeGreaterThan(5);
  for (const file of pages) {
    // (React separates text pieces with <!-- --> in static HTML.)
    const html = readFileSync(path.join('out', file), 'utf8').replaceAll('<!-- -->', '');
    if (!html.includes('<footer')) continue;
    expect(html, file).toContain(`报纸文字 © ${siteConfig.paperName}`);
  }
});

test('every newest-first listing URL published before, readable or hashed, in out/ is a redirect page to where its articles are now', () => {
  const archive = buildArchive(loadArticles());
  for (const section of archive.sections) {
    const slugs = section.legacySlug === section.slug ? [section.slug] : [section.slug, section.legacySlug];
    for (let n = 1; n <= legacySectionPageCount(section); n += 1) {
      const moved = legacySectionPageTarget(section, n);
      const where = moved === null ? paths.section(section.slug) : paths.sectionPage(section.slug, moved);
      const target = withBasePath(where);
      expect(resolveInOut(target), `${section.name}: ${where}`).not.toBeNull();
      for (const slug of slugs) {
        const file = resolveInOut(withBasePath(paths.legacySectionPage(slug, n)));
        expect(file, `${section.name} old page ${n} (${slug})`).not.toBeNull();
        const html = readFileSync(file!, 'utf8');
        expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
        expect(html).toContain(`<link rel="canonical" href="${absoluteUrl(where)}">`);
        expect(html).toContain(`<a href="${target}">`);
      }
    }
    if (section.legacySlug !== section.slug)
      expect(resolveInOut(withBasePath(paths.sectionFeed(section.legacySlug))), section.name).not.toBeNull();
  }
});
