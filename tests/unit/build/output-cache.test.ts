// The incremental build's decision (lib/build/output-cache.ts planBuild) and its cache of outputs.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CACHE_VERSION,
  cacheOutputs,
  mergeCachedOutputs,
  outputFile,
  planBuild,
  type BuildManifest,
} from '@/lib/build/output-cache';
import type { OutputInput } from '@/lib/build/page-inputs';

const page = (digest: string): OutputInput => ({ digest, owner: 'next' });
const data = (digest: string): OutputInput => ({ digest, owner: 'postbuild' });
const manifest = (code: string, outputs: Record<string, OutputInput>): BuildManifest => ({
  version: CACHE_VERSION,
  code,
  outputs,
});

describe('planBuild', () => {
  const before = manifest('code-1', {
    '/articles/a/': page('1'),
    '/articles/b/': page('2'),
    '/data/articles/a.json': data('1'),
  });

  it.each([
    ['there is no cache', null, 'code-1', 'no build cache'],
    ['the code or configuration changed', before, 'code-2', 'code or configuration changed'],
  ])('builds in full when %s', (_, previous, code, reason) => {
    expect(planBuild(previous, code, new Map(Object.entries(before.outputs)))).toEqual({
      mode: 'full',
      reason,
    });
  });

  it('builds in full when an output disappeared (an article removed: its cached files would stay)', () => {
    const now = new Map([['/articles/a/', page('1')]]);
    expect(planBuild(before, 'code-1', now)).toMatchObject({ mode: 'full' });
  });

  it('plans only new outputs and those whose inputs changed, pages and open data apart', () => {
    const now = new Map([
      ['/articles/a/', page('1')],
      ['/articles/b/', page('2*')],
      ['/articles/c/', page('3')],
      ['/data/articles/a.json', data('1')],
      ['/data/articles/c.json', data('3')],
    ]);
    expect(planBuild(before, 'code-1', now)).toEqual({
      mode: 'incremental',
      changed: ['/articles/b/', '/articles/c/', '/data/articles/c.json'],
      unchanged: ['/articles/a/', '/data/articles/a.json'],
      routes: ['/articles/b/', '/articles/c/'],
      openData: ['c'],
    });
  });
});

describe('the cache of outputs', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'output-cache-'));
    dirs.push(dir);
    return dir;
  };
  const write = (dir: string, file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['/articles/a/', 'articles/a/index.html'],
    ['/sections/news/feed.xml', 'sections/news/feed.xml'],
    ['/data/articles/a.json', 'data/articles/a.json'],
  ])('stores output %s as the file %s', (output, file) => {
    expect(outputFile(output)).toBe(file);
  });

  it('fills a partial out/ with the cached unchanged outputs, keeping files the build wrote', () => {
    const [out, cache] = [tmp(), tmp()];
    write(out, 'articles/a/index.html', 'a v1');
    write(out, 'articles/b/index.html', 'b v1');
    write(out, 'search/old-index.json', 'not an output');
    cacheOutputs(out, cache, ['/articles/a/', '/articles/b/'], true);
    expect(existsSync(path.join(cache, 'search/old-index.json'))).toBe(false);

    const next = tmp();
    write(next, 'articles/b/index.html', 'b v2');
    write(next, 'articles/a/index.html', 'a v1');
    expect(mergeCachedOutputs(cache, next, ['/articles/a/'])).toBe(0);
    rmSync(path.join(next, 'articles/a/index.html'));
    expect(mergeCachedOutputs(cache, next, ['/articles/a/'])).toBe(1);
    cacheOutputs(next, cache, ['/articles/b/'], false);
    expect(readFileSync(path.join(next, 'articles/a/index.html'), 'utf8')).toBe('a v1');
    expect(readFileSync(path.join(cache, 'articles/b/index.html'), 'utf8')).toBe('b v2');
    // The first out/ is untouched: replacing a cached file never writes through a hard link.
    expect(readFileSync(path.join(out, 'articles/b/index.html'), 'utf8')).toBe('b v1');
  });
});
