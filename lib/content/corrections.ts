// Editors' text corrections, kept as input beside the sources: content/corrections/<stem>.json
// holds, per article of a source page (found by its source lines), the fields and body blocks an
// editor changed. Ingest re-applies them to whatever it generates for those lines, so a correction
// survives a new id, a new date or a changed segmentation; when one no longer applies cleanly,
// ingest stops and names it. Pure (no I/O).
import { z } from 'zod';
import { ArticleFrontMatterSchema, type ArticleFrontMatter } from './schema';

/** Front matter fields an editor may correct in an article file; the rest come from the manifest and the parse. */
export const EDITABLE_FIELDS = [
  'title',
  'kicker',
  'subtitle',
  'column',
  'kind',
  'byline',
  'authors',
  'dateline',
  'checked',
] as const;
type EditableField = (typeof EDITABLE_FIELDS)[number];

const FieldEditSchema = z.object({ from: z.unknown(), to: z.unknown() }).strict();
// `at`: where `from` stood in the body the edit was made on (0-based block index); applying
// prefers that place, so a paragraph printed twice is corrected where the editor corrected it.
const BodyEditSchema = z
  .object({ at: z.number().int().min(0), from: z.array(z.string()).min(1), to: z.array(z.string()) })
  .strict();

/** The corrections of one article: found by its source lines; field edits, then body edits in order. */
export const ArticleCorrectionSchema = z
  .object({
    lines: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
    fields: z.partialRecord(z.enum(EDITABLE_FIELDS), FieldEditSchema).default({}),
    body: z.array(BodyEditSchema).default([]),
  })
  .strict();

export type ArticleCorrection = z.infer<typeof ArticleCorrectionSchema>;

/** content/corrections/<stem>.json: the text corrections of one source page's articles. */
export const PageCorrectionsSchema = z
  .object({
    source: z.string().min(1),
    articles: z.array(ArticleCorrectionSchema),
  })
  .strict();

export type PageCorrections = z.infer<typeof PageCorrectionsSchema>;

/** An article as ingest renders it: front matter and Markdown body. */
export interface ArticleText {
  frontMatter: ArticleFrontMatter;
  body: string;
}

/** A correction that no longer applies: the reason, for `file:line: reason`. */
export class CorrectionConflict extends Error {}

/** Splits a Markdown body into its blocks (paragraphs, `## ` subheadings, `> ` captions). */
export function bodyBlocks(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Body edits that turn `base` into `edited`: each replaces a run of blocks (`from`, never empty:
 * an insertion carries the unchanged block after it, or at the end the one before it) with `to`.
 * Longest common subsequence of blocks, so an edit to one paragraph is one small edit.
 */
export function diffBodies(base: readonly string[], edited: readonly string[]): ArticleCorrection['body'] {
  const n = base.length;
  const m = edited.length;
  const common: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      common[i]![j] =
        base[i] === edited[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
  const edits: ArticleCorrection['body'] = [];
  // One past the last base block the previous edit covers (its anchor included).
  let lastBaseEnd = -1;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && base[i] === edited[j]) {
      i++;
      j++;
      continue;
    }
    const fromStart = i;
    const toStart = j;
    while ((i < n || j < m) && !(i < n && j < m && base[i] === edited[j])) {
      if (j >= m || (i < n && common[i + 1]![j]! >= common[i]![j + 1]!)) i++;
      else j++;
    }
    let from = base.slice(fromStart, i);
    let to = edited.slice(toStart, j);
    let baseEnd = i;
    let at = fromStart;
    if (from.length === 0) {
      // An insertion: anchor it on the unchanged block after it (no later edit can use that
      // block), or at the very end on the block before it — merged into the edit before when
      // that edit already holds the block.
      if (fromStart < n) {
        from = [base[fromStart]!];
        to = [...to, base[fromStart]!];
        baseEnd = fromStart + 1;
        at = fromStart;
      } else if (fromStart > 0) {
        const previous = edits.at(-1);
        if (previous !== undefined && lastBaseEnd === fromStart) {
          previous.to.push(...to);
          continue;
        }
        from = [base[fromStart - 1]!];
        to = [base[fromStart - 1]!, ...to];
        at = fromStart - 1;
      } else {
        throw new CorrectionConflict('the article had no text to anchor the added paragraphs on');
      }
    }
    edits.push({ at, from, to });
    lastBaseEnd = baseEnd;
  }
  return edits;
}

/**
 * What an editor changed in `edited` relative to `base` (the article as ingest generated it), as
 * a correction for the article's source lines. Throws a CorrectionConflict when a field that is
 * not editable changed (the date, page or id come from the manifest; the lines from the parse).
 */
export function diffArticle(base: ArticleText, edited: ArticleText): ArticleCorrection {
  const fields: ArticleCorrection['fields'] = {};
  const keys = new Set([...Object.keys(base.frontMatter), ...Object.keys(edited.frontMatter)]);
  for (const key of keys) {
    const before = (base.frontMatter as Record<string, unknown>)[key];
    const after = (edited.frontMatter as Record<string, unknown>)[key];
    if (sameValue(before, after)) continue;
    if (!(EDITABLE_FIELDS as readonly string[]).includes(key)) {
      throw new CorrectionConflict(
        `front matter field "${key}" was changed, but it comes from the page's manifest or its parse: change the manifest, or the page's layout corrections, instead`,
      );
    }
    fields[key as EditableField] = { from: before ?? null, to: after ?? null };
  }
  return {
    lines: base.frontMatter.source.lines,
    fields,
    body: diffBodies(bodyBlocks(base.body), bodyBlocks(edited.body)),
  };
}

/**
 * Applies one article's corrections to what ingest generated for it. Throws a CorrectionConflict
 * naming the field or paragraph when the generated text no longer reads as the correction expects
 * (`from`), so a correction is never applied to text it was not made for.
 */
export function applyCorrection(generated: ArticleText, correction: ArticleCorrection): ArticleText {
  const frontMatter: Record<string, unknown> = { ...generated.frontMatter };
  for (const [key, edit] of Object.entries(correction.fields)) {
    if (edit === undefined) continue;
    if (!sameValue(frontMatter[key], edit.from)) {
      throw new CorrectionConflict(
        `field "${key}" now reads ${JSON.stringify(frontMatter[key] ?? null)}, not ${JSON.stringify(edit.from)} as when it was corrected`,
      );
    }
    frontMatter[key] = edit.to;
  }
  let blocks = bodyBlocks(generated.body);
  // Edits are in body order; each one's `at` is in the coordinates before any of them applied.
  let shift = 0;
  for (const edit of correction.body) {
    const at = findRun(blocks, edit.from, edit.at + shift);
    if (at < 0) {
      throw new CorrectionConflict(
        `the paragraph 「${shorten(edit.from[0] ?? '')}」 it corrects is no longer in the article`,
      );
    }
    blocks = [...blocks.slice(0, at), ...edit.to, ...blocks.slice(at + edit.from.length)];
    shift += edit.to.length - edit.from.length;
  }
  const result = ArticleFrontMatterSchema.safeParse(frontMatter);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CorrectionConflict(`the corrected field "${issue?.path.join('.') ?? ''}" is invalid: ${issue?.message ?? ''}`);
  }
  return { frontMatter: result.data, body: blocks.join('\n\n') };
}

// The occurrence of `run` in `blocks` nearest to `expected` (the text may have moved a little), or -1.
function findRun(blocks: readonly string[], run: readonly string[], expected: number): number {
  let best = -1;
  for (let at = 0; at + run.length <= blocks.length; at++) {
    if (!run.every((block, k) => blocks[at + k] === block)) continue;
    if (best < 0 || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
  }
  return best;
}

function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : text;
}

/** True when a correction changes nothing. */
export function isEmptyCorrection(correction: ArticleCorrection): boolean {
  return Object.keys(correction.fields).length === 0 && correction.body.length === 0;
}

/** Serialises a page's corrections as stable JSON with a final newline (articles in line order). */
export function correctionsToJson(record: PageCorrections): string {
  const articles = [...record.articles].sort((a, b) => a.lines[0] - b.lines[0] || a.lines[1] - b.lines[1]);
  return `${JSON.stringify({ source: record.source, articles }, null, 2)}\n`;
}
