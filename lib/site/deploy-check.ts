// The production build's guard against shipping links to localhost: QR codes, canonical links,
// Open Graph, JSON-LD, feeds, the sitemap, robots.txt and OpenSearch all use SITE_URL, so a build
// for the web must be given the real one. Local previews (`npm start`, `npm test`) say so.

/** The README section that explains deploying, named in the message. */
export const DEPLOY_SECTION = 'README.md, "Build, serve, deploy"';

/**
 * Checks the environment of `npm run build`: returns null when the build may run, else the
 * message to print. It may run with a SITE_URL that is an http(s) origin other than localhost,
 * 127.0.0.1 or [::1], or for a local preview (`LOCAL_PREVIEW=1`, set by `npm start` and `npm test`),
 * where the default http://localhost:3000 is right.
 */
export function productionSiteUrlProblem(env: Record<string, string | undefined>): string | null {
  if (env.LOCAL_PREVIEW === '1') return null;
  const value = env.SITE_URL?.trim() ?? '';
  if (value === '') {
    return `SITE_URL is not set: the production build needs the site's public origin (e.g. SITE_URL=https://archive.example.cn npm run build), because QR codes, shared links, feeds and the sitemap use it. For a local preview run \`npm start\`. See ${DEPLOY_SECTION}.`;
  }
  let host: string;
  try {
    host = new URL(value).hostname;
  } catch {
    return `SITE_URL=${value} is not a URL: give the site's public origin, e.g. https://archive.example.cn. See ${DEPLOY_SECTION}.`;
  }
  if (host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost')) {
    return `SITE_URL=${value} points at this machine: readers' QR codes and shared links would lead nowhere. Give the public origin, or run \`npm start\` for a local preview. See ${DEPLOY_SECTION}.`;
  }
  return null;
}
