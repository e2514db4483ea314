import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isPlanStale, planIngest, runIngest, type IngestOptions } from '@/lib/content/ingest';
import { parseArticleFile } from '@/lib/content/load';
import { encodeLegacy } from '@/tests/helpers/encode-legacy';
import { addSource, headingParser, makeContentDir, manifestFor, removeDir, snapshotDir } from '@/tests/helpers/content-dir';

const PAGE = '报头文字\n\n# 第一篇标题\n\n第一段。\n\n第二段。\n\n# 第二篇标题\n\n正文一段。\n';
const FIRST = 'articles/2022/03/2022-03-08-01-01.md';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

function contentDir(): string {
  const dir = makeContentDir();
  dirs.push(dir);
  return dir;
}
const ingest = (dir: string, extra: Partial<IngestOptions> = {}) =>
  runIngest({ contentDir: dir, parse: headingParser, ...extra });
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
const generated = (dir: string) =>
  new Map([...snapshotDir(dir)].filter(([file]) => !file.startsWith('sources/') && file !== 'ingest-state.json'));

describe('runIngest', () => {
  it('writes articles, fragments, redirects and state, and a second run changes nothing', () => {
    const dir = contentDir();
    addSource(dir, 'p1', PAGE);
    const first = ingest(dir);
    expect(first.applied).toBe(true);
    expect([...snapshotDir(dir).keys()]).toEqual([
      'articles/2022/03/2022-03-08-01-01.md',
      'articles/2022/03/2022-03-08-01-02.md',
      'fragments/2022/03/2022-03-08-01.json',
      'ingest-state.json',
      'redirects.json',
      'sources/p1.manifest.json',
      'sources/p1.txt',
    ]);
    const before = snapshotDir(dir);
    const second = ingest(dir);
    expect(second.plan.writes).toEqual([]);
    expect(second.plan.deletes).toEqual([]);
    expect(isPlanStale(second.plan)).toBe(false);
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('is deterministic: two folders with the same sources get byte-identical content', () => {
    const a = contentDir();
    const b = contentDir();
    addSource(a, 'p1', PAGE);
    addSource(a, 'p2', '# 乙\n\n正文。\n', manifestFor({ page: 2 }));
    addSource(b, 'p2', '# 乙\n\n正文。\n', manifestFor({ page: 2 }));
    addSource(b, 'p1', PAGE);
    ingest(a);
    ingest(b);
    expect(snapshotDir(b)).toEqual(snapshotDir(a));
  });

  it('removes the articles of a page whose source disappeared, and the folders left empty', () => {
    const dir = contentDir();
    addSource(dir, 'p1', PAGE);
    addSource(dir, 'p2', '# 四月\n\n正文。\n', manifestFor({ date: '2022-04-01' }));
    ingest(dir);
    expect(existsSync(path.join(dir, 'articles/2022/04/2022-04-01-01-01.md'))).toBe(true);
    rmSync(path.join(dir, 'sources/p2.txt'));
    rmSync(path.join(dir, 'sources/p2.manifest.json'));
    const report = ingest(dir);
    expect(report.plan.deletes).toEqual(['articles/2022/04/2022-04-01-01-01.md']);
    expect(existsSync(path.join(dir, 'articles/2022/04'))).toBe(false);
    expect(Object.keys(JSON.parse(read(dir, 'ingest-state.json')).files)).not.toContain(
      'articles/2022/04/2022-04-01-01-01.md',
    );
    expect(report.messages).toContain('no current article holds the text of 2022-04-01-01-01: it no longer redirects');
  });

  it('redirects ids that change to the article now covering their text, collapsing chains', () => {
    const dir = contentDir();
    addSource(dir, 'p1', PAGE, manifestFor({ date: '2022-03-06/2022-03-12' }));
    ingest(dir);
    // The page's date is pinned down: every id changes.
    addSource(dir, 'p1', PAGE, manifestFor({ date: '2022-03-08' }));
    const second = ingest(dir);
    expect(JSON.parse(read(dir, 'redirects.json'))).toEqual({
      '2022-03-06_12-01-01': '2022-03-08-01-01',
      '2022-03-06_12-01-02': '2022-03-08-01-02',
    });
    expect(second.messages).toContain('redirect 2022-03-06_12-01-01 → 2022-03-08-01-01');
    expect(existsSync(path.join(dir, 'articles/2022/03/2022-03-06_12-01-01.md'))).toBe(false);

    // A better parser merges the two articles: 01-02 disappears, and so does the chain through it.
    const merged = (text: string) => {
      const page = headingParser(text);
      const [first, second] = page.articles;
      if (!first || !second) return page;
      const joined = { ...first, body: [...first.body, ...second.body], lines: { start: first.lines.start, end: second.lines.end } };
      return { ...page, articles: [joined] };
    };
    ingest(dir, { parse: merged });
    expect(JSON.parse(read(dir, 'redirects.json'))).toEqual({
      '2022-03-06_12-01-01': '2022-03-08-01-01',
      '2022-03-06_12-01-02': '2022-03-08-01-01',
      '2022-03-08-01-02': '2022-03-08-01-01',
    });
  });

  it('turns a hand edit into a text correction that later runs and --force keep', () => {
    const dir = contentDir();
    addSource(dir, 'p1', PAGE);
    ingest(dir);
    const edited = read(dir, FIRST).replace('第一段。', '第一段（已校对）。').replace('checked: false', 'checked: true');
    writeFileSync(path.join(dir, FIRST), edited);

    const captured = ingest(dir);
    expect(captured.applied).toBe(true);
    expect(captured.plan.kept).toEqual([]);
    expect(read(dir, FIRST)).toBe(edited);
    expect(JSON.parse(read(dir, 'corrections/p1.json'))).toEqual({
      source: 'sources/p1.txt',
      articles: [
        {
          lines: [3, 7],
          fields: { checked: { from: false, to: true } },
          body: [{ at: 0, from: ['第一段。'], to: ['第一段（已校对）。'] }],
        },
      ],
    });
    // Nothing left to do, and the correction is input: --force regenerates with it.
    expect(isPlanStale(planIngest({ contentDir: dir, parse: headingParser }))).toBe(false);
    ingest(dir, { force: true });
    expect(read(dir, FIRST)).toBe(edited);

    // A second edit composes with the first; an edit not yet ingested is what --force drops.
    writeFileSync(path.join(dir, FIRST), read(dir, FIRST).replace('第二段。', '第二段（已校对）。'));
    ingest(dir);
    // Measured against the uncorrected parse: the two adjacent paragraph edits are one body edit.
    expect(read(dir, 'corrections/p1.json')).toContain('第二段（已校对）。');
    expect(JSON.parse(read(dir, 'corrections/p1.json')).articles[0].body).toHaveLength(1);
    // Undoing every edit leaves no correction behind, and no corrections file.
    const undone = read(dir, FIRST)
      .replace('第一段（已校对）。', '第一段。')
      .replace('第二段（已校对）。', '第二段。')
      .replace('checked: true', 'checked: false');
    writeFileSync(path.join(dir, FIRST), undone);
    ingest(dir);
    expect(existsSync(path.join(dir, 'corrections/p1.json'))).toBe(false);
    writeFileSync(path.join(dir, FIRST), edited.replace('第二段。', '第二段（已校对）。'));
    ingest(dir);
    writeFileSync(path.join(dir, FIRST), read(dir, FIRST).replace('第一篇标题', '改错的标题'));
    ingest(dir, { force: true });
    expect(read(dir, FIRST)).toContain('第二段（已校对）。');
    expect(read(dir, FIRST)).not.toContain('改错的标题');
  });

  it('carries a correction to the new id when the page gets its real date: one article, a redirect, no ghost copy', () => {
    const dir = contentDir();
    addSource(dir, 'p1', PAGE, manifestFor({ date: '2022-03-06/2022-03-12' }));
    ingest(dir);
    const oldFile = 'articles/2022/03/2022-03-06_12-01-01.md';
    writeFileSync(
      path.join(dir, oldFile),
      read(dir, oldFile).replace('title: 第一篇标题', 'title: 第一篇标题（校）').replace('第二段。', '第二段已改。'),
    );
    addSource(dir, 'p1', PAGE, manifestFor({ date: '2022-03-08' }));
    const report = ingest(dir);
    expect(report.plan.problems).toEqual([]);
    expect(existsSync(path.join(dir, oldFile))).toBe(false);
    const article = parseArticleFile(FIRST, read(dir, FIRST));
    expect(article.title).toBe('第一篇标题（校）');
    expect(article.body).toContain('第二段已改。');
    expect(JSON.parse(read(dir, 'redirects.json'))['2022-03-06_12-01-01']).toBe('2022-03-08-01-01');
    expect([...snapshotDir(dir).keys()].filter((file) => file.startsWith('articles/'))).toEqual([
      'articles/2022/03/2022-03-08-01-01.md',
      'articles/2022/03/2022-03-08-01-02.md',
    ]);
    expect(isPlanStale(planIngest({ contentDir: dir, parse: headingParser }))).toBe(false);
  });

  it('stops, naming the corrections file, when a correction no longer applies to the text', () => {
    const dir = contentDir();
    addSource(dir, 'p1', PAGE);
    ingest(dir);
    writeFileSync(path.join(dir, FIRST), read(dir, FIRST).replace('第一段。', '第一段（校）。'));
    ingest(dir);
    // The page is re-extracted and the corrected paragraph now reads differently.
    addSource(dir, 'p1', PAGE.replace('第一段。', '第一段，重新提取。'));
    const before = snapshotDir(dir);
    const report = ingest(dir);
    expect(report.applied).toBe(false);
    expect(report.plan.problems.map((p) => p.message).join('\n')).toMatch(
      /corrections\/p1\.json:1: the correction of lines 3–7 no longer applies: the paragraph 「第一段。」 it corrects is no longer in the article/,
    );
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('keeps a hand-edited article saved with a BOM and Windows line ends, which still loads', () => {
    const dir = contentDir();
    addSource(dir, 'p1', PAGE);
    ingest(dir);
    writeFileSync(path.join(dir, FIRST), `\uFEFF${read(dir, FIRST).replace('第一段。', '第一段！').replace(/\n/g, '\r\n')}`);
    const report = ingest(dir);
    expect(report.plan.problems).toEqual([]);
    expect(parseArticleFile(FIRST, read(dir, FIRST)).body).toContain('第一段！');
  });

  it.each<[string, (dir: string) => string, RegExp]>([
    [
      'an edit of a field the manifest sets',
      (dir) => {
        writeFileSync(path.join(dir, FIRST), read(dir, FIRST).replace('page: 1', 'page: 2'));
        return FIRST;
      },
      /hand-edited, but cannot be carried over safely: either a field that the manifest or the parse sets was changed/,
    ],
    [
      'a hand-edited article that no longer validates',
      (dir) => {
        writeFileSync(path.join(dir, FIRST), read(dir, FIRST).replace('page: 1', 'page: one'));
        return FIRST;
      },
      /front matter field "page": Invalid input: expected number, received string \(a hand-edited article/,
    ],
    [
      'an article file ingest never wrote (an orphan)',
      (dir) => {
        const stray = 'articles/2022/03/stray.md';
        writeFileSync(path.join(dir, stray), read(dir, FIRST).replace('id: 2022-03-08-01-01', 'id: stray'));
        return stray;
      },
      /an article file ingest did not write: every article comes from a source page/,
    ],
    [
      'a hand edit whose source page is gone',
      (dir) => {
        writeFileSync(path.join(dir, FIRST), read(dir, FIRST).replace('第一段', '第一段修订'));
        rmSync(path.join(dir, 'sources/p1.txt'));
        rmSync(path.join(dir, 'sources/p1.manifest.json'));
        return FIRST;
      },
      /hand-edited, but no article of sources\/p1\.txt covers its lines any more/,
    ],
  ])('refuses %s, writes nothing, and --force drops it', (_what, change, message) => {
    const dir = contentDir();
    addSource(dir, 'p1', PAGE);
    ingest(dir);
    const file = change(dir);
    const before = snapshotDir(dir);
    const report = ingest(dir);
    expect(report.applied).toBe(false);
    expect(report.plan.problems.map((p) => p.message).join('\n')).toMatch(message);
    expect(report.plan.problems[0]?.message.startsWith(path.join(dir, file))).toBe(true);
    expect(snapshotDir(dir)).toEqual(before);
    expect(ingest(dir, { force: true }).applied).toBe(true);
    expect(isPlanStale(planIngest({ contentDir: dir, parse: headingParser }))).toBe(false);
  });

  it('reads GB18030, BOM and CRLF pages into exactly the articles of the plain UTF-8 page', () => {
    const plain = contentDir();
    addSource(plain, 'p1', PAGE);
    ingest(plain);
    for (const bytes of [
      encodeLegacy(PAGE, 'gb18030'),
      Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(PAGE)]),
      Buffer.from(PAGE.replace(/\n/g, '\r\n')),
      encodeLegacy(PAGE.replace(/\n/g, '\r\n'), 'gb18030'),
    ]) {
      const dir = contentDir();
      addSource(dir, 'p1', bytes);
      expect(ingest(dir).plan.problems).toEqual([]);
      expect(generated(dir)).toEqual(generated(plain));
    }
  });

  it('keeps tabs and full-width spaces for the parser', () => {
    const dir = contentDir();
    addSource(dir, 'p1', '# 标题\t一\n\n\u3000\u3000正文。\n');
    const seen: string[] = [];
    ingest(dir, { parse: (text) => (seen.push(text), headingParser(text)) });
    expect(seen).toEqual(['# 标题\t一\n\n\u3000\u3000正文。\n']);
  });
});

describe('runIngest rejects bad input with file:line: reason and writes nothing', () => {
  it.each<[string, (dir: string) => void, RegExp]>([
    ['an empty page', (dir) => addSource(dir, 'p1', ''), /sources\/p1\.txt:1: empty file/],
    ['a whitespace-only page', (dir) => addSource(dir, 'p1', '\n\u3000\n  \n'), /sources\/p1\.txt:1: empty page/],
    ['a binary page', (dir) => addSource(dir, 'p1', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2)), /sources\/p1\.txt:1: binary file/],
    [
      'a page in an encoding that is neither UTF-8 nor GBK',
      (dir) => addSource(dir, 'p1', encodeLegacy('臺灣是一個位於東亞的島嶼國家，經濟發展迅速。', 'big5')),
      /sources\/p1\.txt:1: not valid UTF-8/,
    ],
    [
      'a page damaged by GBK bytes read as Latin-1 (mojibake)',
      (dir) => addSource(dir, 'p1', `标题\n\n${Buffer.from(encodeLegacy('本报讯 今年以来，松阳县茶叶出口量同比增长。', 'gb18030')).toString('latin1')}\n`),
      /sources\/p1\.txt:3: mojibake: .* is GBK text read as Latin-1; it reads 「本报讯 今年以来，松阳县茶叶出口…」/,
    ],
    [
      'a page with replacement characters',
      (dir) => addSource(dir, 'p1', '标题\n\n正文一段。\n\n茶农\ufffd\ufffd收入持续提高。\n\n全县已建成锟斤拷茶园。\n'),
      /sources\/p1\.txt:5: U\+FFFD replacement character .* \(1 more damaged line: 7\)/,
    ],
    ['a page without a manifest', (dir) => addSource(dir, 'p1', PAGE, null), /sources\/p1\.txt:1: no manifest: add .*p1\.manifest\.json/],
    [
      'a manifest without a page',
      (dir) => writeFileSync(path.join(dir, 'sources/p9.manifest.json'), JSON.stringify(manifestFor())),
      /sources\/p9\.manifest\.json:1: manifest without a page/,
    ],
    ['malformed manifest JSON', (dir) => addSource(dir, 'p1', PAGE, '{\n  "paper": "丽水日报",\n  "page": 1,\n}\n'), /sources\/p1\.manifest\.json:4: malformed JSON/],
    [
      'a manifest missing a field',
      (dir) => addSource(dir, 'p1', PAGE, { paper: '丽水日报', date: '2022-03-08', pageName: '要闻', provenance: 'x' }),
      /sources\/p1\.manifest\.json:1: field "page": missing/,
    ],
    [
      'a manifest with a malformed field',
      (dir) => addSource(dir, 'p1', PAGE, manifestFor({ date: '8 March 2022' })),
      /sources\/p1\.manifest\.json:3: field "date": /,
    ],
    [
      'a duplicate page',
      (dir) => {
        addSource(dir, 'a', PAGE);
        addSource(dir, 'b', '# 别的\n\n正文。\n');
      },
      /sources\/b\.manifest\.json:1: duplicate page: .*sources\/a\.txt is already 丽水日报 2022-03-08 page 1/,
    ],
    [
      'a malformed redirects.json',
      (dir) => {
        addSource(dir, 'a', PAGE);
        writeFileSync(path.join(dir, 'redirects.json'), '{"a": 1}');
      },
      /redirects\.json:1: /,
    ],
  ])('rejects %s', (_what, setUp, message) => {
    const dir = contentDir();
    addSource(dir, 'good', '# 好的\n\n正文。\n', manifestFor({ page: 3 }));
    setUp(dir);
    const before = snapshotDir(dir);
    const report = ingest(dir);
    expect(report.applied).toBe(false);
    expect(report.plan.problems.map((p) => p.message).join('\n')).toMatch(message);
    expect(report.messages.at(-1)).toMatch(/nothing written$/);
    // A refused run says only that: no count of files it would have written.
    expect(report.messages.at(-1)).not.toMatch(/\d+ written/);
    expect(snapshotDir(dir)).toEqual(before);
  });
});

describe('the ingest and check-content commands', () => {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const run = (script: string, dir: string, ...args: string[]) =>
    spawnSync(tsx, [path.resolve('scripts', script), ...args], {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
    });

  it('exit 1 with file:line: reason and no stack trace on bad input', () => {
    const dir = contentDir();
    addSource(dir, 'p1', PAGE, '{ "paper": ');
    const result = run('ingest.ts', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${path.join(dir, 'sources/p1.manifest.json')}:1: malformed JSON`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('check-content passes after ingest and fails, listing files, when content is stale', () => {
    const dir = contentDir();
    addSource(dir, 'p1', '丽水日报\n\n迈向现代化生态经济发展新型轨道\n\n本报记者 叶江\n\n生态工业高质量发展是现代化生态经济体系建设的重点。\n');
    expect(run('ingest.ts', dir).status).toBe(0);
    const fresh = run('check-content.ts', dir);
    expect(fresh.status).toBe(0);

    addSource(dir, 'p1', '丽水日报\n\n迈向现代化生态经济发展新型轨道\n\n本报记者 叶江\n\n生态工业高质量发展是现代化生态经济体系建设的重中之重。\n');
    const stale = run('check-content.ts', dir);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('content/ is stale: run `npm run ingest`');
    expect(stale.stderr).toMatch(/differs: .*articles\/2022\/03\/2022-03-08-01-01\.md/);
  });
});

describe('layout corrections in ingest', () => {
  const FEATURE = '山区共富有新路\n\n本报记者 叶江\n\n今年以来，全县探索山区共富新路子。\n\n茶园变景区\n\n松阳县把茶园建成景区，游客量逐年增长。\n';

  it('applies <stem>.layout.yaml, keeps it with --force, and reports a statement that changes nothing', () => {
    const dir = makeContentDir();
    try {
      addSource(dir, 'p1', FEATURE);
      writeFileSync(path.join(dir, 'sources/p1.layout.yaml'), '- start: 7\n- start: 1\n');
      const report = runIngest({ contentDir: dir });
      expect(report.plan.problems).toEqual([]);
      expect(report.plan.build.articles.map((article) => article.title)).toEqual(['山区共富有新路', '茶园变景区']);
      expect(report.messages).toContain(
        `${path.join(dir, 'sources')}/p1.layout.yaml:2: this layout correction changes nothing any more: you may remove it`,
      );
      runIngest({ contentDir: dir, force: true });
      expect(existsSync(path.join(dir, 'sources/p1.layout.yaml'))).toBe(true);
      expect(runIngest({ contentDir: dir }).plan.articleCount).toBe(2);

      writeFileSync(path.join(dir, 'sources/p1.layout.yaml'), '- start: 70\n');
      const refused = runIngest({ contentDir: dir });
      expect(refused.applied).toBe(false);
      expect(refused.plan.problems.map((p) => p.message)).toEqual([
        `${path.join(dir, 'sources')}/p1.layout.yaml:1: line 70 is outside the page (it has 10 lines)`,
      ]);
    } finally {
      removeDir(dir);
    }
  });
});
