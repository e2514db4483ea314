// Pass 8 of parsePage: tells a column's name from a kicker. A short tag over a title was read as
// its kicker; here, with the whole article at hand, a tag whose words never come back in the
// article is moved to its column. It runs after packages, which read a piece's banner as a column.
import { isShortTag } from './headings';
import { pairShare } from './junction-cues';
import type { ParsedArticle } from './types';
import { NO_LAYOUT, type PageLayout } from './layout';

// A short tag over a title names what the story is about — a place, a company, an event
// (`溪口镇`, `中国银联`, `澳网女单`) — so its words come back in the title or the text. A column's
// name (`以案说法`, `名医坐诊`, `瓯江时评`) does not: such a tag is the article's column 栏目.
const TAG_ECHO_MIN = 0.5;
const TEXT_READ = 600;
function namesColumn(article: ParsedArticle): boolean {
  const tag = article.kicker;
  if (tag === null || article.column !== null || !isShortTag(tag)) return false;
  let text = article.title;
  for (const block of article.body) {
    if (text.length >= TEXT_READ) break;
    text += block.text;
  }
  return pairShare(tag, text) < TAG_ECHO_MIN;
}

/**
 * Moves a kicker that names a column into the column field, in place, for each article: a short
 * tag of 2–6 Han characters (`以案说法`) over a title, when fewer than half of its character pairs
 * come back in the title and the first 600 characters of the text (`溪口镇` over a story about
 * 溪口镇 stays the kicker). An article with a column already, or whose kicker an editor gave in the
 * page's layout corrections, keeps its kicker.
 */
export function readColumnTags(articles: readonly ParsedArticle[], layout: PageLayout = NO_LAYOUT): void {
  for (const article of articles) {
    if (givesKicker(layout, article.lines.start, article.lines.end) || !namesColumn(article)) continue;
    article.column = article.kicker;
    article.kicker = null;
  }
}

function givesKicker(layout: PageLayout, start: number, end: number): boolean {
  for (const [line, role] of layout.roles) if (role === 'kicker' && line >= start && line <= end) return true;
  return false;
}
