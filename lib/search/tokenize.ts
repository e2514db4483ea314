// Splits a query into terms and texts into the character n-grams the index stores. Shared by the
// index build and the worker, on top of normalize.ts, so both sides cut text the same way.
import { normalize } from './normalize';

/** Joins the fields of one document: no n-gram and no match spans two fields (或 two paragraphs). */
export const FIELD_SEPARATOR = '\n';

/** The longest n-gram the index stores: single characters and bigrams. */
export const MAX_GRAM = 2;

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

/**
 * The n-grams a query term is looked up by: the character itself for a one-character term, else
 * its distinct bigrams (经济发展 → 经济, 济发, 发展). A term matches only where all of them
 * stand side by side, which the positions in the index (or the text) decide.
 */
export function termGrams(term: string): string[] {
  if (term.length <= 1) return term.length === 1 ? [term] : [];
  const grams: string[] = [];
  for (let i = 0; i + 2 <= term.length; i += 1) {
    const gram = term.slice(i, i + 2);
    if (!grams.includes(gram)) grams.push(gram);
  }
  return grams;
}

/** A gram as a number: a character's code unit, or for a bigram (first + 1) · 65536 + second. */
export function gramCode(first: number, second?: number): number {
  return second === undefined ? first : (first + 1) * 65536 + second;
}

/** The gram a `gramCode` stands for. */
export function codeToGram(code: number): string {
  return code < 65536
    ? String.fromCharCode(code)
    : String.fromCharCode(Math.floor(code / 65536) - 1, code % 65536);
}

const SEPARATOR_CODE = FIELD_SEPARATOR.charCodeAt(0);
const SPACE_CODE = 32;

/**
 * Calls `visit(code, position)` for every unigram and bigram of a document's normalised text (as
 * gramCode numbers, which the index build sorts fast): no gram spans a field boundary, and a lone
 * space is never a gram, but bigrams with a space are (so `"new york"` can be found).
 */
export function forEachGramCode(text: string, visit: (code: number, position: number) => void): void {
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === SEPARATOR_CODE) continue;
    if (char !== SPACE_CODE) visit(char, i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : SEPARATOR_CODE;
    if (next !== SEPARATOR_CODE) visit(gramCode(char, next), i);
  }
}

/** Calls `visit(gram, position)` for every unigram and bigram of a document's normalised text. */
export function forEachGram(text: string, visit: (gram: string, position: number) => void): void {
  forEachGramCode(text, (code, position) => visit(codeToGram(code), position));
}
