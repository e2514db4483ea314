// Splits a query into terms and texts into the character n-grams the index stores. Shared by the
// index build and the worker, on top of normalize.ts, so both sides cut text the same way.
import { normalize } from './normalize';

/** Joins the fields of one document: no n-gram and no match spans two fields (或 two paragraphs). */
export const FIELD_SEPARATOR = '\n';

/** The longest n-gram the index stores: single characters, bigrams and trigrams. */
export const MAX_GRAM = 3;

/**
 * The length of the grams whose positions the index stores: trigrams. A term up to MAX_GRAM
 * characters is itself a key; a longer one is verified by joining its trigrams' positions.
 */
export const POSITION_GRAM = 3;

/**
 * Splits a raw query into normalised terms that must all match: spaces separate terms, a quoted
 * phrase (`"new york"`, `“丽水 日报”`, `「丽水」`) is one term and keeps its inner spaces. Terms
 * that normalise to nothing (`<>`, `。`) are dropped; duplicates are kept once.
 */
export function parseQuery(raw: string): string[] {
  const terms: string[] = [];
  const pattern = /["＂]([^"＂]*)["＂]|“([^”]*)”|「([^」]*)」|『([^』]*)』|(\S+)/gu;
  for (const match of raw.matchAll(pattern)) {
    const phrase = match[1] ?? match[2] ?? match[3] ?? match[4];
    const term = normalize(phrase ?? match[5] ?? '');
    if (term.length > 0 && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

// Gram codes are exact integers below 2^53, each length in its own range: a unigram is its code
// unit (< 2^16), a bigram 2^16 + its two code units in base 2^16 (< 2^32 + 2^16), a trigram
// TRIGRAM_BASE + its three code units in base 2^16.
const TRIGRAM_BASE = 65536 * 65536 + 65536;

/**
 * A gram as a number (the index build sorts numbers fast): a character's code unit; a bigram
 * 2^16 + first · 2^16 + second; a trigram 2^32 + 2^16 + (first · 2^16 + second) · 2^16 + third.
 */
export function gramCode(first: number, second?: number, third?: number): number {
  if (second === undefined) return first;
  if (third === undefined) return (first + 1) * 65536 + second;
  return TRIGRAM_BASE + (first * 65536 + second) * 65536 + third;
}

/** The number of characters of the gram a `gramCode` stands for (1, 2 or 3). */
export function gramCodeLength(code: number): number {
  return code < 65536 ? 1 : code < TRIGRAM_BASE ? 2 : 3;
}

/** The gram a `gramCode` stands for. */
export function codeToGram(code: number): string {
  if (code < 65536) return String.fromCharCode(code);
  if (code < TRIGRAM_BASE) return String.fromCharCode(Math.floor(code / 65536) - 1, code % 65536);
  const rest = code - TRIGRAM_BASE;
  const firstTwo = Math.floor(rest / 65536);
  return String.fromCharCode(Math.floor(firstTwo / 65536), firstTwo % 65536, rest % 65536);
}

const SEPARATOR_CODE = FIELD_SEPARATOR.charCodeAt(0);
const SPACE_CODE = 32;

/**
 * Calls `visit(code, position)` for every unigram, bigram and trigram of a document's normalised
 * text (as gramCode numbers, which the index build sorts fast), at each position in that order:
 * no gram spans a field boundary, and a lone space is never a gram, but longer grams with a space
 * are (so `"new york"` can be found).
 */
export function forEachGramCode(text: string, visit: (code: number, position: number) => void): void {
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === SEPARATOR_CODE) continue;
    if (char !== SPACE_CODE) visit(char, i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : SEPARATOR_CODE;
    if (next === SEPARATOR_CODE) continue;
    visit(gramCode(char, next), i);
    const after = i + 2 < text.length ? text.charCodeAt(i + 2) : SEPARATOR_CODE;
    if (after !== SEPARATOR_CODE) visit(gramCode(char, next, after), i);
  }
}

/** Calls `visit(gram, position)` for every unigram, bigram and trigram of a document's normalised text. */
export function forEachGram(text: string, visit: (gram: string, position: number) => void): void {
  forEachGramCode(text, (code, position) => visit(codeToGram(code), position));
}
