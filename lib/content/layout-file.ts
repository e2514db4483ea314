// content/sources/<stem>.layout.yaml: an editor's layout corrections for one page, a YAML list of
// statements keyed by the source's own line numbers. Validated here against the page (a line
// outside it, a blank line, two statements that contradict: `file:line: reason`), then handed to
// the parser as hard constraints (lib/parser/layout.ts). Pure apart from the YAML text given.
import { LineCounter, parseDocument, isSeq } from 'yaml';
import { z } from 'zod';
import { SourceError } from '../parser/errors';
import type { LayoutRole, PageLayout } from '../parser/layout';
import { parseByline, parseDateline } from '../parser/bylines';
import { endsSentence, visibleLength } from '../parser/chars';

const Line = z.number().int().min(1);
const Range = z.tuple([Line, Line]);
const ROLES = ['kicker', 'title', 'subtitle', 'byline', 'caption', 'furniture', 'paragraph', 'subheading'] as const;

/**
 * One statement of a layout file:
 * - `{ start: 49 }` — an article starts at line 49 (its first headline line);
 * - `{ article: [49, 65] }` — lines 49–65 are one article (nothing inside opens another);
 * - `{ line: 50, role: title }` — line 50 is the title (kicker, subtitle, byline, caption,
 *   furniture, paragraph, subheading);
 * - `{ join: [57, 59] }` — the block at line 59 continues the paragraph at line 57;
 * - `{ line: 65, continuedOn: 7 }` — the article holding line 65 continues on page 7 (下转第七版).
 */
export const LayoutStatementSchema = z.union([
  z.object({ start: Line }).strict(),
  z.object({ article: Range }).strict(),
  z.object({ line: Line, role: z.enum(ROLES) }).strict(),
  z.object({ join: Range }).strict(),
  z.object({ line: Line, continuedOn: z.number().int().min(1) }).strict(),
]);

export type LayoutStatement = z.infer<typeof LayoutStatementSchema>;

/** A statement and the line of the layout file it is written on (for messages). */
export interface PlacedStatement {
  statement: LayoutStatement;
  fileLine: number;
}

/**
 * Reads and validates a layout file against its page (`pageText`, decoded). Returns the statements
 * with their file lines; throws a SourceError `file:line: reason` for malformed YAML, an unknown
 * statement, a line outside the page or blank, and contradictions (two roles for one line, a start
 * inside an article range or on a line given a non-headline role, overlapping article ranges, a
 * join that does not go forward).
 */
export function parseLayoutFile(file: string, text: string, pageText: string): PlacedStatement[] {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    throw new SourceError(file, error?.linePos?.[0].line ?? 1, `malformed YAML: ${error?.message.split('\n')[0] ?? ''}`);
  }
  if (document.contents === null) return [];
  if (!isSeq(document.contents)) throw new SourceError(file, 1, 'expected a YAML list of statements');
  const pageLines = pageText.split('\n');
  const placed: PlacedStatement[] = document.contents.items.map((item, index) => {
    const fileLine = counter.linePos((item as { range?: readonly number[] | null }).range?.[0] ?? 0).line;
    const result = LayoutStatementSchema.safeParse((document.toJS() as unknown[])[index]);
    if (!result.success) {
      throw new SourceError(
        file,
        fileLine,
        'not a layout statement: use { start: N }, { article: [A, B] }, { line: N, role: title }, { join: [A, B] } or { line: N, continuedOn: P }',
      );
    }
    return { statement: result.data, fileLine };
  });
  for (const { statement, fileLine } of placed) {
    for (const line of linesOf(statement)) {
      if (line > pageLines.length) {
        throw new SourceError(file, fileLine, `line ${line} is outside the page (it has ${pageLines.length} lines)`);
      }
      if ((pageLines[line - 1] ?? '').trim() === '') throw new SourceError(file, fileLine, `line ${line} of the page is blank`);
    }
  }
  checkContradictions(file, placed);
  for (const { statement, fileLine } of placed) {
    if (!('start' in statement)) continue;
    const text = (pageLines[statement.start - 1] ?? '').trim();
    if (endsSentence(text) || visibleLength(text) > 60) {
      throw new SourceError(file, fileLine, `an article cannot start at line ${statement.start}: it reads as running text, not a headline («${shorten(text)}»)`);
    }
    if (parseByline(text) !== null || parseDateline(text) !== null) {
      throw new SourceError(file, fileLine, `an article cannot start at line ${statement.start}: it is a byline or dateline; start the article at its headline`);
    }
  }
  return placed;
}

function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : text;
}

function linesOf(statement: LayoutStatement): number[] {
  if ('start' in statement) return [statement.start];
  if ('article' in statement) return [...statement.article];
  if ('join' in statement) return [...statement.join];
  return [statement.line];
}

function checkContradictions(file: string, placed: readonly PlacedStatement[]): void {
  const roles = new Map<number, { role: LayoutRole; fileLine: number }>();
  const continued = new Map<number, { page: number; fileLine: number }>();
  const ranges: { range: readonly [number, number]; fileLine: number }[] = [];
  for (const { statement, fileLine } of placed) {
    if ('role' in statement) {
      const earlier = roles.get(statement.line);
      if (earlier !== undefined && earlier.role !== statement.role) {
        throw new SourceError(file, fileLine, `line ${statement.line} is given two roles: ${earlier.role} (line ${earlier.fileLine}) and ${statement.role}`);
      }
      roles.set(statement.line, { role: statement.role, fileLine });
    }
    if ('continuedOn' in statement) {
      const earlier = continued.get(statement.line);
      if (earlier !== undefined && earlier.page !== statement.continuedOn) {
        throw new SourceError(file, fileLine, `line ${statement.line} is said to continue on two pages: ${earlier.page} (line ${earlier.fileLine}) and ${statement.continuedOn}`);
      }
      continued.set(statement.line, { page: statement.continuedOn, fileLine });
    }
    if ('article' in statement || 'join' in statement) {
      const [a, b] = 'article' in statement ? statement.article : statement.join;
      if (b < a || ('join' in statement && b === a)) throw new SourceError(file, fileLine, `the range [${a}, ${b}] does not go forward`);
    }
    if ('article' in statement) {
      const [a, b] = statement.article;
      const overlap = ranges.find(({ range }) => a <= range[1] && b >= range[0]);
      if (overlap !== undefined) {
        throw new SourceError(file, fileLine, `the article [${a}, ${b}] overlaps the article [${overlap.range[0]}, ${overlap.range[1]}] (line ${overlap.fileLine})`);
      }
      ranges.push({ range: statement.article, fileLine });
    }
  }
  for (const { statement, fileLine } of placed) {
    if (!('join' in statement)) continue;
    const [a, b] = statement.join;
    const across = ranges.find(({ range }) => (a >= range[0] && a <= range[1]) !== (b >= range[0] && b <= range[1]));
    if (across !== undefined) {
      throw new SourceError(file, fileLine, `the join [${a}, ${b}] crosses the edge of the article [${across.range[0]}, ${across.range[1]}] (line ${across.fileLine})`);
    }
  }
  for (const { statement, fileLine } of placed) {
    if (!('start' in statement)) continue;
    const inside = ranges.find(({ range }) => statement.start > range[0] && statement.start <= range[1]);
    if (inside !== undefined) {
      throw new SourceError(file, fileLine, `an article cannot start at line ${statement.start}: lines ${inside.range[0]}–${inside.range[1]} are one article (line ${inside.fileLine})`);
    }
    const role = roles.get(statement.start)?.role;
    if (role !== undefined && role !== 'kicker' && role !== 'title') {
      throw new SourceError(file, fileLine, `an article cannot start at line ${statement.start}: it is given the role ${role}, not a headline's`);
    }
  }
}

/** The parser's constraints for a list of statements (all of them, or all but one when testing which still matter). */
export function layoutOf(statements: readonly LayoutStatement[]): PageLayout {
  const starts = new Set<number>();
  const articles: [number, number][] = [];
  const roles = new Map<number, LayoutRole>();
  const joins: [number, number][] = [];
  const continuedOn = new Map<number, number>();
  for (const statement of statements) {
    if ('start' in statement) starts.add(statement.start);
    else if ('article' in statement) articles.push(statement.article);
    else if ('join' in statement) joins.push(statement.join);
    else if ('role' in statement) roles.set(statement.line, statement.role);
    else continuedOn.set(statement.line, statement.continuedOn);
  }
  return { starts, articles, roles, joins, continuedOn };
}
