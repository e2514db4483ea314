// The pieces of a page that the parser's passes hand on: a unit (a headline, a byline, a paragraph,
// a marker), and a unit with the role it plays. Types only, shared by every pass from units on.
import type { Byline, Dateline } from './bylines';
import type { ContinuationMarker } from './markers';

/** A piece of the page that is classified as a whole: a headline, a byline, a paragraph, a marker. */
export interface Unit {
  text: string;
  /** First and last source line (1-based, inclusive). */
  start: number;
  end: number;
  /** True when a blank line (or the page start) precedes the unit. */
  blockStart: boolean;
  /** Set when the unit is a continuation marker `(下转第七版)`. */
  marker: ContinuationMarker | null;
}

/** What a unit is on the printed page. */
export type UnitRole =
  | 'heading' // a headline line: title, kicker, subtitle, column banner or subheading (segment decides)
  | 'byline' // `本报记者 叶江` standing alone
  | 'paragraph' // body text, possibly opening with a dateline
  | 'marker' // `(下转第七版)`
  | 'caption' // `…受访者供图`, `… 摄`
  | 'trailer' // `据新华社`, `（完）` closing a piece
  | 'credit' // `（作者为…）`, `（本报记者 张三整理）`, `制图：李四` printed under an article's last paragraph
  | 'furniture'; // page furniture: `责任编辑 张三`, `本版编辑`

/** A unit with its role and, where the shape showed one, its byline or dateline. */
export interface ClassifiedUnit extends Unit {
  role: UnitRole;
  byline: Byline | null;
  dateline: Dateline | null;
}
