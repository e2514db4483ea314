// Copies the app (routes, lib, scripts, public, configs — not node_modules) into a folder inside the
// repo, so that a second `next build` over other content (the e2e fixture archive, the scale
// benchmark) neither touches the real out/ nor loses node_modules, which resolves upward.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CODE_ENTRIES } from '../../lib/build/code-fingerprint';

/**
 * What a build of the site needs from the repository root: the fingerprinted code (CODE_ENTRIES),
 * less the lockfile, since the copy installs nothing and builds with the root's node_modules.
 */
export const APP_ENTRIES = CODE_ENTRIES.filter((entry) => entry !== 'package-lock.json');

/** Replaces `dest` with a fresh copy of the app from `root`, skipping sources `skip` rejects. */
export function copyApp(root: string, dest: string, skip: (source: string) => boolean = () => false): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const entry of APP_ENTRIES) {
    const from = path.join(root, entry);
    if (existsSync(from))
      cpSync(from, path.join(dest, entry), { recursive: true, filter: (source) => !skip(source) });
  }
}
