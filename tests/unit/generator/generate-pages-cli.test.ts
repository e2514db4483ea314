import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PageManifestSchema } from '@/lib/content/schema';
import { generatePage } from '@/lib/generator';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-pages.ts', ...args], {
    encoding: 'utf8',
  });

describe('scripts/generate-pages.ts', () => {
  it('refuses to write generated pages into content/', () => {
    const target = path.join('content', 'sources', 'generated-by-test');
    const result = run('--out', target, '--pages', '1');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/refusing to write generated pages into .*content/);
    expect(existsSync(target)).toBe(false);
  });

  it('writes <stem>.txt and <stem>.manifest.json pages identical to the library and prints the diversity next to the seed', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'generate-pages-test-'));
    try {
      const result = run('--out', out, '--pages', '3', '--seed', '9');
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/generated: 0\.\d+/);
      expect(result.stdout).toMatch(/seed 000_d1ef63186a423f59\.txt: 0\.6\d/);
      const files = readdirSync(out).sort();
      expect(files).toHaveLength(6);
      for (let i = 0; i < 3; i++) {
        const page = generatePage({ seed: 9 }, i);
        expect(readFileSync(path.join(out, `${page.stem}.txt`), 'utf8')).toBe(page.text);
        const manifest: unknown = JSON.parse(
          readFileSync(path.join(out, `${page.stem}.manifest.json`), 'utf8'),
        );
        expect(PageManifestSchema.parse(manifest)).toEqual(page.manifest);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('rejects a malformed option with a one-line message', () => {
    const result = run('--pages', 'many');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('generate-pages: --pages must be a whole number >= 1, got many');
  });
});
