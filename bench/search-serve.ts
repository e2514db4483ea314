// Serves a built search index (and the bundled harness) gzip-compressed on loopback, as a CDN
// would, counting the compressed bytes sent per path: shared by the search benchmark and profiler.
// HTTP/1.1 by default; `{ http2: true }` serves HTTP/2 over TLS with a throwaway self-signed
// certificate (browsers speak HTTP/2 only over TLS), as CDNs and static hosts serve today: one
// connection carries every request, where HTTP/1.1 lets Chromium open six per host.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a bench server answers: its base URL, the bytes sent per path, and a way to stop it. */
export interface BenchServer {
  url: string;
  sent: { path: string; bytes: number }[];
  close: () => void;
}

/** A self-signed certificate for 127.0.0.1, made with Debian's openssl (bench only). */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-tls-'));
  try {
    const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Serves a folder with gzip (like a CDN would), counting compressed bytes sent per path. With
 * `http2`, the URL is https:// and the browser must ignore certificate errors.
 */
export function serve(dir: string, options: { http2?: boolean } = {}): Promise<BenchServer> {
  const sent: BenchServer['sent'] = [];
  const cache = new Map<string, Buffer>();
  /** Status, headers and body for a request path; bytes counted as sent. */
  const answer = (requestUrl: string | undefined) => {
    const url = decodeURIComponent(new URL(requestUrl ?? '/', 'http://x').pathname);
    const file = path.join(dir, url.endsWith('/') ? `${url}index.html` : url);
    if (!file.startsWith(dir)) return { status: 403 };
    let body = cache.get(file);
    if (!body) {
      try {
        body = gzipSync(readFileSync(file), { level: 6 });
      } catch {
        return { status: 404 };
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
    sent.push({ path: url, bytes: body.length });
    return {
      status: 200,
      body,
      headers: {
        'content-type': `${type}; charset=utf-8`,
        'content-encoding': 'gzip',
        'content-length': body.length,
        'cache-control': cacheControl,
      },
    };
  };
  const server = options.http2
    ? createSecureServer({ ...selfSignedCertificate(), allowHTTP1: true }, (request, response) => {
        const { status, headers, body } = answer(request.url);
        response.writeHead(status, headers).end(body ?? '');
      })
    : createServer((request, response) => {
        const { status, headers, body } = answer(request.url);
        response.writeHead(status, headers).end(body);
      });
  const scheme = options.http2 ? 'https' : 'http';
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `${scheme}://127.0.0.1:${port}/`, sent, close: () => server.close() });
    });
  });
}
