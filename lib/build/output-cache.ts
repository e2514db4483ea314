// The incremental build's bookkeeping (.build-cache/, git-ignored): a manifest of what the previous
// build's out/ was built from — the code fingerprint, each output path's input digest and the
// stamp (size, modification time) of the file it left, and the files that belong to no output.
// Decides full or incremental; an incremental build's fresh files then move into the previous out/, which stays in place (set aside in .build-cache/ while Next
// writes its own out/). Node only (files). See docs/scale.md, "Incremental build".
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { FileStampSchema, sameStamp, type FileStamp } from './file-stamp';
import type { OutputInput } from './page-inputs';

/** Bumped whenever the manifest's meaning changes: an older manifest then forces a full build. */
export const CACHE_VERSION = 4;

/** The manifest, `.build-cache/manifest.json`. */
export const BuildManifestSchema = z.object({
  version: z.literal(CACHE_VERSION),
  /** lib/build/code-fingerprint.ts of the build that wrote the cached out/. */
  code: z.string(),
  /**
   * Output URL path → input digest and writer (lib/build/page-inputs.ts), and the stamp of its file
   * in out/ after the build (a file changed or deleted by hand since is rendered again).
   */
  outputs: z.record(
    z.string(),
    z.object({
      digest: z.string(),
      owner: z.enum(['next', 'postbuild', 'redirect']),
      stamp: FileStampSchema.nullable(),
    }),
  ),
  /** The files of out/ that belong to no output (runFiles), so that the next build can drop stale ones. */
  runFiles: z.array(z.string()),
});
/** See BuildManifestSchema. */
export type BuildManifest = z.infer<typeof BuildManifestSchema>;

/** Where the previous out/ waits during a build, and where the manifest and plan live, inside a cache folder. */
export const cachePaths = (cacheDir: string) => ({
  live: path.join(cacheDir, 'live-out'),
  /** Version 1's hard-linked copy of out/ (removed by the next full build). */
  legacyOut: path.join(cacheDir, 'out'),
  manifest: path.join(cacheDir, 'manifest.json'),
  plan: path.join(cacheDir, 'render-plan.json'),
  /** Where public/search waits while an incremental `next build` runs (lib/build/search-copy.ts). */
  searchAside: path.join(cacheDir, 'public-search'),
});

/** The manifest in `cacheDir`, or null when there is none or it is unreadable or of another version. */
export function readBuildManifest(cacheDir: string): BuildManifest | null {
  try {
    return BuildManifestSchema.parse(JSON.parse(readFileSync(cachePaths(cacheDir).manifest, 'utf8')));
  } catch {
    return null;
  }
}

/** Writes the manifest; call only once out/ is complete and matches it. */
export function writeBuildManifest(cacheDir: string, manifest: BuildManifest): void {
  writeFileSync(cachePaths(cacheDir).manifest, `${JSON.stringify(manifest)}\n`);
}

/** Removes the manifest, so that a build interrupted from here on is followed by a full one. */
export function invalidateBuildManifest(cacheDir: string): void {
  rmSync(cachePaths(cacheDir).manifest, { force: true });
}

/** What to build: everything (and why), or the changed outputs: pages, open-data files by article id, redirect pages. */
export type BuildPlan =
  | { mode: 'full'; reason: string }
  | {
      mode: 'incremental';
      changed: string[];
      unchanged: string[];
      routes: string[];
      openData: string[];
      redirects: string[];
    };

/**
 * Compares the previous manifest with this build's code fingerprint and output digests. Full when
 * there is no manifest, the code or configuration changed, or an output disappeared (an article
 * removed or renamed: the previous out/ would keep its files); else the outputs that are new, whose
 * digest changed, or whose file in out/ (`stampNow(outputFile(output))`) no longer has the stamp
 * the manifest recorded — deleted or edited by hand — split into Next routes, open-data files
 * (article ids) and postbuild's redirect pages.
 */
export function planBuild(
  previous: BuildManifest | null,
  code: string,
  outputs: ReadonlyMap<string, OutputInput>,
  stampNow: (file: string) => FileStamp,
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
    redirects: [] as string[],
  };
  for (const [output, input] of outputs) {
    const before = previous.outputs[output];
    if (before?.digest === input.digest && sameStamp(before.stamp, stampNow(outputFile(output)))) {
      plan.unchanged.push(output);
      continue;
    }
    plan.changed.push(output);
    if (input.owner === 'next') plan.routes.push(output);
    else if (input.owner === 'redirect') plan.redirects.push(output);
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

/**
 * The files of a build that belong to no output: assets, the static pages, the search index,
 * sitemaps and other archive-wide files — everything each build writes again. Sorted.
 */
export function runFiles(files: Iterable<string>, outputs: Iterable<string>): string[] {
  const outputFiles = new Set([...outputs].map(outputFile));
  return [...files].filter((file) => !outputFiles.has(file)).sort();
}

/**
 * Moves each of `files` (paths relative to both folders) from `freshDir` into `liveDir`, replacing
 * the file there: the fresh files of an incremental build join the previous out/, whose other
 * files stay where they are. A rename per file: no copy, nothing left behind in `freshDir` but
 * empty folders. Throws if a fresh file is missing.
 */
export function moveIntoTree(freshDir: string, liveDir: string, files: Iterable<string>): void {
  const made = new Set<string>();
  for (const file of files) {
    const folder = path.dirname(path.join(liveDir, file));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    renameSync(path.join(freshDir, file), path.join(liveDir, file));
  }
}

/**
 * Deletes from `liveDir` the files of the previous build's `previousRunFiles` that this build did
 * not write again (`written`): an old search-index file, a sitemap part the archive no longer
 * needs. Returns how many were deleted; a file already gone is skipped.
 */
export function removeStaleFiles(
  liveDir: string,
  previousRunFiles: Iterable<string>,
  written: ReadonlySet<string>,
): number {
  let removed = 0;
  for (const file of previousRunFiles) {
    if (written.has(file)) continue;
    rmSync(path.join(liveDir, file), { force: true });
    removed += 1;
  }
  return removed;
}
