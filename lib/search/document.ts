// A search document: what the index stores per article for display and verification, and the one
// definition of its searchable text (fields in a fixed order, title fields first).
import { normalizeWithMap, type NormalizedText } from './normalize';
import { FIELD_SEPARATOR } from './tokenize';

/** One article (or one unplaced fragment of a page) as the search index stores it in its docs/ chunks (display text, no Markdown). */
export interface SearchDoc {
  /** Article id, e.g. 2022-03-06-01-03 (links to /articles/<id>/). */
  id: string;
  /** Issue date `YYYY-MM-DD` or interval `YYYY-MM-DD/YYYY-MM-DD`. */
  date: string;
  /** 版 page number. */
  page: number;
  /** 版面名, e.g. 要闻. */
  pageName: string;
  /** 主题. */
  title: string;
  /** 引题. */
  kicker: string | null;
  /** 副题. */
  subtitle: string | null;
  /** 栏目. */
  column: string | null;
  /** Byline as printed. */
  byline: string | null;
  /** Author names that the byline does not already contain (so 张壮雄 is findable either way). */
  names: string[];
  /** 本报讯(…) dateline. */
  dateline: string | null;
  /** Body paragraphs, subheadings and captions as plain text. */
  body: string[];
  /**
   * Only on a document of text that belongs to no article (「本版其他文字」): the path of its 版面
   * page with the fragment's anchor, `/issues/2022-03-10/01/#f1` (without the base path). Its
   * `title` is empty, and `id` is `<page key>#f1`.
   */
  fragmentPath?: string;
}

/** Which part of a document a field is; `head` fields (title, kicker, subtitle) rank first. */
export type FieldKind = 'title' | 'kicker' | 'subtitle' | 'column' | 'byline' | 'names' | 'dateline' | 'body';

/** One searchable field of a document, in index order. */
export interface DocField {
  kind: FieldKind;
  /** Index into `body` for body fields, else 0. */
  index: number;
  text: string;
}

/** True for the fields that rank a match above body matches: title, kicker, subtitle. */
export function isHeadField(kind: FieldKind): boolean {
  return kind === 'title' || kind === 'kicker' || kind === 'subtitle';
}

/** The searchable fields of a document in their fixed order (head fields first; empty ones skipped). */
export function docFields(doc: SearchDoc): DocField[] {
  const fields: DocField[] = [];
  const add = (kind: FieldKind, text: string | null, index = 0) => {
    if (text) fields.push({ kind, index, text });
  };
  add('title', doc.title);
  add('kicker', doc.kicker);
  add('subtitle', doc.subtitle);
  add('column', doc.column);
  add('byline', doc.byline);
  add('names', doc.names.join(' '));
  add('dateline', doc.dateline);
  doc.body.forEach((text, index) => add('body', text, index));
  return fields;
}

/** A field with its normalised text and position map. */
export interface NormalizedField extends DocField {
  normalized: NormalizedText;
}

/** Normalises every field of a document (kept for highlighting). */
export function normalizeDocFields(doc: SearchDoc): NormalizedField[] {
  return docFields(doc).map((field) => ({ ...field, normalized: normalizeWithMap(field.text) }));
}

/**
 * The text the index is built from: normalised fields joined by FIELD_SEPARATOR, and how many
 * leading characters belong to head fields (a match starting before `headLength` is a title hit).
 */
export function docSearchText(doc: SearchDoc): { text: string; headLength: number } {
  let text = '';
  let headLength = 0;
  for (const field of normalizeDocFields(doc)) {
    if (field.normalized.text.length === 0) continue;
    if (text.length > 0) text += FIELD_SEPARATOR;
    text += field.normalized.text;
    if (isHeadField(field.kind)) headLength = text.length;
  }
  return { text, headLength };
}
