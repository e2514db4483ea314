// Serves a built search index (and the bundled harness) gzip-compressed on loopback, as a CDN
// would, counting the compressed bytes sent per path: shared by the search benchmark and profiler.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Serves a folder with gzip (like a CDN would), counting compressed bytes sent per path. */
export function serve(dir: string) {
  const sent: { path: string; bytes: number }[] = [];
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const url = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, url.endsWith('/') ? `${url}index.html` : url);
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    let body = cache.get(file);
    if (!body) {
      try {
        body = gzipSync(readFileSync(file), { level: 6 });
      } catch {
        return void response.writeHead(404).end();
      }
      cache.set(file, body);
    }
    const type = file.endsWith('.js')
      ? 'text/javascript'
      : file.endsWith('.html')
        ? 'text/html'
        : 'application/json';
    // Index files carry the build id in their names, so a CDN would serve them as immutable.
    const cacheControl = /\.[0-9a-f]{12}\.json$/.test(url)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
    response.writeHead(200, {
      'content-type': `${type}; charset=utf-8`,
      'content-encoding': 'gzip',
      'content-length': body.length,
      'cache-control': cacheControl,
    });
    response.end(body);
    sent.push({ path: url, bytes: body.length });
  });
  return new Promise<{ url: string; sent: typeof sent; close: () => void }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/`, sent, close: () => server.close() });
    });
  });
}
