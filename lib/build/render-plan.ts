// Which pages of the dynamic routes this `next build` renders. A full build renders all of them; an
// incremental build (scripts/build-site.ts) writes a plan file naming the changed pages and passes
// its path in BUILD_RENDER_PLAN, and each route's generateStaticParams keeps only those. Node only.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The plan file: URL paths of the pages to render, ids of the articles whose open data to write,
 * and URL paths of the redirect pages postbuild writes again.
 */
export const RenderPlanSchema = z.object({
  routes: z.array(z.string()),
  openData: z.array(z.string()),
  redirects: z.array(z.string()),
});
/** See RenderPlanSchema. */
export type RenderPlan = z.infer<typeof RenderPlanSchema>;

/** A plan as the build reads it. */
export interface ReadPlan {
  routes: Set<string>;
  openData: Set<string>;
  redirects: Set<string>;
}

let cached: (ReadPlan & { file: string }) | undefined;

/**
 * The plan named by BUILD_RENDER_PLAN (read and validated once per process), or null for a full
 * build (the variable unset or empty). Throws if the file is missing or not a valid plan.
 */
export function readRenderPlan(): ReadPlan | null {
  const file = process.env.BUILD_RENDER_PLAN;
  if (!file) return null;
  if (cached?.file !== file) {
    const plan = RenderPlanSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    cached = {
      file,
      routes: new Set(plan.routes),
      openData: new Set(plan.openData),
      redirects: new Set(plan.redirects),
    };
  }
  return cached;
}

/**
 * The params of a dynamic route that this build renders: all of `params` in a full build, else
 * those whose URL path (`pathOf`) the plan names. Never empty when `params` is not: Next's static
 * export refuses a route whose generateStaticParams returns nothing, so a route with no planned page
 * renders its first one again (the same bytes as the cached copy).
 */
export function plannedParams<T>(params: T[], pathOf: (param: T) => string): T[] {
  const plan = readRenderPlan();
  if (!plan) return params;
  const kept = params.filter((param) => plan.routes.has(pathOf(param)));
  return kept.length > 0 ? kept : params.slice(0, 1);
}
