// The `npm run --silent parse -- FILE` contract (issue 2 §4), which other tools rely on: JSON on
// stdout with the documented keys in order, exit 1 and `file: reason` on stderr for bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const SEED = 'content/sources/000_d1ef63186a423f59.txt';

function runParse(file: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['tsx', 'scripts/parse.ts', file], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE_KEYS = [
  'title',
  'kicker',
  'subtitle',
  'column',
  'byline',
  'authors',
  'dateline',
  'body',
  'continuedOn',
  'continuedFrom',
  'openingMissing',
  'kind',
  'review',
  'lines',
];

describe('scripts/parse.ts', () => {
  it('prints the seed page as JSON with the contract keys in order and exits 0', () => {
    const { status, stdout } = runParse(SEED);
    expect(status).toBe(0);
    const page = JSON.parse(stdout) as { articles: Record<string, unknown>[]; fragments: unknown[] };
    expect(Object.keys(page)).toEqual(['articles', 'fragments']);
    expect(page.articles).toHaveLength(7);
    for (const article of page.articles) {
      expect(Object.keys(article)).toEqual(ARTICLE_KEYS);
      expect(Object.keys((article.body as object[])[0] ?? {})).toEqual(['type', 'text']);
    }
    expect(page.articles[0]?.continuedOn).toBe(7);
  });

  const dir = mkdtempSync(path.join(os.tmpdir(), 'parse-cli-'));
  const binary = path.join(dir, 'binary.txt');
  writeFileSync(binary, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  const badUtf8 = path.join(dir, 'bad.txt');
  // Latin-1 bytes: neither UTF-8 nor Chinese in GB18030.
  writeFileSync(badUtf8, Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0x6c, 0x61]));
  const empty = path.join(dir, 'empty.txt');
  writeFileSync(empty, '');

  it.each([
    ['a missing file', path.join(dir, 'missing.txt')],
    ['a directory', dir],
    ['a binary file', binary],
    ['bytes in no supported encoding', badUtf8],
    ['an empty file', empty],
  ])('exits 1 naming the file on stderr for %s', (_label, file) => {
    const { status, stdout, stderr } = runParse(file);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.startsWith(`${file}:`)).toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /); // a clear message, not a stack trace
  });
});
