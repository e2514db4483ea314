// `npm run review`: the editors' review pages on http://127.0.0.1:3001/ (PORT to change; a local
// tool, never part of the deployed site). Lists every source page, those with review reasons
// first, and shows a page's source lines beside the articles they became, each with its role and
// the layout statements that would change it. Reads content/ (or CONTENT_DIR) once at start.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content/load';
import { displayPath, readSources } from '../lib/content/ingest';
import { layoutOf } from '../lib/content/layout-file';
import { parsePage } from '../lib/parser/parse-page';
import { lineRoles } from '../lib/review/line-roles';
import { renderIndex, renderPage, type ReviewPage } from '../lib/review/render';

function loadPages(dir: string): ReviewPage[] {
  const { sources, problems } = readSources(dir);
  for (const problem of problems) console.error(problem.message);
  return sources.map((source) => {
    const parsed = parsePage(source.text, layoutOf((source.layout ?? []).map((placed) => placed.statement)));
    const layoutFile = path.join(dir, 'sources', `${source.stem}.layout.yaml`);
    return {
      stem: source.stem,
      manifest: source.manifest,
      articles: parsed.articles,
      fragmentCount: parsed.fragments.length,
      lines: lineRoles(source.text, parsed),
      layout: existsSync(layoutFile) ? readFileSync(layoutFile, 'utf8') : null,
    };
  });
}

function main(): void {
  const dir = contentDir();
  const pages = loadPages(dir);
  const byStem = new Map(pages.map((page) => [page.stem, page]));
  const port = Number(process.env.PORT ?? 3001);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = /^\/pages\/([^/]+)\/?$/.exec(url.pathname);
    let stem: string | null = null;
    try {
      stem = match ? decodeURIComponent(match[1] ?? '') : null;
    } catch {
      stem = null; // a malformed escape names no page
    }
    const page = stem === null ? undefined : byStem.get(stem);
    const html = url.pathname === '/' ? renderIndex(pages) : page !== undefined ? renderPage(page) : null;
    response.writeHead(html === null ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      html ?? '<!doctype html><meta charset="utf-8"><p>没有这个版面。<a href="/">全部版面</a></p>',
    );
  });
  // Localhost only: the review pages show unpublished parses and are not meant for the web.
  // (PORT=0 takes any free port; the line below names the one taken, as the e2e test reads it.)
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const bound = typeof address === 'object' && address !== null ? address.port : port;
    console.log(`review: ${pages.length} pages from ${displayPath(dir)} on http://127.0.0.1:${bound}/`);
  });
}

main();
