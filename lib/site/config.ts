// Site configuration from the environment, parsed once and validated (zod) at the boundary.
// SITE_URL: absolute origin used in canonical links, feeds and the sitemap.
// BASE_PATH: optional sub-path the export is served from, e.g. /archive (no trailing slash).
// ICP_NUMBER: optional ICP 备案 number shown in the footer.
import { z } from 'zod';

const SiteEnvSchema = z.object({
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/+$/, '')),
  BASE_PATH: z
    .string()
    .regex(/^(\/[A-Za-z0-9._~-]+)*$/, 'BASE_PATH must be empty or like /archive (no trailing slash)')
    .default(''),
  ICP_NUMBER: z.string().trim().default(''),
});

/** Parses site configuration from an environment (empty values count as unset); throws on invalid values. */
export function parseSiteConfig(source: Record<string, string | undefined>) {
  const env = SiteEnvSchema.safeParse({
    SITE_URL: source.SITE_URL || undefined,
    BASE_PATH: source.BASE_PATH || undefined,
    ICP_NUMBER: source.ICP_NUMBER || undefined,
  });
  if (!env.success) {
    const issue = env.error.issues[0];
    throw new Error(`invalid site configuration: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return {
    siteUrl: env.data.SITE_URL,
    basePath: env.data.BASE_PATH,
    icpNumber: env.data.ICP_NUMBER,
    siteName: '丽水日报数字档案',
    paperName: '丽水日报',
  } as const;
}

/** The validated site configuration. */
export const siteConfig = parseSiteConfig(process.env);
