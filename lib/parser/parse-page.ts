// TEMPORARY placeholder so that other modules can compile against the contract; the parser
// work replaces this file with the real pipeline of passes.
import type { ParsedPage } from './types';

/** Parses one raw page (already decoded to a string) into articles and fragments. */
export function parsePage(text: string): ParsedPage {
  const lines = text.split('\n');
  return { articles: [], fragments: [{ text, lines: { start: 1, end: Math.max(1, lines.length) } }] };
}
