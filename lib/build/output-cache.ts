// The incremental build's cache (.build-cache/, git-ignored): the previous build's finished out/
// as hard links, and a manifest of what it was built from — the code fingerprint and each output
// path's input digest. Decides full or incremental, and merges the cached files into a partial
// out/. Node only (files). See docs/scale.md, "Incremental build".
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { OutputInput } from './page-inputs';

/** Bumped whenever the manifest's meaning changes: an older manifest then forces a full build. */
export const CACHE_VERSION = 1;

/** The manifest, `.build-cache/manifest.json`. */
export const BuildManifestSchema = z.object({
  version: z.literal(CACHE_VERSION),
  /** lib/build/code-fingerprint.ts of the build that wrote the cached out/. */
  code: z.string(),
  /** Output URL path → input digest and writer (lib/build/page-inputs.ts). */
  outputs: z.record(z.string(), z.object({ digest: z.string(), owner: z.enum(['next', 'postbuild']) })),
});
/** See BuildManifestSchema. */
export type BuildManifest = z.infer<typeof BuildManifestSchema>;

/** Where the cached tree and the manifest live inside a cache folder. */
export const cachePaths = (cacheDir: string) => ({
  out: path.join(cacheDir, 'out'),
  manifest: path.join(cacheDir, 'manifest.json'),
  plan: path.join(cacheDir, 'render-plan.json'),
});

/** The manifest in `cacheDir`, or null when there is none or it is unreadable or of another version. */
export function readBuildManifest(cacheDir: string): BuildManifest | null {
  try {
    return BuildManifestSchema.parse(JSON.parse(readFileSync(cachePaths(cacheDir).manifest, 'utf8')));
  } catch {
    return null;
  }
}

/** Writes the manifest; call only once the cached tree matches it. */
export function writeBuildManifest(cacheDir: string, manifest: BuildManifest): void {
  writeFileSync(cachePaths(cacheDir).manifest, `${JSON.stringify(manifest)}\n`);
}

/** Removes the manifest, so that a build interrupted from here on is followed by a full one. */
export function invalidateBuildManifest(cacheDir: string): void {
  rmSync(cachePaths(cacheDir).manifest, { force: true });
}

/** What to build: everything (and why), or the changed outputs: pages, and open-data files by article id. */
export type BuildPlan =
  | { mode: 'full'; reason: string }
  | { mode: 'incremental'; changed: string[]; unchanged: string[]; routes: string[]; openData: string[] };

/**
 * Compares the previous manifest with this build's code fingerprint and output digests. Full when
 * there is no manifest, the code or configuration changed, or an output disappeared (an article
 * removed or renamed: the cached tree would keep its files); else the outputs that are new or whose
 * digest changed, split into Next routes and open-data files (article ids).
 */
export function planBuild(
  previous: BuildManifest | null,
  code: string,
  outputs: ReadonlyMap<string, OutputInput>,
): BuildPlan {
  if (!previous) return { mode: 'full', reason: 'no build cache' };
  if (previous.code !== code) return { mode: 'full', reason: 'code or configuration changed' };
  const gone = Object.keys(previous.outputs).find((output) => !outputs.has(output));
  if (gone !== undefined) return { mode: 'full', reason: `${gone} is no longer in the archive` };
  const plan = {
    mode: 'incremental' as const,
    changed: [] as string[],
    unchanged: [] as string[],
    routes: [] as string[],
    openData: [] as string[],
  };
  for (const [output, input] of outputs) {
    if (previous.outputs[output]?.digest === input.digest) {
      plan.unchanged.push(output);
      continue;
    }
    plan.changed.push(output);
    if (input.owner === 'next') plan.routes.push(output);
    else plan.openData.push(path.posix.basename(output, '.json'));
  }
  return plan;
}

/** Every file below `dir`, as paths relative to it with `/` separators. */
export function listTree(dir: string, relative = ''): string[] {
  return readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listTree(dir, child) : [child];
  });
}

/**
 * The file in out/ that holds an output: `/articles/<id>/` → `articles/<id>/index.html`, a feed
 * or open-data path → itself without the leading `/`. One file per output: postbuild deletes a
 * reading page's RSC payload files (the incremental build is full under KEEP_RSC_PAYLOADS).
 */
export function outputFile(output: string): string {
  return output.endsWith('/') ? `${output.slice(1)}index.html` : output.slice(1);
}

// A hard link costs no bytes and no copy; a cache on another file system gets copies.
function linkOrCopy(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
  }
}

/**
 * Links the cached file of each of `outputs` into `outDir`, unless `outDir` already has it (a
 * page rendered again anyway keeps the new file). Only outputs are ever taken from the cache:
 * everything else in out/ (static pages, assets, the search index, sitemaps) each build writes.
 * Returns the number of files linked; throws if a cached file is missing.
 */
export function mergeCachedOutputs(cacheOut: string, outDir: string, outputs: Iterable<string>): number {
  let linked = 0;
  for (const output of outputs) {
    const file = outputFile(output);
    try {
      linkOrCopy(path.join(cacheOut, file), path.join(outDir, file));
      linked += 1;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return linked;
}

/**
 * Stores the files of `outputs` from `outDir` in `cacheOut` (hard links), replacing older ones;
 * with `fresh`, empties `cacheOut` first. Hard links are safe because out/ is never edited in
 * place after a build: `next build` deletes the folder and writes new files, and postbuild
 * finishes them before they are linked.
 */
export function cacheOutputs(
  outDir: string,
  cacheOut: string,
  outputs: Iterable<string>,
  fresh: boolean,
): void {
  if (fresh) rmSync(cacheOut, { recursive: true, force: true });
  for (const output of outputs) {
    const file = outputFile(output);
    if (!fresh) rmSync(path.join(cacheOut, file), { force: true });
    linkOrCopy(path.join(outDir, file), path.join(cacheOut, file));
  }
}
