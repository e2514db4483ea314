// `npm run eval:parser -- DIR`: finds the pages, prefers raw/NAME.txt, counts a page it cannot parse
// as a parser failure, prints score.py's lines, and stops with `file: reason` on bad input. The
// pages are invented; the figures themselves depend on the parser and are tested in score-page.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

function runEval(...args: string[]): { status: number | null; lines: string[]; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-parser.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, lines: result.stdout.trim().split('\n'), stderr: result.stderr };
}

function lastJson(lines: readonly string[]): unknown {
  return JSON.parse(lines.at(-1) ?? '');
}

const BRIDGE_PAGE =
  '青田县新建三座桥梁\n\n本报讯（记者 周明）今年以来，青田县在山区新建三座桥梁，方便两千多名村民出行。\n';
const BRIDGE_GOLD = {
  articles: [
    {
      title: '青田县新建三座桥梁',
      paragraphs: ['今年以来，青田县在山区新建三座桥梁，方便两千多名村民出行。'],
    },
  ],
};
const SHORT_PAGE = '缙云短讯\n\n短讯一则：县图书馆周末延长开放。\n';
// Its only paragraph has 16 characters: scored with min-len 0, left out with min-len 20.
const SHORT_GOLD = { articles: [{ title: '缙云短讯', paragraphs: ['短讯一则：县图书馆周末延长开放。'] }] };

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function makeFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eval-parser-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('scripts/eval-parser.ts', () => {
  const pages = makeFolder({
    'raw/a.txt': BRIDGE_PAGE,
    'a.txt': '', // an empty page cannot be parsed: raw/a.txt must win
    'a.gold.json': JSON.stringify(BRIDGE_GOLD),
    'a.expected.json': JSON.stringify({ pageKind: '要闻/综合 news' }),
    'b.gold.json': JSON.stringify(BRIDGE_GOLD), // no page text at all
    'c.txt': SHORT_PAGE,
    'c.gold.json': JSON.stringify(SHORT_GOLD),
  });

  it('scores every page, counts one without text as a parser failure and prints score.py lines', () => {
    const { status, lines, stderr } = runEval(pages, '--verbose', '--by-kind');
    expect(status).toBe(0);
    expect(stderr).toMatch(/^b: parser failed: .*b\.txt: no such file$/m);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^devset a \{"gold_articles": 1, "predicted_articles": \d+, /);
    expect(lines[1]).toMatch(/^devset c \{"gold_articles": 1, /); // no score.py here: min-len 0
    expect(lines[2]).toMatch(/^\{"kind": "\?", "boundary_f1": /); // c has no sidecar
    expect(lines[3]).toMatch(/^\{"kind": "要闻", "boundary_f1": /); // the first word, up to a /
    const summary = lastJson(lines) as { devset: Record<string, unknown>; parser_failures: number };
    expect(Object.keys(summary)).toEqual(['devset', 'parser_failures']);
    expect(Object.keys(summary.devset)).toEqual([
      'boundary_f1',
      'title_acc',
      'headline_acc',
      'paragraph_acc',
      'continuation_acc',
      'author_acc',
      'pages',
      'chars_lost',
    ]);
    expect(summary).toMatchObject({ devset: { pages: 2 }, parser_failures: 1 });
  });

  it('filters pages with --only and --sample, and exits 1 when no page could be parsed', () => {
    expect(lastJson(runEval(pages, '--sample', '2').lines)).toMatchObject({ devset: { pages: 2 } }); // a and c
    const onlyB = runEval(pages, '--only', 'b');
    expect(onlyB.status).toBe(1);
    expect(onlyB.lines).toEqual(['{"parser_failures": 1}']);
  });

  it('compares blocks longer than 20 characters by default in a folder holding score.py', () => {
    const devset = makeFolder({
      'score.py': '',
      'c.txt': SHORT_PAGE,
      'c.gold.json': JSON.stringify(SHORT_GOLD),
    });
    expect(runEval(devset, '--verbose').lines[0]).toMatch(/^devset c \{"gold_articles": 0, /);
    expect(runEval(devset, '--verbose', '--min-len', '0').lines[0]).toMatch(
      /^devset c \{"gold_articles": 1, /,
    );
  });

  it.each([
    [
      'a missing folder',
      () => [path.join(os.tmpdir(), 'no-such-eval-folder')],
      /no-such-eval-folder: no such folder/,
    ],
    ['a folder without golds', () => [makeFolder({ 'a.txt': BRIDGE_PAGE })], /^no pages found in /],
    [
      'a malformed gold',
      () => [makeFolder({ 'a.txt': BRIDGE_PAGE, 'a.gold.json': '{"articles": [' })],
      /a\.gold\.json:1: malformed JSON/,
    ],
    [
      'a gold without articles',
      () => [makeFolder({ 'a.txt': BRIDGE_PAGE, 'a.gold.json': '{"pages": []}' })],
      /a\.gold\.json:1: field "articles": not a reference segmentation/,
    ],
    ['a bad --min-len', () => [makeFolder({}), '--min-len', 'many'], /--min-len: expected an integer/],
    ['an unknown flag', () => [makeFolder({}), '--jobs', '2'], /Unknown option '--jobs'/],
  ])('exits 1 naming the problem for %s', (_, args, message) => {
    const { status, stderr } = runEval(...args());
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
  });
});
