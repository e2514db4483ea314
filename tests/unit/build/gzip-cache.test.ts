import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
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

const YEAR_2021 = Buffer.from('{"id":"2021-12-31-01-01"}\n'.repeat(50), 'utf8');
const YEAR_2022 = Buffer.from('{"id":"2022-03-08-01-01"}\n'.repeat(50), 'utf8');

/** A compressor that counts its calls. */
function counting() {
  const calls: string[] = [];
  return {
    calls,
    compress: (input: Buffer) => (calls.push(input.toString('utf8').slice(7, 11)), gzipBulkLines(input)),
  };
}

describe('GzipCache', () => {
  it('serves unchanged input from the cache, byte for byte, and compresses changed input', () => {
    const dir = cacheDir();
    const first = new GzipCache(dir, false);
    const made = first.compress(YEAR_2021, gzipBulkLines);
    first.compress(YEAR_2022, gzipBulkLines);

    const counter = counting();
    const second = new GzipCache(dir, true);
    expect(second.compress(YEAR_2021, counter.compress).equals(made)).toBe(true);
    const changed = Buffer.concat([YEAR_2022, Buffer.from('{"id":"2022-03-09-01-01"}\n')]);
    expect(second.compress(changed, counter.compress).equals(gzipBulkLines(changed))).toBe(true);
    expect(counter.calls).toEqual(['2022']);
    expect(second.counts).toEqual({ made: 1, reused: 1 });
    // The old 2022 entry was not used: pruned.
    second.prune();
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('never serves an entry that does not decompress to the input', () => {
    const dir = cacheDir();
    new GzipCache(dir, false).compress(YEAR_2021, gzipBulkLines);
    const [entry = ''] = readdirSync(dir);
    writeFileSync(path.join(dir, entry), gzipSync(YEAR_2022));
    const counter = counting();
    expect(
      new GzipCache(dir, true).compress(YEAR_2021, counter.compress).equals(gzipBulkLines(YEAR_2021)),
    ).toBe(true);
    writeFileSync(path.join(dir, entry), 'not gzip');
    expect(
      new GzipCache(dir, true).compress(YEAR_2021, counter.compress).equals(gzipBulkLines(YEAR_2021)),
    ).toBe(true);
    expect(counter.calls).toEqual(['2021', '2021']);
  });

  it('trusts nothing in a full build: the folder is emptied first', () => {
    const dir = cacheDir();
    new GzipCache(dir, false).compress(YEAR_2021, gzipBulkLines);
    const counter = counting();
    const full = new GzipCache(dir, false);
    full.compress(YEAR_2021, counter.compress);
    expect(counter.calls).toEqual(['2021']);
  });
});
