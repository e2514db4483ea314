// Zod schemas for everything stored under content/: the page manifests written by people and
// the article front matter written by ingest. The schema is the documentation of the format.
import { z } from 'zod';
import { REVIEW_REASONS } from './review';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day `YYYY-MM-DD` that exists (2022-02-30 is rejected). */
export const IsoDaySchema = z
  .string()
  .regex(ISO_DAY, 'expected a day as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'not a real calendar day');

/**
 * An issue date: a day `2022-03-08`, or an ISO 8601 interval `2022-03-06/2022-03-12` when the page
 * does not print its date and only a range can be inferred. Never an invented day.
 */
export const IssueDateSchema = z.string().refine((value) => {
  const parts = value.split('/');
  if (parts.length === 1) return IsoDaySchema.safeParse(parts[0]).success;
  if (parts.length !== 2) return false;
  const [from, to] = parts as [string, string];
  return IsoDaySchema.safeParse(from).success && IsoDaySchema.safeParse(to).success && from < to;
}, 'expected YYYY-MM-DD or an interval YYYY-MM-DD/YYYY-MM-DD with the first day before the second');

export type IssueDate = z.infer<typeof IssueDateSchema>;

/** The manifest beside each raw page in content/sources/: `<stem>.txt` + `<stem>.manifest.json`. */
export const PageManifestSchema = z
  .object({
    /** The newspaper, e.g. 丽水日报. */
    paper: z.string().trim().min(1),
    date: IssueDateSchema,
    /** 版 page number, 1 for the front page. */
    page: z.number().int().min(1).max(999),
    /** 版面名 the page's name, e.g. 要闻. */
    /** 版面名 as printed (要闻); null when the page prints none: the site then shows 「第N版」 alone. */
    pageName: z.string().trim().min(1).nullable(),
    /** Where each piece of metadata came from (printed on the page, inferred, supplied by the sender). */
    provenance: z.string().trim().min(1),
    /** Optional note shown with an approximate date, e.g. why the range was inferred. */
    dateNote: z.string().trim().min(1).nullable().default(null),
    /**
     * Optional lowercase slug of the paper (`lsrb`). Only needed when the archive mixes papers:
     * it prefixes the page's article ids (`lsrb-2022-03-08-01-03`) so that two papers never share one.
     */
    paperSlug: z
      .string()
      .regex(/^[a-z][a-z0-9]*$/, 'expected a lowercase ASCII slug such as lsrb')
      .optional(),
  })
  .strict();

export type PageManifest = z.infer<typeof PageManifestSchema>;

export const AuthorSchema = z.object({ name: z.string().min(1), role: z.string().min(1) }).strict();

export const ArticleKindSchema = z.enum(['消息', '评论', '访谈', '署名文章']);

/** One of the parser's uncertain decisions about an article (the reasons are documented in lib/parser/types.ts). */
export const ReviewReasonSchema = z.enum(REVIEW_REASONS);

/** YAML front matter of content/articles/YYYY/MM/<id>.md, written by ingest and validated on read. */
export const ArticleFrontMatterSchema = z
  .object({
    id: z.string().regex(/^[0-9a-z_-]+$/),
    paper: z.string().min(1),
    date: IssueDateSchema,
    dateNote: z.string().nullable(),
    page: z.number().int().min(1),
    pageName: z.string().min(1).nullable(),
    /** Reading order of the article on its page, from 1. */
    order: z.number().int().min(1),
    title: z.string().min(1),
    kicker: z.string().nullable(),
    subtitle: z.string().nullable(),
    column: z.string().nullable(),
    kind: ArticleKindSchema.nullable(),
    byline: z.string().nullable(),
    authors: z.array(AuthorSchema),
    dateline: z.string().nullable(),
    continuedOn: z.number().int().min(1).nullable(),
    continuedFrom: z.number().int().min(1).nullable(),
    openingMissing: z.boolean(),
    /** Why an editor should check the article: the parser's uncertain decisions, sorted, each once; `[]` when it is sure. */
    review: z
      .array(ReviewReasonSchema)
      .refine((reasons) => reasons.every((reason, i) => i === 0 || (reasons[i - 1] ?? '') < reason), 'expected sorted reasons, each once'),
    /**
     * True once an editor has checked the article's segmentation and text against the page
     * (set in the article file; ingest keeps it as a correction). Shown to readers as 已校对.
     */
    checked: z.boolean().default(false),
    source: z
      .object({
        file: z.string().min(1),
        lines: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
      })
      .strict(),
  })
  .strict();

export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatterSchema>;

/**
 * content/fragments/YYYY/MM/<page key>.json: the text of one page that belongs to no article, in
 * page order. Page furniture (running heads, folios, desk lines) is kept out of sight; every other
 * fragment is shown on its 版面 page at `#<anchor>` (`f1`, `f2`…) and found by search.
 */
export const PageFragmentsSchema = z
  .object({
    source: z.string().min(1),
    paper: z.string().min(1),
    date: IssueDateSchema,
    dateNote: z.string().nullable(),
    page: z.number().int().min(1),
    pageName: z.string().min(1).nullable(),
    fragments: z.array(
      z
        .object({
          lines: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
          text: z.string().min(1),
          furniture: z.boolean(),
          anchor: z
            .string()
            .regex(/^f[1-9][0-9]*$/)
            .nullable(),
        })
        .strict(),
    ),
  })
  .strict();

export type PageFragments = z.infer<typeof PageFragmentsSchema>;

/** content/redirects.json: every article id ever published that is no longer current → its current id. */
export const RedirectMapSchema = z.record(z.string(), z.string());

export type RedirectMap = z.infer<typeof RedirectMapSchema>;

/** An article as the site and the search index see it: validated front matter plus its Markdown body. */
export interface Article extends ArticleFrontMatter {
  /** The body as stored: Markdown paragraphs separated by blank lines, subheadings as `## `. */
  body: string;
}
