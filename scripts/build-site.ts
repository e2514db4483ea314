// `npm run build`'s site step: `next build` + postbuild, incremental by default. It re-renders only
// the pages whose inputs changed since the previous build (lib/build/page-inputs.ts), hands them to
// the routes' generateStaticParams through a plan file (lib/build/render-plan.ts), and moves what
// Next and postbuild wrote into the previous out/, set aside meanwhile (lib/build/output-cache.ts);
// out/ is then byte-identical to a full build. Any change of code or configuration builds in full.
// Usage: tsx scripts/build-site.ts [--full]   (or BUILD_FULL=1); design in docs/scale.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getArchive } from '../lib/site/data';
import { codeFingerprint } from '../lib/build/code-fingerprint';
import { outputInputs } from '../lib/build/page-inputs';
import { stampFile } from '../lib/build/file-stamp';
import { isSearchIndexFile, syncSearchIndex } from '../lib/build/search-copy';
import { buildReportFile, type BuildReport } from '../lib/build/build-report';
import {
  CACHE_VERSION,
  cachePaths,
  invalidateBuildManifest,
  listTree,
  moveIntoTree,
  outputFile,
  planBuild,
  readBuildManifest,
  removeStaleFiles,
  runFiles,
  writeBuildManifest,
  type BuildManifest,
  type BuildPlan,
} from '../lib/build/output-cache';

const ROOT = process.cwd();
const OUT = path.join(ROOT, 'out');
const PUBLIC_SEARCH = path.join(ROOT, 'public', 'search');
const CACHE = path.join(ROOT, '.build-cache');
const ROUTE_OUTPUT = /(^|\/)(index\.html|[^/]+\.html|feed\.xml|atom\.xml|feed\.json)$/;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      `build-site: \`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`,
    );
    process.exit(1);
  }
  return performance.now() - started;
}

/** Counts the pages and feeds Next wrote into out/ (skips _next/, its assets). */
function countRendered(dir: string, relative = ''): number {
  let count = 0;
  for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) count += child === '_next' ? 0 : countRendered(dir, child);
    else if (ROUTE_OUTPUT.test(child)) count += 1;
  }
  return count;
}

/** Puts public/search back from where an incremental build set it aside (also after an interrupted build). */
function restoreSearchIndex(aside: string): void {
  if (!existsSync(aside)) return;
  // A search index built since the interruption is the newer one.
  if (existsSync(PUBLIC_SEARCH)) rmSync(aside, { recursive: true, force: true });
  else renameSync(aside, PUBLIC_SEARCH);
}

function decide(
  previous: BuildManifest | null,
  code: string,
  outputs: ReturnType<typeof outputInputs>,
): BuildPlan {
  if (process.argv.includes('--full') || process.env.BUILD_FULL === '1')
    return { mode: 'full', reason: 'asked for (--full or BUILD_FULL=1)' };
  // Pages keep more files than their HTML then; outputFile (lib/build/output-cache.ts) assumes one.
  if (process.env.KEEP_RSC_PAYLOADS || process.env.KEEP_NEXT_RUNTIME)
    return { mode: 'full', reason: 'KEEP_RSC_PAYLOADS or KEEP_NEXT_RUNTIME is set' };
  const plan = planBuild(previous, code, outputs, (file) => stampFile(OUT, file));
  if (plan.mode === 'incremental' && !existsSync(OUT))
    return { mode: 'full', reason: 'the previous out/ is missing' };
  return plan;
}

function main(): void {
  const unknown = process.argv.slice(2).filter((arg) => arg !== '--full');
  if (unknown.length > 0) {
    console.error(`usage: tsx scripts/build-site.ts [--full]\nunknown argument: ${unknown.join(' ')}`);
    process.exit(2);
  }
  const started = performance.now();
  const code = codeFingerprint(ROOT);
  const outputs = outputInputs(getArchive());
  const previous = readBuildManifest(CACHE);
  const plan = decide(previous, code, outputs);
  const cache = cachePaths(CACHE);
  mkdirSync(CACHE, { recursive: true });
  invalidateBuildManifest(CACHE);
  // Left by an interrupted build, or by version 1 of the cache: not needed any more.
  for (const folder of [cache.live, cache.legacyOut]) rmSync(folder, { recursive: true, force: true });
  restoreSearchIndex(cache.searchAside);

  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  delete env.BUILD_RENDER_PLAN;
  delete env.BUILD_SKIP_TYPECHECK;
  if (plan.mode === 'incremental') {
    const { routes, openData, redirects } = plan;
    writeFileSync(cache.plan, `${JSON.stringify({ routes, openData, redirects })}\n`);
    env.BUILD_RENDER_PLAN = cache.plan;
    // The code is byte for byte that of the previous build, whose `next build` type-checked it.
    env.BUILD_SKIP_TYPECHECK = '1';
    // The previous out/ waits aside: Next would delete it, and most of it stays as it is.
    renameSync(OUT, cache.live);
    // So does the search index: Next would copy all of it into out/ (lib/build/search-copy.ts).
    if (existsSync(PUBLIC_SEARCH)) {
      renameSync(PUBLIC_SEARCH, cache.searchAside);
      process.on('exit', () => restoreSearchIndex(cache.searchAside));
    }
  }
  const plannedRoutes =
    plan.mode === 'incremental'
      ? plan.routes.length
      : [...outputs.values()].filter((o) => o.owner === 'next').length;
  console.log(
    plan.mode === 'incremental'
      ? `build-site: incremental: ${plan.routes.length} changed pages, ${plan.openData.length} changed articles`
      : `build-site: full build (${plan.reason})`,
  );
  const planMs = performance.now() - started;

  const nextBuildMs = run('npx', ['next', 'build'], env);
  restoreSearchIndex(cache.searchAside);
  const rendered = countRendered(OUT);
  const postbuildMs = run('npx', ['tsx', 'scripts/postbuild.ts'], env);

  const mergeStarted = performance.now();
  const written = listTree(OUT);
  let kept = 0;
  if (plan.mode === 'incremental' && previous !== null) {
    const writtenSet = new Set(written);
    moveIntoTree(OUT, cache.live, written);
    removeStaleFiles(
      cache.live,
      previous.runFiles.filter((file) => !(file.startsWith('search/') && isSearchIndexFile(file.slice(7)))),
      writtenSet,
    );
    syncSearchIndex(existsSync(PUBLIC_SEARCH) ? PUBLIC_SEARCH : null, path.join(cache.live, 'search'));
    rmSync(OUT, { recursive: true });
    renameSync(cache.live, OUT);
    kept = plan.unchanged.length;
  }
  writeBuildManifest(CACHE, {
    version: CACHE_VERSION,
    code,
    outputs: Object.fromEntries(
      [...outputs].map(([output, input]) => [
        output,
        { ...input, stamp: stampFile(OUT, outputFile(output)) },
      ]),
    ),
    runFiles: runFiles(written, outputs.keys()),
  });
  // Next leaves about ten files per rendered page in .next/server/app, of no use once exported;
  // the next `next build` would delete them before it starts (about a minute after a full build of
  // 10,000 articles). Deleting them here bills the build that made them.
  rmSync(path.join(ROOT, '.next', 'server', 'app'), { recursive: true, force: true });
  const mergeMs = performance.now() - mergeStarted;

  const report: BuildReport = {
    mode: plan.mode,
    reason: plan.mode === 'full' ? plan.reason : 'content changed',
    plannedRoutes,
    rendered,
    written: written.length,
    kept,
    planMs,
    nextBuildMs,
    postbuildMs,
    mergeMs,
  };
  writeFileSync(buildReportFile(CACHE), `${JSON.stringify(report, null, 2)}\n`);
  const s = (ms: number) => (ms / 1000).toFixed(1);
  console.log(
    `build-site: ${plan.mode} build: ${rendered} pages rendered, ${written.length} files written, ` +
      `${kept} kept from the previous out/ (plan ${s(planMs)} s, next build ${s(nextBuildMs)} s, ` +
      `postbuild ${s(postbuildMs)} s, merge and clean-up ${s(mergeMs)} s)`,
  );
}

main();
