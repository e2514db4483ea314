// The fingerprint of everything but content that decides the bytes of out/: the app's code, its
// configuration, the installed toolchain and the site's environment. Node only (reads files). Used
// as Next's build id (so that two builds of the same code write the same bytes) and by the
// incremental build (scripts/build-site.ts), which reuses nothing across a change of it.
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files and folders (relative to the app's root) whose bytes are part of the fingerprint. */
export const CODE_ENTRIES = [
  'app',
  'lib',
  'scripts',
  'public',
  'next.config.ts',
  'tsconfig.json',
  'postcss.config.mjs',
  'package.json',
  'package-lock.json',
] as const;

/** Environment variables that change what the build writes (lib/site/config.ts, scripts/postbuild.ts). */
export const CONFIG_ENV = [
  'SITE_URL',
  'BASE_PATH',
  'ICP_NUMBER',
  'KEEP_NEXT_RUNTIME',
  'KEEP_RSC_PAYLOADS',
] as const;

// public/search/ is the generated search index: content, not code (next build copies it as is).
const SKIPPED = new Set(['public/search']);

function listFiles(root: string, relative: string): string[] {
  if (SKIPPED.has(relative)) return [];
  const full = path.join(root, relative);
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full)
    .sort()
    .flatMap((name) => listFiles(root, `${relative}/${name}`));
}

/**
 * Adds every file under `entries` (files or folders relative to `root`) to `hash`: its path and
 * bytes, in sorted order; missing entries are skipped, and so is the generated search index.
 * Throws only if a listed file cannot be read.
 */
export function hashFiles(hash: Hash, root: string, entries: readonly string[]): void {
  for (const entry of entries) {
    if (!existsSync(path.join(root, entry))) continue;
    for (const file of listFiles(root, entry)) {
      hash.update(`file ${file}\n`);
      hash.update(readFileSync(path.join(root, file)));
      hash.update('\n');
    }
  }
}

/** Version of an installed package as seen from `root` (node_modules resolves upward), or `none`. */
function installedVersion(root: string, name: string): string {
  for (let dir = root; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file))
      return String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version);
    if (path.dirname(dir) === dir) return 'none';
  }
}

/**
 * A sha256 hex digest (64 characters) of the code, configuration and environment of the app at
 * `root`: every file under CODE_ENTRIES (path and bytes, in sorted order; missing entries are
 * skipped), the versions of Node, Next and React, and the CONFIG_ENV values of `env`. Throws only
 * if a listed file cannot be read.
 */
export function codeFingerprint(root: string, env: Record<string, string | undefined> = process.env): string {
  const hash = createHash('sha256');
  hashFiles(hash, root, CODE_ENTRIES);
  hash.update(`node ${process.version}\n`);
  for (const name of ['next', 'react', 'react-dom']) hash.update(`${name} ${installedVersion(root, name)}\n`);
  for (const name of CONFIG_ENV) hash.update(`env ${name}=${env[name] ?? ''}\n`);
  return hash.digest('hex');
}
