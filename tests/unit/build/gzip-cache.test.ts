import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GzipCache } from '@/lib/build/gzip-cache';
import { gzipBulkLines } from '@/lib/site/bulk-data';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function cacheDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gzip-cache-'));
  dirs.push(dir);
  return path.join(dir, 'bulk');
}

const KEY_2021 = '2021'.repeat(16);
const KEY_2022 = '2022'.repeat(16);
const lines = (year: string) => Buffer.from(`{"id":"${year}-03-08-01-01"}\n`.repeat(50), 'utf8');

/** A maker of year's lines that records its calls. */
function counting() {
  const calls: string[] = [];
  return { calls, make: (year: string) => () => (calls.push(year), gzipBulkLines(lines(year))) };
}

describe('GzipCache', () => {
  it('serves a key it made before, byte for byte, and makes a new key', () => {
    const dir = cacheDir();
    const first = new GzipCache(dir, false);
    const made = first.get(KEY_2021, () => gzipBulkLines(lines('2021')));
    first.get(KEY_2022, () => gzipBulkLines(lines('2022')));

    const counter = counting();
    const second = new GzipCache(dir, true);
    expect(second.get(KEY_2021, counter.make('2021')).equals(made)).toBe(true);
    expect(second.get('2023'.repeat(16), counter.make('2023')).equals(gzipBulkLines(lines('2023')))).toBe(
      true,
    );
    expect(counter.calls).toEqual(['2023']);
    expect(second.counts).toEqual({ made: 1, reused: 1 });
    // The 2022 entry was not used: pruned.
    second.prune();
    expect(
      readdirSync(dir)
        .map((name) => name.split('-')[0])
        .sort(),
    ).toEqual([KEY_2021, '2023'.repeat(16)]);
  });

  it('never serves a damaged entry: a changed byte no longer has the hash its name records', () => {
    const dir = cacheDir();
    const made = new GzipCache(dir, false).get(KEY_2021, () => gzipBulkLines(lines('2021')));
    const [entry] = readdirSync(dir);
    expect(entry).toMatch(new RegExp(`^${KEY_2021}-[0-9a-f]{64}\\.gz$`));
    const damaged = Buffer.from(made);
    damaged[damaged.length - 12] = (damaged[damaged.length - 12] ?? 0) ^ 0xff;
    writeFileSync(path.join(dir, entry as string), damaged);
    const counter = counting();
    expect(new GzipCache(dir, true).get(KEY_2021, counter.make('2021')).equals(made)).toBe(true);
    writeFileSync(path.join(dir, entry as string), 'not gzip');
    expect(new GzipCache(dir, true).get(KEY_2021, counter.make('2021')).equals(made)).toBe(true);
    expect(counter.calls).toEqual(['2021', '2021']);
  });

  it('trusts nothing in a full build: the folder is emptied first', () => {
    const dir = cacheDir();
    new GzipCache(dir, false).get(KEY_2021, () => gzipBulkLines(lines('2021')));
    const counter = counting();
    new GzipCache(dir, false).get(KEY_2021, counter.make('2021'));
    expect(counter.calls).toEqual(['2021']);
  });
});
