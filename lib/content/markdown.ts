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

// A line break inside a block (a hand edit) joins its lines: with nothing between two CJK
// characters (Chinese has no spaces), with one space between words of other scripts.
function joinSoftBreaks(text: string): string {
  return text.replace(/\s*\n\s*/g, (_match: string, offset: number, whole: string) => {
    const before = whole.slice(0, offset).trimEnd().slice(-1);
    const after = whole.slice(offset).trimStart().slice(0, 1);
    return isCjk(before) || isCjk(after) ? '' : ' ';
  });
}

function isCjk(char: string): boolean {
  return /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—]/u.test(char);
}

// A heading line or a quote line starts a block of its own even without a blank line before it,
// as CommonMark renders it (a hand edit may type `## 小标题` right under a paragraph); a heading
// is one line, so the next line starts a block too.
function splitInterruptions(chunk: string): string[] {
  const blocks: string[][] = [];
  let kind: 'text' | 'heading' | 'quote' | null = null;
  for (const line of chunk.split('\n')) {
    const lineKind = /^\s{0,3}#{1,6}\s/.test(line) ? 'heading' : /^\s{0,3}>/.test(line) ? 'quote' : 'text';
    const continues = kind !== null && kind !== 'heading' && lineKind === kind;
    if (continues || (kind === 'quote' && lineKind === 'text')) blocks[blocks.length - 1]?.push(line);
    else blocks.push([line]);
    kind = lineKind === 'text' && kind === 'quote' ? 'quote' : lineKind;
  }
  return blocks.map((lines) => lines.join('\n'));
}

/** Reads a stored body back into blocks (for search and descriptions); the inverse of `blocksToMarkdown`. */
export function markdownToBlocks(markdown: string): ArticleBlock[] {
  return markdown
    .split(/\n\s*\n/)
    .flatMap(splitInterruptions)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0)
    .map((chunk): ArticleBlock => {
      const heading = /^#{1,6}\s+(.*)$/s.exec(chunk);
      if (heading) return { type: 'subheading', text: unescapeMarkdown(heading[1] ?? '').trim() };
      if (chunk.startsWith('>')) {
        const quoted = joinSoftBreaks(chunk.replace(/^>[ \t]?/gm, ''));
        return { type: 'caption', text: unescapeMarkdown(quoted).trim() };
      }
      return { type: 'paragraph', text: unescapeMarkdown(joinSoftBreaks(chunk)) };
    });
}
