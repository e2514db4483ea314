// Article bodies enter the built pages after `next build`, not during it. Next writes every
// page's content about five times (the HTML, the RSC payload inlined in it, the .rsc file and two
// prefetch segments) and renders each paragraph as React elements twice; the reading pages then
// throw all but the HTML away (scripts/postbuild.ts). So a production build renders an empty,
// marked slot, and postbuild fills it with the body's sanitised HTML (lib/content/render.ts).
// `next dev` has no postbuild and renders the body in place.
import type { Article } from '../content/schema';
import { renderMarkdownToHtml } from '../content/render';

/** Whether article bodies are left to postbuild: in every production build. */
export const BODY_FILLED_AFTER_BUILD = process.env.NODE_ENV === 'production';

/**
 * The slot as React serialises `<div className="article-body" data-article-body data-body-slot={id} />`.
 * Content cannot forge it: React escapes `<` in text and attributes, and postbuild fills slots only
 * after removing the inline RSC payload scripts.
 */
const SLOT = /<div class="article-body" data-article-body="true" data-body-slot="([0-9A-Za-z_-]+)"><\/div>/g;

/** Thrown when a built page's slot cannot be filled; names the file. */
export class BodySlotError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'BodySlotError';
  }
}

/**
 * Fills the body slot of a built page with the article's HTML. Pages without a slot come back
 * unchanged; a slot naming an unknown article, or two slots, is an error.
 */
export function fillBodySlot(
  file: string,
  html: string,
  articleById: ReadonlyMap<string, Article>,
): { html: string; filled: boolean } {
  let slots = 0;
  const filled = html.replace(SLOT, (_slot, id: string) => {
    slots += 1;
    const article = articleById.get(id);
    if (!article) throw new BodySlotError(file, `body slot names an article that does not exist: "${id}"`);
    return `<div class="article-body" data-article-body="true">${renderMarkdownToHtml(article.body)}</div>`;
  });
  if (slots > 1) throw new BodySlotError(file, `${slots} body slots in one page`);
  return { html: filled, filled: slots === 1 };
}
