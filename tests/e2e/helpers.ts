// Shared helpers for the e2e journeys: URLs of the two served archives, console error capture,
// and the real archive's data (read with the same loader as the build).
import type { Page } from '@playwright/test';
import { siteConfig } from '../../lib/site/config';
import { loadArticles } from '../../lib/content/load';
import { buildArchive } from '../../lib/content/archive';

/** A path on the fixture archive's server (hostile text, redirects). */
export function fixtureUrl(path: string): string {
  return `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT}${siteConfig.basePath}${path}`;
}

/** A path relative to the main server's base URL (`/issues/` → `issues/`). */
export function local(path: string): string {
  return path.replace(/^\//, '');
}

/** The archive the main site was built from (content/ or CONTENT_DIR). */
export function realArchive() {
  return buildArchive(loadArticles());
}

/** Collects console errors and page errors; call `.errors` after the journey. */
export function watchConsole(page: Page, options: { allow404?: boolean } = {}) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (options.allow404 && /status of 404/.test(message.text())) return;
    errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { errors };
}
