// A tiny dependency-free static file server over out/ for `npm start` and the e2e tests.
// HOST (default 127.0.0.1), PORT (default 3000) and BASE_PATH aware; 404 → out/404.html with status 404; no traversal.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../lib/site/config';

/** MIME types of the files a static export contains. */
export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/**
 * Maps a request path to a file under `root`, or null. Decodes percent-escapes, strips the base
 * path, refuses anything that resolves outside `root`, and serves `index.html` for directories.
 */
export function resolveRequestPath(root: string, urlPath: string, basePath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0]?.split('#')[0] ?? '/');
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (basePath) {
    if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return null;
    pathname = pathname.slice(basePath.length) || '/';
  }
  const file = path.resolve(root, `.${path.posix.normalize(pathname)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  const stats = statOrNull(file);
  if (stats?.isFile()) return file;
  if (stats?.isDirectory()) {
    const index = path.join(file, 'index.html');
    return statOrNull(index)?.isFile() ? index : null;
  }
  const html = `${file}.html`;
  return statOrNull(html)?.isFile() ? html : null;
}

function send(res: ServerResponse, status: number, file: string, method: string) {
  const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' });
  if (method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

/** Creates the server for the export folder `root` (not yet listening). */
export function createStaticServer(root: string, basePath: string = siteConfig.basePath) {
  const absoluteRoot = path.resolve(root);
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = req.url ?? '/';
    const pathname = url.split('?')[0] ?? '/';
    // Directory URLs without the trailing slash redirect, as static hosts do (trailingSlash: true).
    const found = resolveRequestPath(absoluteRoot, url, basePath);
    if (
      found &&
      found.endsWith(`${path.sep}index.html`) &&
      !pathname.endsWith('/') &&
      !pathname.endsWith('.html')
    ) {
      const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
      res.writeHead(308, { Location: `${pathname}/${query}` }).end();
      return;
    }
    if (found) return send(res, 200, found, method);
    const notFound = path.join(absoluteRoot, '404.html');
    if (statOrNull(notFound)?.isFile()) return send(res, 404, notFound, method);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 not found');
  });
}

function main() {
  const root = path.resolve(process.env.OUT_DIR ?? 'out');
  if (!statOrNull(root)?.isDirectory()) {
    console.error(`${root}: no such folder; run \`npm run build\` first`);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3000);
  // HOST=0.0.0.0 serves other machines (a container, the LAN); this machine only by default.
  const host = process.env.HOST || '127.0.0.1';
  createStaticServer(root).listen(port, host, () => {
    console.log(`serving ${root} at http://${host}:${port}${siteConfig.basePath}/`);
  });
}

// Run only as a CLI (`tsx scripts/serve.ts`), not when a test imports the functions.
if (/scripts[\/]serve\.ts$/.test(process.argv[1] ?? '')) main();
