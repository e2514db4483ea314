// `npm run eval:parser -- DIR [--verbose] [--by-kind] [--only TEXT] [--min-len N] [--sample N]`:
// scores the parser on every page of DIR that has a reference segmentation (NAME.gold.json beside
// raw/NAME.txt or NAME.txt), in this one process, with the figures and output of
// ../shared/devset/score.py (lib/eval/). The last line on stdout is the summary JSON.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodePage } from '@/lib/parser/decode';
import { isSourceError } from '@/lib/parser/errors';
import { parsePage } from '@/lib/parser/parse-page';
import type { ParsedPage } from '@/lib/parser/types';
import { formatKindLine, formatPageLine, formatSummaryLine } from '@/lib/eval/report';
import { compareCodePoints, decodeLikePythonOpen } from '@/lib/eval/python-semantics';
import { parseGoldPage, parsePageSidecar, type GoldPage } from '@/lib/eval/schema';
import { scorePage, type PageScore } from '@/lib/eval/score-page';
import { averageScores, pageKindOf } from '@/lib/eval/summary';

const USAGE =
  'usage: npm run eval:parser -- DIR [--verbose] [--by-kind] [--only TEXT] [--min-len N] [--sample N]';
const GOLD_SUFFIX = '.gold.json';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function readFailure(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory, not a file'
        : code === 'EACCES'
          ? 'permission denied'
          : String(error);
  return `${file}: ${reason}`;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail(readFailure(file, error));
  }
}

function toInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\s*[+-]?\d+\s*$/.test(value)) fail(`--${flag}: expected an integer, got "${value}"\n${USAGE}`);
  return Number.parseInt(value, 10);
}

function readOptions(argv: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        verbose: { type: 'boolean', short: 'v', default: false },
        'by-kind': { type: 'boolean', default: false },
        only: { type: 'string', default: '' },
        'min-len': { type: 'string' },
        sample: { type: 'string' },
      },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const [dir, ...extra] = parsed.positionals;
  if (dir === undefined || extra.length > 0) fail(USAGE);
  const folder = path.resolve(dir);
  if (!existsSync(folder)) fail(`${dir}: no such folder`);
  if (!statSync(folder).isDirectory()) fail(`${dir}: not a folder`);
  return {
    folder,
    verbose: parsed.values.verbose,
    byKind: parsed.values['by-kind'],
    only: parsed.values.only,
    // score.py's default: 20 for its own folder (the dev set, whose golds leave bylines, captions
    // and subheadings unlabelled), 0 for any other folder (--pages-from), whose golds label every block.
    minLen: toInteger(
      'min-len',
      parsed.values['min-len'],
      existsSync(path.join(folder, 'score.py')) ? 20 : 0,
    ),
    sample: toInteger('sample', parsed.values.sample, 0),
  };
}

/** Page names as score.py lists them: its glob skips hidden files; sorted by code point; --only, then every N-th. */
function listPages(folder: string, only: string, sample: number): string[] {
  const names = readdirSync(folder)
    .filter((file) => file.endsWith(GOLD_SUFFIX) && !file.startsWith('.'))
    .map((file) => file.slice(0, -GOLD_SUFFIX.length))
    .sort(compareCodePoints)
    .filter((name) => name.includes(only));
  return sample > 1 ? names.filter((_, i) => i % sample === 0) : names;
}

function loadGold(file: string): GoldPage {
  try {
    return parseGoldPage(file, readText(file));
  } catch (error) {
    if (isSourceError(error)) fail(error.message);
    throw error;
  }
}

/** Parses a page as `npm run --silent parse -- FILE` does; a failure is a message, as score.py records it. */
function parseSource(file: string): { page: ParsedPage; rawText: string } | string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return readFailure(file, error);
  }
  try {
    const text = decodePage(bytes, file);
    // chars_lost counts the file as score.py reads it (UTF-8, universal newlines); score.py stops on
    // a GB18030 or UTF-16 page, which is counted here from the decoded text instead.
    return { page: parsePage(text), rawText: decodeLikePythonOpen(bytes) ?? text };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function kindOf(folder: string, name: string): string {
  const file = path.join(folder, `${name}.expected.json`);
  if (!existsSync(file)) return pageKindOf(null);
  try {
    return pageKindOf(parsePageSidecar(file, readText(file)).pageKind);
  } catch (error) {
    if (isSourceError(error)) fail(error.message);
    throw error;
  }
}

function main(argv: readonly string[]): void {
  const options = readOptions(argv);
  const names = listPages(options.folder, options.only, options.sample);
  if (names.length === 0) fail(`no pages found in ${options.folder}`);
  const golds = new Map(names.map((name) => [name, loadGold(path.join(options.folder, name + GOLD_SUFFIX))]));

  const rows: PageScore[] = [];
  const kinds = new Map<string, PageScore[]>();
  let failures = 0;
  for (const name of names) {
    const raw = path.join(options.folder, 'raw', `${name}.txt`);
    const source = existsSync(raw) ? raw : path.join(options.folder, `${name}.txt`);
    const parsed = parseSource(source);
    if (typeof parsed === 'string') {
      failures++;
      process.stderr.write(`${name}: parser failed: ${parsed}\n`);
      continue;
    }
    const gold = golds.get(name) ?? { articles: [] };
    const score = scorePage(gold, parsed.page, parsed.rawText, options.minLen);
    rows.push(score);
    if (options.byKind) {
      const kind = kindOf(options.folder, name);
      kinds.set(kind, [...(kinds.get(kind) ?? []), score]);
    }
    if (options.verbose) process.stdout.write(`${formatPageLine(name, score)}\n`);
  }
  for (const kind of [...kinds.keys()].sort(compareCodePoints)) {
    process.stdout.write(`${formatKindLine(kind, averageScores(kinds.get(kind) ?? []))}\n`);
  }
  process.stdout.write(`${formatSummaryLine(rows.length > 0 ? averageScores(rows) : null, failures)}\n`);
  process.exitCode = failures > 0 && rows.length === 0 ? 1 : 0;
}

main(process.argv.slice(2));
