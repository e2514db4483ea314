// What the last site build did (scripts/build-site.ts writes it; bench/run.ts and the
// incremental-build test read it): `.build-cache/last-build.json`.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One site build: its mode, the work it did, and where the time went. */
export interface BuildReport {
  mode: 'full' | 'incremental';
  /** Why a full build was full, or `content changed`. */
  reason: string;
  /** Dynamic-route pages planned for rendering (all of them in a full build). */
  plannedRoutes: number;
  /** Pages and feeds `next build` wrote: .html files and route-handler outputs (outside _next/). */
  rendered: number;
  /** Files in out/ this build wrote (Next + postbuild), and outputs kept from the previous out/. */
  written: number;
  kept: number;
  /** Wall-clock milliseconds: planning, `next build`, postbuild, merge into the previous out/ and clean-up of .next/. */
  planMs: number;
  nextBuildMs: number;
  postbuildMs: number;
  mergeMs: number;
}

/** The report's path in a cache folder. */
export const buildReportFile = (cacheDir: string) => path.join(cacheDir, 'last-build.json');

/** Reads the last build's report from `cacheDir`; throws if there is none. */
export function readBuildReport(cacheDir: string): BuildReport {
  return JSON.parse(readFileSync(buildReportFile(cacheDir), 'utf8')) as BuildReport;
}
