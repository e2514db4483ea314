// The cues that tell a paragraph broken by a column end from two blocks that merely stand one
// under the other, read at the junction: how the upper block ends, how the lower one starts. The
// junction model (model/junction.json, trained by scripts/train-parser-models.ts) weighs them.
import {
  endsSentence,
  hasClausePunctuation,
  hasInnerSentenceEnd,
  isBmpIdeograph,
  isHan,
  visibleLength,
} from './chars';
import { bit, clip, type Features } from './model/logistic';
import { isOpeningMissing } from './openings';

/** Where the upper block stands: a headline-shaped line, right under a headline, after finished text. */
export interface JunctionContext {
  /** The upper block is headline-shaped (classified as a heading). */
  heading: boolean;
  /** The block above the upper one is a headline line (the upper block opens an article). */
  underHeadline: boolean;
  /** The block above the upper one is text that ends a sentence. */
  afterFinishedText: boolean;
  /** Another headline-shaped comma line of the page has about the same length (a series of subheadings). */
  siblings: boolean;
}

/** Share (0–1) of the Han character pairs of `line` found in the first 150 characters of `text`. */
export function echoShare(line: string, text: string): number {
  // (Asked at every junction: pairs as numbers in two small sets, no strings.)
  const pairs = hanPairs(line);
  if (pairs.size === 0) return 0;
  const below = hanPairs(text.slice(0, 150));
  let shared = 0;
  for (const pair of pairs) if (below.has(pair)) shared++;
  return shared / pairs.size;
}

// Adjacent Han character pairs of a text, each as one number (two UTF-16 codes), punctuation and
// spaces skipped as if the text were Han characters only.
function hanPairs(text: string): Set<number> {
  const pairs = new Set<number>();
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isBmpIdeograph(code)) continue;
    if (previous >= 0) pairs.add(previous * 0x10000 + code);
    previous = code;
  }
  return pairs;
}

/**
 * Share (0–1) of the distinct adjacent Han character pairs of `line` found anywhere in `text`,
 * both read as Han characters only (punctuation and spaces skipped: `稳字当头，进字为先` holds `头进`).
 */
export function pairShare(line: string, text: string): number {
  const lineHan = hanOnly(line);
  if (lineHan.length < 2) return 0;
  // The text may be a whole article: its Han characters as one string, searched for each pair of
  // the (short) line, cost less than a set of all its pairs.
  const han = hanOnly(text);
  const pairs = new Set<string>();
  let shared = 0;
  for (let i = 0; i + 1 < lineHan.length; i++) {
    const pair = lineHan.slice(i, i + 2);
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    if (han.includes(pair)) shared++;
  }
  return shared / pairs.size;
}

// Only BMP ideographs (Extension A, URO, compatibility) count as Han in pair shares.
const NOT_HAN = /[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

// The BMP ideographs of a text, in order.
function hanOnly(text: string): string {
  return text.replace(NOT_HAN, '');
}

// The class of a character at a junction: Han, Latin letter, digit, or the punctuation itself.
function charClass(ch: string | undefined): string {
  if (ch === undefined) return 'none';
  if (isHan(ch)) return 'han';
  if (/[A-Za-z]/.test(ch)) return 'latin';
  if (/[0-9０-９]/.test(ch)) return 'digit';
  return ch;
}

// The last and first characters of a string, a surrogate pair counted as one (𫖯).
function lastChar(text: string): string | undefined {
  const code = text.charCodeAt(text.length - 1);
  if (Number.isNaN(code)) return undefined;
  return code >= 0xdc00 && code <= 0xdfff ? text.slice(-2) : text.slice(-1);
}

function firstChar(text: string): string | undefined {
  const point = text.codePointAt(0);
  return point === undefined ? undefined : String.fromCodePoint(point);
}

// Three word classes of Chinese grammar, for the characters either side of a junction (general
// lists, not learned from any page). Function words that need a complement after them end no
// complete line: particles, prepositions, conjunctions, adverbs, measure words.
const FUNCTION_END = new Set(
  Array.from(
    '的地得了着过和与及或并而但在对向从为把被将于以让使给比跟同等是有也都就才又还更最很不没一个这那其各每该某之所如若因由至即及其',
  ),
);
// Characters that lean on the word before them and so rarely open a sentence: particles,
// suffixes, localisers, sentence-final particles.
const BOUND_START = new Set(Array.from('的地得了着过们性化者上下中里内外间后前时等吗呢吧啊之于'));
// Characters that often open a paragraph: time and source words, pronouns, openers of a clause.
const OPENER_START = new Set(Array.from('在据今昨近日目截随当这那我他她它如虽据记本新'));
// Pronouns, which open a paragraph with a particle after them (`我的…`, `他们…`).
const PRONOUN_START = new Set(Array.from('我你他她它这那谁咱'));

// The platform's dictionary word breaker (ICU's, as Node ships it): locale data, not a page's text.
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });
const WORD_WINDOW = 6;

/** The words a dictionary reads at a junction: the one across it, else the last word above and the first below. */
interface JunctionWords {
  across: string | null;
  before: string | null;
  after: string | null;
}

// One pass of the word breaker over the last and first six UTF-16 units either side.
function junctionWords(line: string, next: string): JunctionWords {
  const tail = line.trimEnd().slice(-WORD_WINDOW);
  const head = next.trimStart().slice(0, WORD_WINDOW);
  if (tail === '' || head === '') return { across: null, before: null, after: null };
  // `containing` asks for the two words either side without walking every word of the window.
  const segments = WORDS.segment(tail + head);
  const last = segments.containing(tail.length - 1);
  if (last !== undefined && last.index + last.segment.length > tail.length) {
    return { across: last.segment, before: null, after: null };
  }
  return {
    across: null,
    before: last?.segment ?? null,
    after: segments.containing(tail.length)?.segment ?? null,
  };
}

/**
 * The word that a dictionary reads across the junction of `line` and `next` (`没|想到`, `救|生`,
 * `派出|所`), or null when a word boundary falls there. A column cut lands inside a word about as
 * often as between two; a headline over its text almost never forms one word with the text's
 * first characters. Words are found by the ICU word breaker (Unicode UAX #29 with ICU's Chinese
 * dictionary) on the last and first six UTF-16 units.
 */
export function wordAcross(line: string, next: string): string | null {
  return junctionWords(line, next).across;
}

// Nouns whose last character is also a function word (`…定方向`, `…的行为`): a line ending in one
// may be whole. Verbs such as 成为, 认为, 作为, 位于 still need what follows them.
const NOUNS_ENDING_LIKE_FUNCTION_WORDS = new Set([
  '方向',
  '导向',
  '取向',
  '志向',
  '意向',
  '动向',
  '倾向',
  '去向',
  '风向',
  '行为',
  '所在',
  '内在',
  '外在',
  '潜在',
  '自在',
  '目的',
]);

/**
 * True when `line` ends in a noun whose last character is also a function word (`方向`, `行为`,
 * `目的`; a short list of two-character nouns). A plain string test: this runs at every junction.
 */
export function endsInNoun(line: string): boolean {
  return NOUNS_ENDING_LIKE_FUNCTION_WORDS.has(line.trimEnd().slice(-2));
}

/** The names of the cues `dictionaryCues` sets (each 0 or 1). */
export const DICTIONARY_CUES = ['wordAcross', 'lineEndsLone', 'nextStartsLone'] as const;

/** The sets of `DICTIONARY_CUES` that can be 1 together: a word across the junction leaves no half-word either side. */
export const DICTIONARY_OUTCOMES: readonly (readonly string[])[] = [
  [],
  ['wordAcross'],
  ['lineEndsLone'],
  ['nextStartsLone'],
  ['lineEndsLone', 'nextStartsLone'],
];

const isLoneIdeograph = (word: string | null): boolean => word !== null && word.length === 1 && isHan(word);

/**
 * The word breaker's cues at a junction, apart from `junctionCues` because they cost more than all
 * the others together (the caller asks only when they could change a decision): `wordAcross` (a
 * dictionary word spans the junction), and else `lineEndsLone` / `nextStartsLone` (the line ends,
 * or the text below starts, with a lone ideograph: half a word, `…国内防` / `范疫情…`).
 */
export function dictionaryCues(line: string, next: string): Features {
  const last = lastChar(line.trimEnd());
  const first = firstChar(next.trimStart());
  // Only letters, digits and ideographs make words (`2|018年` is one number).
  const wordy = (ch: string | undefined) => ch !== undefined && /^[\p{L}\p{N}]$/u.test(ch);
  if (!wordy(last) || !wordy(first)) return { wordAcross: 0, lineEndsLone: 0, nextStartsLone: 0 };
  const words = junctionWords(line, next);
  return {
    wordAcross: bit(words.across !== null),
    lineEndsLone: bit(isLoneIdeograph(words.before)),
    nextStartsLone: bit(isLoneIdeograph(words.after)),
  };
}

/**
 * The cues of the junction between `line` (a block without a final stop) and `next` (the plain
 * paragraph under it). Values are 0/1 for yes/no cues and small scaled numbers for lengths; the
 * classes of the last character of `line` and the first of `next` are cues (`endClass:digit`,
 * `endFunctionWord` for `…的`, `startBound` for `了…`).
 */
export function junctionCues(line: string, next: string, context: JunctionContext): Features {
  const last = lastChar(line.trimEnd());
  const first = firstChar(next.trimStart());
  // Only the head of the lower block matters: its first clause and sentence, if short.
  const head = next.slice(0, 60);
  const firstClause = /^[^，,。；;：:！？!?、\s]*/.exec(head)?.[0] ?? '';
  const firstSentence = /^[^。！？!?]*[。！？!?]/.exec(head)?.[0];
  // Lengths in UTF-16 units: extraction normalised whitespace, and long text needs no exact count.
  const lineLength = line.length;
  const stopped = hasInnerSentenceEnd(line);
  const features: Features = {
    heading: bit(context.heading),
    underHeadline: bit(context.underHeadline),
    afterFinishedText: bit(context.afterFinishedText),
    siblings: bit(context.siblings),
    length: clip(lineLength / 40, 4),
    short: bit(lineLength < 20),
    comma: bit(hasClausePunctuation(line)),
    innerStop: bit(stopped),
    // A summary line 提要 under a headline: one long sentence with clauses, no stop anywhere.
    summaryShape: bit(context.underHeadline && !stopped && lineLength > 40 && hasClausePunctuation(line)),
    quotedLine: bit(/^[“"]/.test(line) && /[”"]$/.test(line)),
    nextLength: clip(next.length / 80, 4),
    nextMidSentence: bit(isOpeningMissing(head)),
    nextShortClause: bit(firstClause.length <= 2 && /^[^，,]*[，,]/.test(head)),
    nextTinySentence: bit(firstSentence !== undefined && visibleLength(firstSentence) <= 7),
    nextQuote: bit(/^[“‘「『"]/.test(next)),
    nextEndsSentence: bit(endsSentence(next)),
    // A title's words come back in its lead; text longer than a headline is not a title.
    echo: lineLength <= 60 ? clip(echoShare(line, next), 1) : 0,
    [`endClass:${charClass(last)}`]: 1,
    [`startClass:${charClass(first)}`]: 1,
  };
  // (Not a noun that ends like one: `…方向`, `…行为`.)
  features.endFunctionWord = bit(last !== undefined && FUNCTION_END.has(last) && !endsInNoun(line));
  features.startBound = bit(first !== undefined && BOUND_START.has(first));
  features.startOpener = bit(first !== undefined && OPENER_START.has(first));
  // One character, then a particle (`极的火车头。`): the character ends a word begun above.
  features.secondBound = bit(/^\p{Script=Han}[的了着们]/u.test(head) && !PRONOUN_START.has(first ?? ''));
  return features;
}
