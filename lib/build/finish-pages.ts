// Postbuild's pass over the pages Next exported (Node only): deletes the RSC payload files of
// reading pages, strips Next's client runtime from them and fills each article page's body slot.
// At 100k articles out/ holds over a million files and each article body is rendered from
// Markdown here, so scripts/postbuild.ts splits the work by folder over child processes
// (scripts/finish-pages-child.ts); each file is finished on its own, so the split cannot change a byte.
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../content/schema';
import { fillBodySlot } from '../site/body-slot';
import { settleHeadOrder } from '../site/head-order';
import { stripNextRuntime } from '../site/static-files';

// The folders whose pages grow with the archive. Their RSC payload files (index.txt,
// __next.*.txt) only serve client-side navigation, which the site never does: every link is a
// plain <a> (a full page load), so the payloads are dead weight — about 60 KB and 8 files per
// article. The search page keeps its payloads (it updates its URL with history.pushState).
const PRUNED_FOLDERS = /^(articles|issues|sections)\//;
const isRscPayload = (name: string) =>
  name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));

// Pages that keep Next's client runtime: the search page is a React app.
const KEEP_RUNTIME = /^search\//;

/** What to do to the exported pages (the environment switches of scripts/postbuild.ts). */
export interface FinishOptions {
  pruneRscPayloads: boolean;
  stripRuntime: boolean;
}

/** What a pass did: payload files deleted, bodies filled, pages stripped and the bytes that saved. */
export interface FinishCounts {
  pruned: number;
  bodies: number;
  stripped: number;
  saved: number;
}

/** Zero counts. */
export const noFinishCounts = (): FinishCounts => ({ pruned: 0, bodies: 0, stripped: 0, saved: 0 });

/** Sums two passes' counts. */
export function addFinishCounts(a: FinishCounts, b: FinishCounts): FinishCounts {
  return {
    pruned: a.pruned + b.pruned,
    bodies: a.bodies + b.bodies,
    stripped: a.stripped + b.stripped,
    saved: a.saved + b.saved,
  };
}

/**
 * The units of work in `outDir`: every entry of the top folder and of its sub-folders, skipping
 * `_next/` (Next's assets), as paths relative to `outDir` with `/` separators and a trailing `/`
 * on folders. A folder unit is finished with everything below it, so the units together cover
 * every file once; at 100k there is one per article, issue and section page folder.
 */
export function listFinishUnits(outDir: string): string[] {
  const units: string[] = [];
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    if (entry.name === '_next') continue;
    if (!entry.isDirectory()) {
      units.push(entry.name);
      continue;
    }
    for (const child of readdirSync(path.join(outDir, entry.name), { withFileTypes: true }))
      units.push(`${entry.name}/${child.name}${child.isDirectory() ? '/' : ''}`);
  }
  return units;
}

/**
 * Finishes the given units of `outDir` (from listFinishUnits): deletes reading pages' RSC payload
 * files, strips the runtime from reading pages and fills body slots from `articleById`. Throws
 * BodySlotError (naming the file) for a slot it cannot fill.
 */
export function finishPages(
  outDir: string,
  units: readonly string[],
  articleById: ReadonlyMap<string, Article>,
  options: FinishOptions,
): FinishCounts {
  const done = noFinishCounts();
  const finishFile = (relative: string, name: string) => {
    const full = path.join(outDir, relative);
    if (options.pruneRscPayloads && PRUNED_FOLDERS.test(relative) && isRscPayload(name)) {
      unlinkSync(full);
      done.pruned += 1;
      return;
    }
    if (!name.endsWith('.html')) return;
    const html = readFileSync(full, 'utf8');
    // Strip first: the slot is filled only once the inline RSC payload scripts are gone.
    const stripped =
      options.stripRuntime && !KEEP_RUNTIME.test(relative) ? settleHeadOrder(stripNextRuntime(html)) : html;
    const page = fillBodySlot(relative, stripped, articleById);
    if (page.html === html) return;
    writeFileSync(full, page.html);
    if (page.filled) done.bodies += 1;
    if (stripped !== html) {
      done.stripped += 1;
      done.saved += Buffer.byteLength(html) - Buffer.byteLength(stripped);
    }
  };
  /** `folder` ends with `/`. */
  const visit = (folder: string) => {
    for (const entry of readdirSync(path.join(outDir, folder), { withFileTypes: true })) {
      if (entry.isDirectory()) visit(`${folder}${entry.name}/`);
      else finishFile(`${folder}${entry.name}`, entry.name);
    }
  };
  for (const unit of units) {
    if (unit.endsWith('/')) visit(unit);
    else finishFile(unit, path.posix.basename(unit));
  }
  return done;
}

/** `units` dealt round-robin into `parts` lists (neighbouring folders are alike in cost). */
export function dealUnits(units: readonly string[], parts: number): string[][] {
  const lists: string[][] = Array.from({ length: Math.max(1, parts) }, () => []);
  units.forEach((unit, i) => lists[i % lists.length]?.push(unit));
  return lists;
}
