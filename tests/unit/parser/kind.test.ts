import { describe, expect, it } from 'vitest';
import { inferKind, type KindEvidence } from '@/lib/parser/kind';

const none: KindEvidence = { dateline: null, authors: [], subtitle: null, officialByline: false };

describe('inferKind', () => {
  it.each([
    [{ ...none, dateline: '本报讯' }, '消息'], // 本报讯 dateline
    [{ ...none, dateline: '新华社北京3月4日电' }, '消息'], // wire dateline
    [{ ...none, authors: [{ name: '本报评论员', role: '评论员' }] }, '评论'], // 本报评论员
    [{ ...none, subtitle: '访全国人大代表钟海燕' }, '访谈'], // 访… subtitle
    [{ ...none, subtitle: '——访市人大代表张三' }, '访谈'], // dash-led 访 subtitle
    [{ ...none, subtitle: '——对话市人大代表张三' }, '访谈'], // 对话 is an interview too
    [{ ...none, officialByline: true, authors: [{ name: '张壮雄', role: '莲都区委书记' }] }, '署名文章'], // official's byline
    [{ ...none, authors: [{ name: '叶江', role: '记者' }] }, null], // a reporter's feature shows no kind
    [{ ...none, dateline: '本报北京3月5日电', subtitle: '——访全国人大代表钟海燕' }, '访谈'], // an interview filed with a dateline
  ] as [KindEvidence, string | null][])('%j → %s', (evidence, kind) => {
    expect(inferKind(evidence)).toBe(kind);
  });
});
