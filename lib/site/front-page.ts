// The home page as a front page (issue 13): for each 版面 of the latest issue, the lead articles
// with a clean excerpt — taken only from a complete opening paragraph, never from text whose
// opening the extraction lost — and the rest as titles. Pure; app/page.tsx renders it.
import type { IssuePage } from '../content/archive';
import { markdownToBlocks } from '../content/markdown';
import type { Article } from '../content/schema';
import { truncateText } from './format';

/**
 * Shorter than this, a first paragraph is a stray tail, not an opening: the seed's lead article
 * begins 「富裕美好社会山区样板。」 (11 characters), the end of a sentence whose start was lost.
 * Real openings — a 本报讯 lead, a commentary's first sentence — run to dozens of characters.
 */
export const MIN_OPENING_CHARS = 20;

// A complete paragraph ends a sentence: 。！？… or a closing quote/bracket after one.
const ENDS_SENTENCE = /[。！？!?…][”’」』）)]*$/u;
// Text that opens mid-sentence starts with punctuation that only follows something.
const STARTS_MID_SENTENCE = /^[，、。；：！？,.;:!?）)」』”’]/u;

/**
 * The article's opening paragraph when it is complete, else null: the opening is not marked lost
 * (openingMissing, review `opening-missing`), the body starts with a paragraph (not a subheading),
 * and that paragraph reads as a whole one — long enough, not starting mid-sentence, ending a sentence.
 */
export function completeOpening(article: Article): string | null {
  if (article.openingMissing || article.review.includes('opening-missing')) return null;
  const first = markdownToBlocks(article.body)[0];
  if (!first || first.type !== 'paragraph') return null;
  const text = first.text.trim();
  if (Array.from(text).length < MIN_OPENING_CHARS) return null;
  if (STARTS_MID_SENTENCE.test(text) || !ENDS_SENTENCE.test(text)) return null;
  return text;
}

/**
 * An excerpt of an opening paragraph: the 本报讯（记者 …） dateline dropped, then whole sentences
 * up to `max` characters. When they fill less than half of it, the next sentence follows up to
 * its last clause (，；：) that fits, closed with …; a first sentence longer than `max` is cut so.
 */
export function openingExcerpt(article: Article, opening: string, max: number): string {
  let text = opening;
  if (article.dateline && text.startsWith(article.dateline)) {
    text =
      text
        .slice(article.dateline.length)
        .replace(/^[（(][^）)]{0,60}[）)]/u, '')
        .trim() || opening;
  }
  const length = (value: string) => Array.from(value).length;
  const sentences = text.match(/[^。！？!?]+(?:[。！？!?]+[”’」』）)]*|$)/gu) ?? [text];
  let excerpt = '';
  let index = 0;
  for (; index < sentences.length; index += 1) {
    const sentence = sentences[index] ?? '';
    if (length(excerpt + sentence) > max) break;
    excerpt += sentence;
  }
  const next = sentences[index];
  if (next === undefined || length(excerpt) >= max / 2) return excerpt || truncateText(text, max);
  let partial = '';
  for (const clause of next.match(/[^，；：]+[，；：]?/gu) ?? []) {
    if (length(excerpt + partial + clause) > max - 1) break;
    partial += clause;
  }
  if (!partial) return excerpt || truncateText(text, max);
  return `${excerpt}${partial.replace(/[，；：]$/u, '')}…`;
}

/** A lead article on the front page and its excerpt. */
export interface FrontLead {
  article: Article;
  excerpt: string;
}

/** One 版面 on the front page: its leads (in reading order) and its other articles as titles. */
export interface FrontPageSection {
  page: IssuePage;
  leads: FrontLead[];
  others: Article[];
}

/**
 * Picks a 版面's leads: the first `maxLeads` articles in reading order that have a complete
 * opening (an article whose opening was lost never leads); every other article stays a title.
 * Excerpts run to `excerptChars`, the first lead's to `firstExcerptChars`.
 */
export function frontPageSection(
  page: IssuePage,
  maxLeads: number,
  excerptChars: number,
  firstExcerptChars: number = excerptChars,
): FrontPageSection {
  const leads: FrontLead[] = [];
  const others: Article[] = [];
  for (const article of page.articles) {
    const opening = leads.length < maxLeads ? completeOpening(article) : null;
    const max = leads.length === 0 ? firstExcerptChars : excerptChars;
    if (opening) leads.push({ article, excerpt: openingExcerpt(article, opening, max) });
    else others.push(article);
  }
  return { page, leads, others };
}
