// The body format of content/articles: parser body blocks ⇄ Markdown. Text is escaped so that
// whatever a page printed (`*`, `#`, `<script>`) reads back as the same literal text.
import type { BodyBlock } from '../parser/types';
import { isCaption } from '../parser/classify';

// Characters that are Markdown syntax anywhere in a line. Escaping only these keeps files
// readable for editors (`8.0%` stays `8.0%`); a backslash before ASCII punctuation is a literal.
const INLINE_SPECIAL = /[\\`*_[\]<>&~|]/g;
// Syntax only at the start of a block: headings, quotes, list markers, thematic breaks.
const BLOCK_START_SPECIAL = /^([#>+=-])|^(\d+)([.)])/;

/** Escapes one block of text so that CommonMark renders it as exactly that text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SPECIAL, (ch) => `\\${ch}`)
    .replace(BLOCK_START_SPECIAL, (_all, mark?: string, digits?: string, delimiter?: string) =>
      mark ? `\\${mark}` : `${digits ?? ''}\\${delimiter ?? ''}`,
    );
}

/** Reverses `escapeMarkdown`. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * One block of a stored article body: the parser's blocks, plus the photo caption 图片说明 that
 * ingest recognises among them (`markCaptions`). Open data carries the same types.
 */
export type ArticleBlock = BodyBlock | { type: 'caption'; text: string };

/**
 * The parser's body with its caption-shaped paragraphs (`图为…`, `…摄`, `…供图`, `▲…`) typed as
 * captions. The parse contract keeps them as paragraphs, as the page's text (the evaluation's
 * golds count them so); the archive shows and stores them as captions.
 */
export function markCaptions(blocks: readonly BodyBlock[]): ArticleBlock[] {
  return blocks.map((block) =>
    block.type === 'paragraph' && isCaption(block.text) ? { type: 'caption', text: block.text } : block,
  );
}

/** Serialises body blocks as Markdown: one paragraph per block, subheadings as `## `, captions as `> `. */
export function blocksToMarkdown(blocks: readonly ArticleBlock[]): string {
  return blocks
    .map((block) => {
      const text = escapeMarkdown(block.text.replace(/\s*\n\s*/g, ' '));
      return block.type === 'subheading' ? `## ${text}` : block.type === 'caption' ? `> ${text}` : text;
    })
    .join('\n\n');
}

/** Reads a stored body back into blocks (for search and descriptions); the inverse of `blocksToMarkdown`. */
export function markdownToBlocks(markdown: string): ArticleBlock[] {
  return markdown
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0)
    .map((chunk): ArticleBlock => {
      const heading = /^#{1,6}\s+(.*)$/s.exec(chunk);
      if (heading) return { type: 'subheading', text: unescapeMarkdown(heading[1] ?? '').trim() };
      if (chunk.startsWith('>')) {
        const quoted = chunk.replace(/^>[ \t]?/gm, '').replace(/\s*\n\s*/g, ' ');
        return { type: 'caption', text: unescapeMarkdown(quoted).trim() };
      }
      return { type: 'paragraph', text: unescapeMarkdown(chunk.replace(/\s*\n\s*/g, ' ')) };
    });
}
