import { describe, expect, it } from 'vitest';
import {
  assignSectionSlugs,
  baseSectionSlug,
  hashName,
  legacySectionSlug,
  nameToPinyinSlug,
  sectionKey,
  type SectionName,
} from '@/lib/content/section-slugs';

describe('nameToPinyinSlug', () => {
  it.each([
    // the seed page's 版面
    ['要闻', 'yao-wen'],
    ['综合', 'zong-he'],
    // a column of the seed page
    ['诚信丽水', 'cheng-xin-li-shui'],
    // polyphones are read in context: 行 in 银行 is hang, 重 in 重庆 is chong
    ['银行', 'yin-hang'],
    ['重庆', 'chong-qing'],
    // ü is written v, the keyboard convention, so the slug stays ASCII
    ['绿谷', 'lv-gu'],
    // Latin letters and digits are kept (full-width folded), anything else separates
    ['ＡＢＣ观察2022', 'abc-guan-cha-2022'],
    ['观点·评论', 'guan-dian-ping-lun'],
    // a long series name keeps its first twelve syllables (the seed page's column)
    ['永做“挺进师”建设新丽水——学习贯彻市第五次党代会精神', 'yong-zuo-ting-jin-shi-jian-she-xin-li-shui-xue-xi'],
    // nothing readable: empty (the caller falls back to the hash)
    ['·—·', ''],
  ])('reads %s as %s', (name, slug) => {
    expect(nameToPinyinSlug(name)).toBe(slug);
  });
});

describe('baseSectionSlug', () => {
  it.each([
    ['kind', '评论', 'commentary'],
    ['kind', '消息', 'news'],
    ['kind', '访谈', 'interview'],
    ['kind', '署名文章', 'signed'],
    // a kind outside the four gets a prefix, so it never takes a 版面's or column's slug
    ['kind', '通讯', 'kind-tong-xun'],
    ['page', '要闻', 'yao-wen'],
    ['column', '观象台', 'guan-xiang-tai'],
    // no readable character: the old hash slug
    ['column', '※', `column-${hashName('※')}`],
  ] as const)('gives the %s %s the slug %s', (type, name, slug) => {
    expect(baseSectionSlug(type, name)).toBe(slug);
  });
});

describe('legacySectionSlug', () => {
  it('is the FNV-1a hash slug the site first published (pinned, so old links can be redirected)', () => {
    expect(hashName('')).toBe('811c9dc5');
    expect(hashName('a')).toBe('e40c292c');
    expect(legacySectionSlug('page', '要闻')).toBe('page-a228697f');
    expect(legacySectionSlug('column', '诚信丽水')).toBe('column-d6ada585');
    expect(legacySectionSlug('kind', '评论')).toBe('commentary');
  });
});

describe('assignSectionSlugs', () => {
  const slugsOf = (sections: SectionName[]) => {
    const slugs = assignSectionSlugs(sections);
    return sections.map((section) => slugs.get(sectionKey(section.type, section.name)));
  };

  it('gives each section its base slug when nothing collides', () => {
    expect(slugsOf([{ type: 'page', name: '要闻' }, { type: 'kind', name: '评论' }])).toEqual(['yao-wen', 'commentary']);
  });

  it('lets a 版面 keep a name it shares with a column; the column gets -2', () => {
    expect(slugsOf([{ type: 'column', name: '要闻' }, { type: 'page', name: '要闻' }])).toEqual(['yao-wen-2', 'yao-wen']);
  });

  it('orders homophones of one type by name, whatever order they arrive in', () => {
    // 实 (U+5B9E) sorts before 时 (U+65F6), so 实事 keeps the base and 时事 gets -2.
    const a: SectionName = { type: 'column', name: '时事' };
    const b: SectionName = { type: 'column', name: '实事' };
    expect(slugsOf([a, b])).toEqual(['shi-shi-2', 'shi-shi']);
    expect(slugsOf([b, a])).toEqual(['shi-shi', 'shi-shi-2']);
  });

  it('skips a suffix that another section holds as its own slug', () => {
    expect(
      slugsOf([
        { type: 'page', name: '要闻' },
        { type: 'column', name: '要闻' },
        { type: 'column', name: '要闻2' },
      ]),
    ).toEqual(['yao-wen', 'yao-wen-3', 'yao-wen-2']);
  });

  it('never gives two sections one slug', () => {
    const names = ['时事', '实事', '事实', '要闻', '要闻2', '耀文', '综合', '纵合'];
    const sections = names.flatMap((name) => [
      { type: 'page' as const, name },
      { type: 'column' as const, name },
    ]);
    const slugs = [...assignSectionSlugs(sections).values()];
    expect(slugs).toHaveLength(sections.length);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
