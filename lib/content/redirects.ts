// Keeps content/redirects.json: every article id ingest ever published that is no longer current
// maps to the current article that now holds its text. Pure: ingest supplies what was on disk.
import { SourceError } from '../parser/errors';
import { RedirectMapSchema, type RedirectMap } from './schema';

/** An article as it was published before this run (read back from its file). */
export interface PublishedArticle {
  id: string;
  /** `sources/<stem>.txt`, or null when the old file could not be read. */
  source: string | null;
  /** First source line the article covered, or null when unknown. */
  start: number | null;
  title: string | null;
}

/** An article as this run publishes it. */
export interface CurrentArticle {
  id: string;
  source: string;
  lines: readonly [number, number];
  title: string;
}

/** The new redirect map, plus what changed (for the ingest report). */
export interface RedirectUpdate {
  redirects: RedirectMap;
  /** New entries: `[oldId, currentId]`. */
  added: [string, string][];
  /** Old ids that lost their redirect because no current article holds their text. */
  dropped: string[];
}

/**
 * Finds the current article that took over a published one: the article of the same source whose
 * line range covers the old start line; else the one of the same source with the same title; else
 * the only article anywhere with that title; else null.
 */
export function findSuccessor(
  old: PublishedArticle,
  bySource: ReadonlyMap<string, readonly CurrentArticle[]>,
  byTitle: ReadonlyMap<string, readonly CurrentArticle[]>,
): CurrentArticle | null {
  const siblings = old.source === null ? [] : (bySource.get(old.source) ?? []);
  const { start, title } = old;
  if (start !== null) {
    const covering = siblings.find((article) => article.lines[0] <= start && start <= article.lines[1]);
    if (covering) return covering;
  }
  if (title === null) return null;
  const sameTitle = siblings.find((article) => article.title === title);
  if (sameTitle) return sameTitle;
  const anywhere = byTitle.get(title) ?? [];
  return anywhere.length === 1 ? (anywhere[0] ?? null) : null;
}

/**
 * Updates the redirect map after a run: ids that disappeared point at their successor, older
 * entries that pointed at them follow (chains collapse to one hop), and an id that is current again
 * stops redirecting. Keys come out sorted.
 */
export function updateRedirects(input: {
  previous: RedirectMap;
  published: readonly PublishedArticle[];
  current: readonly CurrentArticle[];
  /** Ids still on disk without being generated (hand-edited files that ingest kept). */
  keptIds?: Iterable<string>;
}): RedirectUpdate {
  const currentIds = new Set<string>(input.keptIds ?? []);
  const bySource = new Map<string, CurrentArticle[]>();
  const byTitle = new Map<string, CurrentArticle[]>();
  for (const article of input.current) {
    currentIds.add(article.id);
    pushTo(bySource, article.source, article);
    pushTo(byTitle, article.title, article);
  }

  const successors = new Map<string, string>();
  const added: [string, string][] = [];
  const dropped: string[] = [];
  for (const old of input.published) {
    if (currentIds.has(old.id)) continue;
    const successor = findSuccessor(old, bySource, byTitle);
    if (successor) {
      successors.set(old.id, successor.id);
      added.push([old.id, successor.id]);
    } else dropped.push(old.id);
  }

  const next = new Map<string, string>();
  for (const [from, to] of Object.entries(input.previous)) {
    if (currentIds.has(from)) continue;
    const target = currentIds.has(to) ? to : successors.get(to);
    if (target !== undefined) next.set(from, target);
    else dropped.push(from);
  }
  for (const [from, to] of successors) next.set(from, to);

  const redirects: RedirectMap = {};
  for (const key of [...next.keys()].sort()) redirects[key] = next.get(key) ?? '';
  return { redirects, added: added.sort(compareFirst), dropped: [...new Set(dropped)].sort() };
}

/** Parses content/redirects.json; throws a SourceError naming the file when it is malformed. */
export function parseRedirects(file: string, text: string): RedirectMap {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SourceError(file, 1, `malformed JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = RedirectMapSchema.safeParse(data);
  if (!result.success) throw new SourceError(file, 1, `expected an object of old id → current id: ${result.error.issues[0]?.message ?? ''}`);
  return result.data;
}

/** Serialises the redirect map with sorted keys and a final newline. */
export function redirectsToJson(redirects: RedirectMap): string {
  const sorted: RedirectMap = {};
  for (const key of Object.keys(redirects).sort()) sorted[key] = redirects[key] ?? '';
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compareFirst(a: [string, string], b: [string, string]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
