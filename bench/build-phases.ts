// Where a `next build` spends its time, from the arrival of its log lines (bench/run.ts and
// bench/daily.ts): compiling and type checking hardly grow with the archive, rendering grows with
// the pages rendered, finalizing (copying every page into out/) with the files.
import type { Measured } from './process-tree';

/** The phases of `next build`, each recognised by the log line that starts it. */
export const BUILD_PHASES = [
  { name: 'compile', startsWith: /Creating an optimized production build/ },
  { name: 'typecheck', startsWith: /Running TypeScript/ },
  { name: 'collect', startsWith: /Collecting page data/ },
  { name: 'render', startsWith: /Generating static pages/ },
  { name: 'finalize', startsWith: /Finalizing page optimization/ },
] as const;
/** One of BUILD_PHASES. */
export type BuildPhase = (typeof BUILD_PHASES)[number]['name'];

/**
 * Seconds per phase of the `next build` whose output `site` captured, from when each phase's first
 * log line arrived; the last phase ends at `endMs` (ms after the start; default: when `site` ended).
 */
export function buildPhases(site: Measured, endMs: number = site.ms): Partial<Record<BuildPhase, number>> {
  const starts = BUILD_PHASES.map((phase) => ({
    name: phase.name,
    atMs: site.lines.find((line) => phase.startsWith.test(line.text))?.atMs,
  })).filter((phase): phase is { name: BuildPhase; atMs: number } => phase.atMs !== undefined);
  const phases: Partial<Record<BuildPhase, number>> = {};
  starts.forEach((phase, i) => {
    phases[phase.name] = ((starts[i + 1]?.atMs ?? endMs) - phase.atMs) / 1000;
  });
  return phases;
}

/** One phase's seconds with one decimal, or `n/a` when its log line never came. */
export const phaseSeconds = (site: Measured, name: BuildPhase, endMs?: number): string =>
  buildPhases(site, endMs)[name]?.toFixed(1) ?? 'n/a';
