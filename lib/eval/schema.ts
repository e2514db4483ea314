// The evaluation's input files, validated where they are read: a reference segmentation
// (`NAME.gold.json`, the seed's gold format) and its optional sidecar (`NAME.expected.json`).
// The schema is as lenient as score.py, which reads only the fields below and ignores the rest.
import { z } from 'zod';
import { SourceError } from '../parser/errors';

/** One author: a bare name, or `{ name, role }` as in the parse contract (only the name is compared). */
const AuthorSchema = z.union([z.string(), z.object({ name: z.string().nullable().optional() })]);

/** An article as score.py reads it, from a gold file or from the parser: every field optional. */
export const ScoredArticleSchema = z.object({
  /** 主题 the headline. */
  title: z.string().nullable().optional(),
  /** 引题 the kicker. */
  kicker: z.string().nullable().optional(),
  /** 副题 the subtitle. */
  subtitle: z.string().nullable().optional(),
  /** The parse contract's body; a block without a type counts as a paragraph. */
  body: z
    .array(z.object({ type: z.string().nullable().optional(), text: z.string().nullable().optional() }))
    .optional(),
  /** The gold format's paragraphs, read only when there is no `body`. */
  paragraphs: z.array(z.string().nullable()).optional(),
  /** null or absent: the gold does not label authors, so the article is left out of author_acc. */
  authors: z.array(AuthorSchema).nullable().optional(),
  /** 下转 page; compared as Python compares JSON values, with 0, '' and null all meaning "none". */
  continuedOn: z.unknown().optional(),
});

/** An article as score.py reads it; a parser's `ParsedArticle` is one too. */
export type ScoredArticle = z.infer<typeof ScoredArticleSchema>;

/** A reference segmentation `NAME.gold.json`: `{ articles: [...] }` (other keys such as `note` are ignored). */
export const GoldPageSchema = z.object({ articles: z.array(ScoredArticleSchema) });

/** A reference segmentation as read from `NAME.gold.json`. */
export type GoldPage = z.infer<typeof GoldPageSchema>;

/** The sidecar `NAME.expected.json`; only `pageKind` (e.g. `评论 opinion`) is read, for `--by-kind`. */
export const PageSidecarSchema = z.object({ pageKind: z.string().nullable().optional() });

/** The sidecar fields the evaluation reads. */
export type PageSidecar = z.infer<typeof PageSidecarSchema>;

function parseJsonFile<T>(file: string, text: string, schema: z.ZodType<T>, what: string): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SourceError(
      file,
      1,
      `malformed JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue === undefined ? null : issue.path.map(String).join('.') || null;
  throw new SourceError(file, 1, `not ${what}: ${issue?.message ?? 'invalid'}`, field);
}

/** Parses and validates a gold file's text; throws a SourceError naming the file (and the field at fault). */
export function parseGoldPage(file: string, text: string): GoldPage {
  return parseJsonFile(file, text, GoldPageSchema, 'a reference segmentation ({"articles": [...]})');
}

/** Parses and validates a sidecar's text; throws a SourceError naming the file. */
export function parsePageSidecar(file: string, text: string): PageSidecar {
  return parseJsonFile(file, text, PageSidecarSchema, 'a page sidecar ({"pageKind": ...})');
}
