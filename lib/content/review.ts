// The parser's review reasons as a runtime list, for the front matter schema (zod needs values, the
// parser exports only the type). A compile-time check keeps the list equal to the parser's union.
import type { ReviewReason } from '../parser/types';

/** The list and the union have the same members: `List`, else `never` (and the assignment below fails). */
type SameMembers<List extends readonly string[], Union extends string> = [List[number]] extends [Union]
  ? [Union] extends [List[number]]
    ? List
    : never
  : never;

const REASONS = ['opening-missing', 'headline-two-ways', 'weak-boundary', 'subheadings', 'summary-lines'] as const;

/**
 * Every `ReviewReason` the parser can give (meanings in lib/parser/types.ts). A reason added to or
 * removed from the parser's union and not here makes this line fail to type-check.
 */
export const REVIEW_REASONS: SameMembers<typeof REASONS, ReviewReason> = REASONS;
