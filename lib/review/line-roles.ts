// What each source line of a page became in its parse, for the editors' review page: the article
// it went to and its role there (kicker, title, byline, paragraph…), or a fragment. Pure.
import { normalizePunctuation } from '../parser/punctuation';
import { isFurniture } from '../parser/classify';
import type { ParsedPage } from '../parser/types';

/** The role a source line was given, as the review page shows it. */
export type LineRole =
  | 'blank'
  | 'kicker'
  | 'title'
  | 'subtitle'
  | 'column'
  | 'byline'
  | 'paragraph'
  | 'subheading'
  | 'marker'
  | 'fragment'
  | 'furniture';

/** One source line and what it became. */
export interface LineView {
  /** 1-based source line. */
  line: number;
  text: string;
  role: LineRole;
  /** 1-based reading order of the article the line went to, or null (fragment, blank). */
  article: number | null;
}

// Compared the way the parse prints: display punctuation, no spaces.
function comparable(text: string): string {
  return normalizePunctuation(text).replace(/\s+/g, '');
}

/**
 * Assigns every line of `source` the role it plays in `parsed`: a line inside an article's line
 * range is found among the article's headline fields, byline and body blocks (by its text); a line
 * inside a fragment is furniture or a fragment; anything else within an article is a marker or
 * leftover of that article. `source` is the decoded page the parse was made from.
 */
export function lineRoles(source: string, parsed: ParsedPage): LineView[] {
  return source.split('\n').map((raw, index): LineView => {
    const line = index + 1;
    const text = raw.replace(/\r$/, '');
    if (text.trim() === '') return { line, text, role: 'blank', article: null };
    const key = comparable(text);
    const fragment = parsed.fragments.find(
      (candidate) => line >= candidate.lines.start && line <= candidate.lines.end,
    );
    if (fragment !== undefined) {
      return {
        line,
        text,
        role: isFurniture(text.trim().replace(/\s+/g, ' ')) ? 'furniture' : 'fragment',
        article: null,
      };
    }
    const order = parsed.articles.findIndex(
      (article) => line >= article.lines.start && line <= article.lines.end,
    );
    const article = parsed.articles[order];
    if (article === undefined) return { line, text, role: 'fragment', article: null };
    const fields: [LineRole, string | null][] = [
      ['kicker', article.kicker],
      ['title', article.title],
      ['subtitle', article.subtitle],
      ['column', article.column],
      ['byline', article.byline],
    ];
    for (const [role, value] of fields) {
      if (
        value !== null &&
        comparable(value).includes(key) &&
        !article.body.some((block) => comparable(block.text).startsWith(key))
      )
        return { line, text, role, article: order + 1 };
    }
    const block = article.body.find((candidate) => comparable(candidate.text).includes(key));
    if (block !== undefined)
      return {
        line,
        text,
        role: block.type === 'subheading' ? 'subheading' : 'paragraph',
        article: order + 1,
      };
    return { line, text, role: 'marker', article: order + 1 };
  });
}

/**
 * The layout statements an editor may want for a line, ready to paste into
 * `<stem>.layout.yaml`: start an article here, or give the line another role.
 */
export function statementsFor(view: LineView): string[] {
  if (view.role === 'blank') return [];
  const roles = [
    'title',
    'kicker',
    'subtitle',
    'byline',
    'paragraph',
    'subheading',
    'caption',
    'furniture',
  ].filter((role) => role !== view.role);
  return [`- start: ${view.line}`, ...roles.map((role) => `- { line: ${view.line}, role: ${role} }`)];
}
