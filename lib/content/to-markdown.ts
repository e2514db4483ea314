// Turns one parsed article (plus its page's manifest) into the text of its content/articles file,
// and a page's fragments into their JSON file. Front matter is validated on write. Pure.
import { isFurniture } from '../parser/classify';
import type { Fragment, ParsedArticle } from '../parser/types';
import { joinFrontMatter } from './front-matter';
import { ArticleFrontMatterSchema, type ArticleFrontMatter, type PageFragments, type PageManifest } from './schema';

/** Thrown when ingest is about to write something that its own schema rejects: a bug, not bad input. */
export class InvalidOutputError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: refusing to write invalid output: ${reason}`);
    this.name = 'InvalidOutputError';
  }
}

/** Builds an article's front matter in the schema's key order (that order is the file's order). */
export function articleToFrontMatter(
  article: ParsedArticle,
  manifest: PageManifest,
  id: string,
  order: number,
  sourceFile: string,
): ArticleFrontMatter {
  return {
    id,
    paper: manifest.paper,
    date: manifest.date,
    dateNote: manifest.dateNote,
    page: manifest.page,
    pageName: manifest.pageName,
    order,
    title: article.title,
    kicker: article.kicker,
    subtitle: article.subtitle,
    column: article.column,
    kind: article.kind,
    byline: article.byline,
    authors: article.authors.map((author) => ({ name: author.name, role: author.role })),
    dateline: article.dateline,
    continuedOn: article.continuedOn,
    continuedFrom: article.continuedFrom,
    openingMissing: article.openingMissing,
    review: [...article.review],
    checked: false,
    source: { file: sourceFile, lines: [article.lines.start, article.lines.end] },
  };
}

/** The full text of an article file: validated YAML front matter, a blank line, the Markdown body. */
export function articleToMarkdown(file: string, frontMatter: ArticleFrontMatter, body: string): string {
  const result = ArticleFrontMatterSchema.safeParse(frontMatter);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || '(front matter)';
    throw new InvalidOutputError(file, `front matter field "${field}": ${issue?.message ?? 'invalid'}`);
  }
  return joinFrontMatter(frontMatter, body);
}

/** True for a fragment that is page furniture only: every line a running head, folio, desk line or paper name. */
export function isFurnitureFragment(text: string): boolean {
  return text.split('\n').every((line) => isFurniture(line.trim().replace(/\s+/g, ' ')));
}

/** Builds the fragments record of one page, in page order. */
export function fragmentsToRecord(fragments: readonly Fragment[], manifest: PageManifest, sourceFile: string): PageFragments {
  let shown = 0;
  return {
    source: sourceFile,
    paper: manifest.paper,
    date: manifest.date,
    dateNote: manifest.dateNote,
    page: manifest.page,
    pageName: manifest.pageName,
    fragments: fragments.map((fragment) => {
      const furniture = isFurnitureFragment(fragment.text);
      return {
        lines: [fragment.lines.start, fragment.lines.end],
        text: fragment.text,
        furniture,
        anchor: furniture ? null : `f${++shown}`,
      };
    }),
  };
}

/** Serialises a fragments record as stable, human-diffable JSON with a final newline. */
export function fragmentsToJson(record: PageFragments): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
