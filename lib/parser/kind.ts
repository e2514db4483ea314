// Names the kind of piece where the page shows it: 消息, 评论, 访谈, 署名文章. Used by segment
// when an article is complete, so that readers can browse, say, all commentary across issues.
import type { ArticleKind, Author } from './types';

/** What an article shows about its kind. */
export interface KindEvidence {
  dateline: string | null;
  authors: readonly Author[];
  subtitle: string | null;
  officialByline: boolean;
}

/**
 * Infers the kind: a dateline (`本报讯`, `新华社北京3月4日电`) makes a 消息; a 评论员 byline a 评论;
 * a `访…` subtitle (`访全国人大代表钟海燕`, `——访…`, `——对话…`, `专访…`) a 访谈; an official's title and name a
 * 署名文章. Null when the page shows none of these.
 */
export function inferKind(evidence: KindEvidence): ArticleKind | null {
  // The specific kinds win over 消息: an interview filed with a dateline is still an interview.
  if (evidence.subtitle !== null && /^[—－-]{0,2}\s?(?:访|专访|对话)/.test(evidence.subtitle)) return '访谈';
  if (evidence.authors.some((author) => author.role.endsWith('评论员'))) return '评论';
  if (evidence.officialByline) return '署名文章';
  if (evidence.dateline !== null) return '消息';
  return null;
}
