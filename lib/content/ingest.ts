// `npm run ingest` as a library: read content/sources, build every article in memory, compare with
// what is on disk (keeping hand-edited files), update redirects, then write. Node only. The plan
// step writes nothing but its cache (lib/content/ingest-cache.ts), so check-content runs exactly the
// same code as ingest.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodePage } from '../parser/decode';
import { SourceError } from '../parser/errors';
import { buildArticleFiles, type ArticleFiles, type BuildOptions, type SourcePage } from './build-articles';
import { FrontMatterError, splitFrontMatter } from './front-matter';
import { emptyIngestState, hashText, ingestStateToJson, parseIngestState, type IngestState } from './ingest-state';
import { parseArticleFile } from './load';
import { IngestCache } from './ingest-cache';
import { IngestLedger, pageInputs, type LedgerPage } from './ingest-ledger';
import { stampFile, type FileStamp } from '../build/file-stamp';
import { pageKey } from './ids';
import { parseManifest } from './manifest';
import { parseLayoutFile } from './layout-file';
import {
  parseRedirects,
  redirectsToJson,
  updateRedirects,
  type CurrentArticle,
  type PublishedArticle,
  type RedirectUpdate,
} from './redirects';
import type { Article, ArticleFrontMatter, RedirectMap } from './schema';
import {
  CorrectionConflict,
  correctionsToJson,
  diffArticle,
  isEmptyCorrection,
  PageCorrectionsSchema,
  type ArticleCorrection,
  type ArticleText,
  type PageCorrections,
} from './corrections';
import { articleToMarkdown } from './to-markdown';

/** Re-exported so that tools find the in-memory build next to runIngest. */
export { buildArticleFiles, type ArticleFiles, type SourcePage } from './build-articles';

/** The bookkeeping files ingest keeps beside the articles. */
export const REDIRECTS_FILE = 'redirects.json';
/** sha256 of every file ingest wrote (see ingest-state.ts). */
export const INGEST_STATE_FILE = 'ingest-state.json';
// The generated folders ingest owns; everything else under content/ is left alone.
const GENERATED = [
  { dir: 'articles', ext: '.md' },
  { dir: 'fragments', ext: '.json' },
] as const;

/** Options of planIngest and runIngest. */
export interface IngestOptions {
  /** Absolute path of the content folder (holds sources/, articles/, fragments/). */
  contentDir: string;
  /** Regenerate hand-edited files and remove files ingest did not write. */
  force?: boolean;
  /** The parser (default parsePage). */
  parse?: BuildOptions['parse'];
}

/** A generated file ingest did not overwrite. */
export interface KeptFile {
  path: string;
  /** `hand-edited`: ingest wrote it and someone changed it since; `unknown`: ingest never wrote it. */
  why: 'hand-edited' | 'unknown';
  /** What ingest would have done with it: write a new version, or remove it (its article is gone). */
  instead: 'write' | 'remove';
}

/** What a run of ingest would do; planIngest computes it without writing anything. */
export interface IngestPlan {
  contentDir: string;
  /** Bad input; when non-empty, runIngest writes nothing. */
  problems: SourceError[];
  build: ArticleFiles;
  /** Files to (re)write, paths relative to the content folder, sorted. */
  writes: { path: string; text: string; change: 'new' | 'changed' }[];
  /** Files to remove (their article or page is gone), sorted. */
  deletes: string[];
  kept: KeptFile[];
  unchanged: number;
  redirects: RedirectUpdate;
  /** redirects.json and ingest-state.json, with whether their text changes. */
  bookkeeping: { path: string; text: string; changed: boolean }[];
  sourceCount: number;
  /** Articles and fragment files of all pages: `build` holds only the pages read this run. */
  articleCount: number;
  fragmentFileCount: number;
  /** Notes of all pages (layout statements that change nothing), in page order. */
  notes: string[];
  /**
   * The ingest ledger (lib/content/ingest-ledger.ts): the pages taken as they are, and the records
   * of pages read this run that applyIngestPlan saves; null without the cache.
   */
  ledger: { ledger: IngestLedger; untouched: ReadonlyMap<string, LedgerPage>; read: Map<string, LedgerPage> } | null;
}

/**
 * Reads and decodes every page in `<contentDir>/sources` with its manifest; bad ones become
 * problems. With a `cache`, a page whose bytes it has seen is not decoded (nor checked) again.
 * Pages in `skip` (the ingest ledger's untouched pages) are not read; `beforeRead(stem)` is called
 * before a page's files are read (ingest stamps them there).
 */
export function readSources(
  contentDir: string,
  cache: IngestCache | null = null,
  skip: ReadonlySet<string> = new Set(),
  beforeRead: (stem: string) => void = () => {},
): { sources: SourcePage[]; problems: SourceError[] } {
  const dir = path.join(contentDir, 'sources');
  const label = displayPath(dir);
  if (!existsSync(dir)) {
    return { sources: [], problems: [new SourceError(label, 1, 'no sources folder: put raw pages and manifests here')] };
  }
  const texts = new Set<string>();
  const manifests = new Set<string>();
  const layouts = new Set<string>();
  const problems: SourceError[] = [];
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.manifest.json')) manifests.add(name.slice(0, -'.manifest.json'.length));
    else if (name.endsWith('.layout.yaml')) layouts.add(name.slice(0, -'.layout.yaml'.length));
    else if (name.endsWith('.txt')) texts.add(name.slice(0, -'.txt'.length));
    else if (/\.layout\.(?:yml|json)$/.test(name)) {
      problems.push(new SourceError(`${label}/${name}`, 1, 'a layout file must be named <stem>.layout.yaml: rename it, or it is ignored'));
    }
  }
  for (const stem of layouts) {
    if (!texts.has(stem)) {
      problems.push(new SourceError(`${label}/${stem}.layout.yaml`, 1, `no page ${stem}.txt for these layout corrections: fix the file name`));
    }
  }
  const sources: SourcePage[] = [];
  for (const stem of [...new Set([...texts, ...manifests])].sort()) {
    const textFile = `${label}/${stem}.txt`;
    const manifestFile = `${label}/${stem}.manifest.json`;
    if (!manifests.has(stem)) {
      problems.push(
        new SourceError(textFile, 1, `no manifest: add ${manifestFile} (paper, date, page, pageName, provenance)`),
      );
      continue;
    }
    if (!texts.has(stem)) {
      problems.push(new SourceError(manifestFile, 1, `manifest without a page: ${textFile} does not exist`));
      continue;
    }
    if (skip.has(stem)) continue;
    beforeRead(stem);
    const page = readSourcePage(dir, stem, cache);
    if (page instanceof SourceError) problems.push(page);
    else sources.push(page);
  }
  return { sources, problems };
}

/** Reads and decodes `<dir>/<stem>.txt` with its manifest and layout corrections; bad input is returned as a SourceError. */
function readSourcePage(dir: string, stem: string, cache: IngestCache | null): SourcePage | SourceError {
  const label = displayPath(dir);
  const textFile = `${label}/${stem}.txt`;
  try {
    const raw = readFileSync(path.join(dir, `${stem}.txt`));
    const text = cache ? cache.decoded(stem, raw, () => decodePage(raw, textFile)) : decodePage(raw, textFile);
    const manifest = parseManifest(`${label}/${stem}.manifest.json`, readFileSync(path.join(dir, `${stem}.manifest.json`), 'utf8'));
    const layoutFile = path.join(dir, `${stem}.layout.yaml`);
    const layout = existsSync(layoutFile)
      ? parseLayoutFile(`${label}/${stem}.layout.yaml`, readFileSync(layoutFile, 'utf8'), text)
      : [];
    return { stem, text, manifest, layout };
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
}

/** Works out everything ingest would write, remove and keep, without touching the disk. */
export function planIngest(options: IngestOptions): IngestPlan {
  const { contentDir, force = false } = options;
  const cache = options.parse === undefined ? IngestCache.open(contentDir) : null;
  const sourcesLabel = displayPath(path.join(contentDir, 'sources'));
  const correctionsLabel = displayPath(path.join(contentDir, CORRECTIONS_DIR));
  const ledger = cache === null ? null : IngestLedger.open(contentDir, `${sourcesLabel}\n${correctionsLabel}`);
  const problems: SourceError[] = [];
  // (Reported after the sources' and corrections' problems.)
  const bookkeepingProblems: SourceError[] = [];
  const state = readBookkeeping(contentDir, INGEST_STATE_FILE, parseIngestState, emptyIngestState(), bookkeepingProblems);
  const previousRedirects = readBookkeeping<RedirectMap>(contentDir, REDIRECTS_FILE, parseRedirects, {}, bookkeepingProblems);

  // Stamps are taken before a file is read, so a change while ingest runs is seen by the next run.
  const stamps = new Map<string, FileStamp>();
  const stampOf = (file: string): FileStamp => {
    if (!stamps.has(file)) stamps.set(file, stampFile(contentDir, file));
    return stamps.get(file) ?? null;
  };
  const untouched =
    ledger === null || force
      ? new Map<string, LedgerPage>()
      : ledger.untouchedPages(ledger.pages.keys(), stampOf, (file) => state.files[file]);
  const stampInputs = (stem: string) => pageInputs(stem, CORRECTIONS_DIR).forEach(stampOf);
  const read = readSources(contentDir, cache, new Set(untouched.keys()), stampInputs);
  const sources = read.sources;
  problems.push(...read.problems);
  const onDisk = readGeneratedFiles(
    contentDir,
    new Set([...untouched.values()].flatMap((page) => page.outputs.map(([file]) => file))),
    stampOf,
  );
  // An untouched page is read after all (with its outputs) when a page read now shares its text,
  // page or id prefix, so that the duplicate checks see both exactly as a full run would; and
  // when a hand-edited file that no page generates any more names it as its source, so that the
  // edit is matched against it as in a full run.
  const readAfterAll = new Set([...collidingPages(sources, untouched), ...editedFileSources(onDisk, state)]);
  for (const stem of readAfterAll) {
    const page = untouched.get(stem);
    if (page === undefined) continue;
    untouched.delete(stem);
    stampInputs(stem);
    const source = readSourcePage(path.join(contentDir, 'sources'), stem, cache);
    if (source instanceof SourceError) problems.push(source);
    else sources.push(source);
    for (const [file] of page.outputs) {
      stampOf(file);
      const text = readIfExists(path.join(contentDir, file));
      if (text !== undefined) onDisk.set(file, text);
    }
  }
  sources.sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));

  const corrections = readCorrections(contentDir, problems);
  const stems = new Set([...sources.map((source) => source.stem), ...untouched.keys()]);
  for (const stem of corrections.keys()) {
    if (!stems.has(stem) && existsSync(path.join(contentDir, 'sources', `${stem}.txt`)) === false) {
      problems.push(
        new SourceError(
          displayPath(path.join(contentDir, CORRECTIONS_DIR, `${stem}.json`)),
          1,
          `no source page ${stem}.txt: these corrections apply to nothing (fix the file name, or remove it)`,
        ),
      );
    }
  }
  const buildWith = (pageCorrections: ReadonlyMap<string, PageCorrections>) =>
    buildArticleFiles(sources, {
      sourcesLabel,
      correctionsLabel,
      corrections: pageCorrections,
      ...(options.parse ? { parse: options.parse } : {}),
      ...(cache ? { cache } : {}),
    });
  let build = buildWith(corrections);
  problems.push(...bookkeepingProblems);


  // Hand edits of article files become text corrections (input, beside the sources), and the
  // articles are built again with them: the edit survives a new id, and no stale copy is left.
  const capture = force
    ? { corrections, captured: new Set<string>(), changedStems: new Set<string>() }
    : captureHandEdits(contentDir, build, () => buildWith(new Map()), onDisk, state, corrections, problems);
  if (capture.changedStems.size > 0) build = buildWith(capture.corrections);
  problems.push(...build.problems);
  cache?.save(stems);

  const writes: IngestPlan['writes'] = [];
  const deletes: string[] = [];
  const kept: KeptFile[] = [];
  const nextState: IngestState = emptyIngestState();
  let unchanged = 0;
  for (const file of [...new Set([...build.files.keys(), ...onDisk.keys()])].sort()) {
    const generated = build.files.get(file);
    const disk = onDisk.get(file);
    const recorded = state.files[file];
    if (capture.captured.has(file) && disk !== undefined) {
      // Its edit is now a correction: the file is written again (or removed: its id moved).
      if (generated === undefined) deletes.push(file);
      else if (generated !== disk) writes.push({ path: file, text: generated, change: 'changed' });
      else unchanged += 1;
      if (generated !== undefined) nextState.files[file] = hashText(generated);
      continue;
    }
    if (disk === undefined) {
      if (generated !== undefined) {
        writes.push({ path: file, text: generated, change: 'new' });
        nextState.files[file] = hashText(generated);
      }
      continue;
    }
    if (disk === generated) {
      unchanged += 1;
      nextState.files[file] = hashText(disk);
      continue;
    }
    // The file differs from this run's output. Overwrite it only if it is exactly what ingest
    // wrote last time; otherwise an editor changed it (or ingest never wrote it) and it stays.
    const why = recorded === undefined ? 'unknown' : hashText(disk) === recorded ? null : 'hand-edited';
    if (why === null || force) {
      if (generated !== undefined) {
        writes.push({ path: file, text: generated, change: 'changed' });
        nextState.files[file] = hashText(generated);
      } else deletes.push(file);
      continue;
    }
    // Every article file must belong to the current parse: one ingest never wrote is refused.
    if (file.endsWith('.md') && why === 'unknown') {
      problems.push(
        new SourceError(
          displayPath(path.join(contentDir, file)),
          1,
          'an article file ingest did not write: every article comes from a source page (add the page to content/sources) — run with --force to remove it',
        ),
      );
      continue;
    }
    kept.push({ path: file, why, instead: generated === undefined ? 'remove' : 'write' });
    if (recorded !== undefined) nextState.files[file] = recorded;
  }
  for (const page of untouched.values()) {
    for (const [file, hash] of page.outputs) nextState.files[file] = hash;
    unchanged += page.outputs.length;
  }
  for (const stem of capture.changedStems) {
    const record = capture.corrections.get(stem);
    if (record === undefined) continue;
    const file = `${CORRECTIONS_DIR}/${stem}.json`;
    const before = readIfExists(path.join(contentDir, file));
    // A page whose edits all came to nothing keeps no corrections file.
    if (record.articles.length === 0) {
      if (before !== undefined) deletes.push(file);
      continue;
    }
    const text = correctionsToJson(record);
    if (before !== text) writes.push({ path: file, text, change: before === undefined ? 'new' : 'changed' });
  }
  writes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  // Every current article in source order (the pages read now and the untouched ones, merged).
  const byStem = new Map<string, CurrentArticle[]>();
  for (const [stem, page] of build.pages) byStem.set(stem, page.articles.map(currentArticle));
  for (const [stem, page] of untouched) byStem.set(stem, page.articles);
  const currentArticles = [...byStem.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([, list]) => list);

  const keptIds = kept.filter((file) => file.path.startsWith('articles/')).map((file) => fileToId(file.path));
  const current = new Set([...currentArticles.map((article) => article.id), ...keptIds]);
  // Only ids ingest published can need a redirect (a stray file it never wrote was never public).
  const published = [...onDisk.entries()]
    .filter(([file]) => file.startsWith('articles/') && !current.has(fileToId(file)) && state.files[file] !== undefined)
    .map(([file, text]) => readPublished(file, text));
  const redirects = updateRedirects({ previous: previousRedirects, published, current: currentArticles, keptIds });

  const bookkeeping = [
    { path: REDIRECTS_FILE, text: redirectsToJson(redirects.redirects) },
    { path: INGEST_STATE_FILE, text: ingestStateToJson(nextState) },
  ].map((file) => ({ ...file, changed: readIfExists(path.join(contentDir, file.path)) !== file.text }));

  const untouchedList = [...untouched.values()];
  const settled = new Set([...onDisk.keys()].filter((file) => onDisk.get(file) === build.files.get(file)));
  for (const write of writes) settled.add(write.path);
  return {
    contentDir,
    problems,
    build,
    writes,
    deletes,
    kept,
    unchanged,
    redirects,
    bookkeeping,
    sourceCount: sources.length + untouched.size,
    articleCount: build.articles.length + untouchedList.reduce((sum, page) => sum + page.articles.length, 0),
    fragmentFileCount: build.fragments.length + untouchedList.reduce((sum, page) => sum + page.fragmentFiles, 0),
    notes: [...byStem.keys()].sort().flatMap((stem) => untouched.get(stem)?.notes ?? build.pages.get(stem)?.notes ?? []),
    ledger:
      ledger === null
        ? null
        : {
            ledger,
            untouched,
            read: recordablePages(sources, build, settled, capture.changedStems, stampOf),
          },
  };
}

/** The stems of untouched pages that share a text, a page (paper, date, number) or an id prefix with a page read now. */
function collidingPages(sources: readonly SourcePage[], untouched: ReadonlyMap<string, LedgerPage>): string[] {
  const keysOf = (textHash: string, manifest: SourcePage['manifest']) => [
    `text ${textHash}`,
    `page ${manifest.paper}|${manifest.date}|${manifest.page}`,
    `key ${pageKey(manifest)}`,
  ];
  const taken = new Set(sources.flatMap((source) => keysOf(hashText(source.text), source.manifest)));
  return [...untouched.entries()]
    .filter(([, page]) => keysOf(page.textHash, page.manifest).some((key) => taken.has(key)))
    .map(([stem]) => stem);
}

/** The source stems that hand-edited article files among `onDisk` name in their front matter. */
function editedFileSources(onDisk: ReadonlyMap<string, string>, state: IngestState): string[] {
  return [...onDisk.entries()]
    .filter(([file, text]) => file.endsWith('.md') && state.files[file] !== undefined && hashText(text) !== state.files[file])
    .map(([file, text]) => readPublished(file, text).source)
    .filter((source): source is string => source !== null)
    .map((source) => path.posix.basename(source, '.txt'));
}

/**
 * The ledger records of the pages read this run that end up exactly as generated (every output
 * written or already equal on disk), without their written files' stamps, which exist only after
 * the writes. A page with a kept file or newly captured corrections is read again next time.
 */
function recordablePages(
  sources: readonly SourcePage[],
  build: ArticleFiles,
  settled: ReadonlySet<string>,
  changedStems: ReadonlySet<string>,
  stampOf: (file: string) => FileStamp,
): Map<string, LedgerPage> {
  const records = new Map<string, LedgerPage>();
  for (const source of sources) {
    const page = build.pages.get(source.stem);
    if (page === undefined || changedStems.has(source.stem)) continue;
    if (!page.files.every(([file]) => settled.has(file))) continue;
    records.set(source.stem, {
      inputs: Object.fromEntries(pageInputs(source.stem, CORRECTIONS_DIR).map((file) => [file, stampOf(file)])),
      textHash: hashText(source.text),
      manifest: source.manifest,
      outputs: page.files.map(([file, text]) => [file, hashText(text), stampOf(file)]),
      articles: page.articles.map(currentArticle),
      fragmentFiles: page.fragments.length,
      notes: page.notes,
    });
  }
  return records;
}

const currentArticle = (article: Article): CurrentArticle => ({
  id: article.id,
  source: article.source.file,
  lines: article.source.lines,
  title: article.title,
});

/** True when running the plan would change anything on disk. */
export function isPlanStale(plan: IngestPlan): boolean {
  return plan.writes.length > 0 || plan.deletes.length > 0 || plan.bookkeeping.some((file) => file.changed);
}

/** Writes a plan to disk (only the files that change) and removes folders it leaves empty. */
export function applyIngestPlan(plan: IngestPlan): void {
  if (plan.problems.length > 0) throw new Error('applyIngestPlan: refusing to write a plan with problems');
  const { contentDir } = plan;
  for (const file of plan.writes) {
    const full = path.join(contentDir, file.path);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, file.text);
  }
  for (const file of plan.deletes) {
    unlinkSync(path.join(contentDir, file));
    pruneEmptyFolders(contentDir, path.dirname(file));
  }
  for (const file of plan.bookkeeping) {
    if (file.changed) writeFileSync(path.join(contentDir, file.path), file.text);
  }
  if (plan.ledger !== null) {
    const { ledger, untouched, read } = plan.ledger;
    const written = new Set(plan.writes.map((file) => file.path));
    for (const page of read.values()) {
      for (const output of page.outputs) if (written.has(output[0])) output[2] = stampFile(contentDir, output[0]);
    }
    ledger.save(new Map([...untouched, ...read]));
  }
}

/** The outcome of runIngest: the plan, whether it was written, and the lines to print besides its problems. */
export interface IngestReport {
  plan: IngestPlan;
  applied: boolean;
  messages: string[];
}

/** Plans and, when the input is good, applies one ingest run; never throws on bad input. */
export function runIngest(options: IngestOptions): IngestReport {
  const plan = planIngest(options);
  const applied = plan.problems.length === 0;
  if (applied) applyIngestPlan(plan);
  return { plan, applied, messages: describePlan(plan) };
}

/** Human-readable lines about a plan (its problems aside): kept files, redirect changes, a summary. */
export function describePlan(plan: IngestPlan): string[] {
  // A refused run writes nothing: its problems say why, and nothing it would have done is listed.
  if (plan.problems.length > 0) {
    return [`ingest: ${count(plan.sourceCount, 'page')}; ${count(plan.problems.length, 'problem')}, nothing written`];
  }
  const lines: string[] = [];
  for (const file of plan.kept) {
    const shown = displayPath(path.join(plan.contentDir, file.path));
    if (file.why === 'unknown') {
      lines.push(`kept ${shown}: ingest did not write it (use --force to ${file.instead === 'write' ? 'regenerate' : 'remove'} it)`);
    } else if (file.instead === 'write') {
      lines.push(`kept hand-edited ${shown} (use --force to regenerate)`);
    } else {
      lines.push(`kept hand-edited ${shown} (its article is gone from the sources; use --force to remove it)`);
    }
  }
  lines.push(...plan.notes);
  for (const [from, to] of plan.redirects.added) lines.push(`redirect ${from} → ${to}`);
  for (const id of plan.redirects.dropped) lines.push(`no current article holds the text of ${id}: it no longer redirects`);
  lines.push(
    `ingest: ${count(plan.sourceCount, 'page')}, ${count(plan.articleCount, 'article')}, ${count(plan.fragmentFileCount, 'fragment file')}; ` +
      `${plan.writes.length} written, ${plan.deletes.length} removed, ${plan.unchanged} unchanged, ` +
      `${plan.kept.length} kept, ${count(Object.keys(plan.redirects.redirects).length, 'redirect')}`,
  );
  return lines;
}

/** A path as the user should see it: relative to the working directory when inside it. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative)
    ? absolute
    : relative.split(path.sep).join('/');
}

function readBookkeeping<T>(
  contentDir: string,
  name: string,
  parse: (file: string, text: string) => T,
  fallback: T,
  problems: SourceError[],
): T {
  const text = readIfExists(path.join(contentDir, name));
  if (text === undefined) return fallback;
  try {
    return parse(displayPath(path.join(contentDir, name)), text);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    problems.push(error);
    return fallback;
  }
}

/**
 * Every file in the generated folders except those in `skip`: path relative to the content folder
 * (with `/`) → text. Each is stamped (`stampOf`) before it is read.
 */
function readGeneratedFiles(
  contentDir: string,
  skip: ReadonlySet<string>,
  stampOf: (file: string) => FileStamp,
): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (relative: string, ext: string): void => {
    const full = path.join(contentDir, relative);
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child, ext);
      else if (entry.isFile() && entry.name.endsWith(ext) && !skip.has(child)) {
        stampOf(child);
        found.set(child, readFileSync(path.join(full, entry.name), 'utf8'));
      }
    }
  };
  for (const { dir, ext } of GENERATED) if (existsSync(path.join(contentDir, dir))) walk(dir, ext);
  return found;
}

/** Where editors' text corrections live, one file per source page (input, like the sources). */
export const CORRECTIONS_DIR = 'corrections';

/** Reads content/corrections/<stem>.json for every page; a malformed file is a problem naming it. */
export function readCorrections(contentDir: string, problems: SourceError[]): Map<string, PageCorrections> {
  const dir = path.join(contentDir, CORRECTIONS_DIR);
  const found = new Map<string, PageCorrections>();
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const shown = displayPath(path.join(dir, name));
    try {
      const result = PageCorrectionsSchema.safeParse(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
      if (result.success) found.set(name.slice(0, -'.json'.length), result.data);
      else {
        const issue = result.error.issues[0];
        problems.push(new SourceError(shown, 1, `invalid corrections: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`));
      }
    } catch (error) {
      problems.push(new SourceError(shown, 1, `malformed JSON: ${(error as Error).message}`));
    }
  }
  return found;
}

/**
 * Turns every hand-edited article file into a text correction of its source page. The edit is
 * measured against what ingest generated for the same source lines, re-rendered with the file's
 * own id and date: when that is exactly what ingest last wrote (its hash in ingest-state.json), the
 * difference is the editor's. Otherwise the page's parse changed under the edit, and carrying it
 * over would be a guess: a problem names the file.
 */
function captureHandEdits(
  contentDir: string,
  build: ArticleFiles,
  buildUncorrected: () => ArticleFiles,
  onDisk: ReadonlyMap<string, string>,
  state: IngestState,
  corrections: ReadonlyMap<string, PageCorrections>,
  problems: SourceError[],
): { corrections: Map<string, PageCorrections>; captured: Set<string>; changedStems: Set<string> } {
  const updated = new Map(corrections);
  const captured = new Set<string>();
  const changedStems = new Set<string>();
  let uncorrected: ArticleFiles | undefined;
  for (const [file, disk] of onDisk) {
    const recorded = state.files[file];
    if (!file.endsWith('.md') || recorded === undefined || hashText(disk) === recorded) continue;
    const shown = displayPath(path.join(contentDir, file));
    let edited: ArticleText;
    try {
      const { body, ...frontMatter } = parseArticleFile(shown, disk);
      edited = { frontMatter, body: body.trim() };
    } catch (error) {
      if (!(error instanceof FrontMatterError)) throw error;
      const reason = error.message.slice(`${shown}:${error.line}: `.length);
      problems.push(new SourceError(shown, error.line, `${reason} (a hand-edited article: fix it, or run with --force to drop the edit)`));
      continue;
    }
    const generated = matchingArticle(build.articles, edited.frontMatter.source);
    if (generated === undefined) {
      problems.push(
        new SourceError(shown, 1, `hand-edited, but no article of ${edited.frontMatter.source.file} covers its lines any more: run with --force to drop the edit`),
      );
      continue;
    }
    const { body: generatedBody, ...generatedFrontMatter } = generated;
    // What ingest wrote for this file: the current generation under the file's own id and date.
    const base: ArticleText = {
      frontMatter: { ...generatedFrontMatter, ...manifestFields(edited.frontMatter) },
      body: generatedBody,
    };
    if (hashText(articleToMarkdown(file, base.frontMatter, base.body)) !== recorded) {
      problems.push(
        new SourceError(
          shown,
          1,
          'hand-edited, but cannot be carried over safely: either a field that the manifest or the parse sets was changed (id, date, page, source, review…: change the manifest or the layout instead), or ingest now reads its source lines differently (the parser, the page or its corrections changed). Copy the edit into content/corrections by hand, or run with --force to drop it',
        ),
      );
      continue;
    }
    // The correction is what the edited file differs from the uncorrected parse, so a change made
    // and later undone leaves nothing behind.
    uncorrected ??= buildUncorrected();
    const original = matchingArticle(uncorrected.articles, generated.source) ?? generated;
    const { body: originalBody, ...originalFrontMatter } = original;
    const originalText: ArticleText = {
      frontMatter: { ...originalFrontMatter, ...manifestFields(edited.frontMatter) },
      body: originalBody,
    };
    let correction: ArticleCorrection;
    try {
      // (Also refuses edits of fields the manifest or the parse sets: corrections change none of them.)
      correction = diffArticle(originalText, edited);
    } catch (error) {
      if (!(error instanceof CorrectionConflict)) throw error;
      problems.push(new SourceError(shown, 1, `${error.message} (or run with --force to drop the edit)`));
      continue;
    }
    const stem = path.posix.basename(generated.source.file, '.txt');
    const record = updated.get(stem) ?? { source: generated.source.file, articles: [] };
    const [start, end] = generated.source.lines;
    const previousIndex = record.articles.findIndex(
      (entry) => Math.min(end, entry.lines[1]) - Math.max(start, entry.lines[0]) >= 0,
    );
    const articles = record.articles.filter((_, index) => index !== previousIndex);
    if (!isEmptyCorrection(correction)) articles.push(correction);
    updated.set(stem, { ...record, articles });
    captured.add(file);
    changedStems.add(stem);
  }
  return { corrections: updated, captured, changedStems };
}

/** The front matter fields an article file takes from its page's manifest and place (they change with a date fix). */
function manifestFields(frontMatter: ArticleFrontMatter) {
  const { id, paper, date, dateNote, page, pageName, order } = frontMatter;
  return { id, paper, date, dateNote, page, pageName, order };
}

/** The generated article of the same source file whose lines overlap `source.lines` most. */
function matchingArticle(articles: readonly Article[], source: Article['source']): Article | undefined {
  let best: Article | undefined;
  let bestOverlap = 0;
  for (const article of articles) {
    if (article.source.file !== source.file) continue;
    const overlap =
      Math.min(source.lines[1], article.source.lines[1]) - Math.max(source.lines[0], article.source.lines[0]) + 1;
    if (overlap > bestOverlap) {
      best = article;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** Reads what an old article file said about itself, leniently: it may predate the current schema. */
function readPublished(file: string, text: string): PublishedArticle {
  const id = fileToId(file);
  try {
    const { data } = splitFrontMatter(file, text);
    const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
    const source = (record.source ?? {}) as { file?: unknown; lines?: unknown };
    const start = Array.isArray(source.lines) ? source.lines[0] : undefined;
    return {
      id,
      source: typeof source.file === 'string' ? source.file : null,
      start: typeof start === 'number' ? start : null,
      title: typeof record.title === 'string' ? record.title : null,
    };
  } catch {
    return { id, source: null, start: null, title: null };
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function fileToId(file: string): string {
  return path.posix.basename(file, '.md');
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function pruneEmptyFolders(contentDir: string, relative: string): void {
  let dir = relative;
  while (dir !== '.' && dir !== '' && !GENERATED.some((generated) => generated.dir === dir)) {
    const full = path.join(contentDir, dir);
    if (!existsSync(full) || readdirSync(full).length > 0) return;
    rmdirSync(full);
    dir = path.posix.dirname(dir);
  }
}
