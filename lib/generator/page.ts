// Lays out one generated page in the raw source format (blank-line separated blocks, as a PDF or
// e-paper extraction gives them) and records the intended segmentation as ground truth.
import type { BodyBlock, ArticleKind, Author } from '@/lib/parser/types';
import type { Rng } from './prng';
import { Writer, type Topic } from './writer';
import { CHINESE_NUMERALS, COUNTIES, CITIES, PROVINCES } from './lexicon';

/** The intended segmentation of one generated article, to score a parser against. */
export interface ArticleTruth {
  title: string;
  kicker: string | null;
  subtitle: string | null;
  /** 栏目 banner; printed as its own block after the article's text, as on the seed page. */
  column: string | null;
  byline: string | null;
  authors: Author[];
  /** 本报讯, 本报北京1月18日电, 新华社杭州3月4日电, or null. */
  dateline: string | null;
  /** Body with broken paragraphs joined back and without the page's indentation. */
  body: BodyBlock[];
  /** `据新华社`-style credit printed after the body, or null. */
  trailer: string | null;
  continuedOn: number | null;
  continuedFrom: number | null;
  openingMissing: boolean;
  kind: ArticleKind | null;
}

/** The ground truth of one page: its articles in reading order and its photo captions. */
export interface PageTruth {
  articles: ArticleTruth[];
  /** Photo captions (…摄, …供图): printed between articles, owned by none in the truth. */
  captions: string[];
  /** Page furniture: a running head (`丽水日报 2021年3月5日 星期五`) and a desk line (`责任编辑：…`). */
  furniture: string[];
}

/** Page furniture some extractions keep: a running head above the page and a desk line below it. */
export interface Furniture {
  head: string | null;
  foot: string | null;
}

/** A continuation planned at issue level: the front page's story that jumps to another page. */
export interface Jump {
  fromPage: number;
  toPage: number;
  title: string;
  /** Seed key for the continued body, so both pages agree without sharing state. */
  key: number;
}

/** How a page prints punctuation: ASCII `,;:()?!` inside Chinese (like the seed), full-width, or mixed. */
export type PunctuationStyle = 'ascii' | 'full' | 'mixed';

const TO_ASCII: Record<string, string> = {
  '，': ',',
  '；': ';',
  '：': ':',
  '（': '(',
  '）': ')',
  '？': '?',
  '！': '!',
};

type ArticleShape =
  | 'lead'
  | 'news'
  | 'brief'
  | 'wire'
  | 'reprint'
  | 'commentary'
  | 'interview'
  | 'signed'
  | 'feature'
  | 'prose';

interface PageContext {
  rng: Rng;
  writer: Writer;
  style: PunctuationStyle;
  indent: boolean;
  hostile: boolean;
}

/** Rewrites full-width `，；：（）？！` in the page's punctuation style. */
export function applyPunctuationStyle(text: string, style: PunctuationStyle, rng: Rng): string {
  if (style === 'full') return text;
  let out = '';
  for (const ch of text) {
    const ascii = TO_ASCII[ch];
    out += ascii !== undefined && (style === 'ascii' || rng.chance(0.5)) ? ascii : ch;
  }
  return out;
}

/** Writes a page number as the paper does in continuation markers: 7 → 七. */
export function pageNumberToChinese(page: number): string {
  return CHINESE_NUMERALS[page] ?? String(page);
}

const LIST_ORDINALS = ['一', '二', '三', '四'] as const;
const SENTENCE_END = /[。！？!?”…]$/u;
const ASCII_WORD = /[\x21-\x7e]/u;

/** Where a column break may fall: never right after a sentence end, never inside ASCII runs or numbers. */
function isBreakable(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at] ?? '';
  if (SENTENCE_END.test(before)) return false;
  // Typesetting rules (禁则) never start a column with closing punctuation.
  if (/[，。、；：？！）”》,.;:?!)%]/u.test(after)) return false;
  if (ASCII_WORD.test(before) && ASCII_WORD.test(after)) return false;
  return !/[“《（(]/u.test(before);
}

/** Splits a paragraph as a column break does: `…全部工业增加值占` + `地区生产总值的29.9%。`. */
function breakParagraph(rng: Rng, text: string): [string, string] | null {
  if (text.length < 24) return null;
  // The short, heading-like first half (`做强中心城市,建造区域增长` + `极的火车头。…`).
  if (rng.chance(0.3)) {
    const comma = text.search(/[，,]/u);
    if (comma > 2 && comma < 16) {
      const at = comma + rng.int(3, 7);
      const head = text.slice(0, at);
      if (at < text.length - 8 && !/[。！？!?]/u.test(head) && isBreakable(text, at))
        return [head, text.slice(at)];
    }
  }
  for (let tries = 0; tries < 8; tries++) {
    // A column holds several lines of 11–14 characters, so a plain break leaves at least a line.
    const at = rng.int(12, text.length - 6);
    if (isBreakable(text, at)) return [text.slice(0, at), text.slice(at)];
  }
  return null;
}

/** Drops the opening of a paragraph somewhere in its first sentence (`…无比激动。` → `比激动。`). */
function loseOpening(rng: Rng, text: string): string | null {
  const end = text.search(/[。！？!?]/u);
  if (end < 8) return null;
  for (let tries = 0; tries < 6; tries++) {
    const at = rng.int(2, Math.min(end - 2, 40));
    if (isBreakable(text, at)) return text.slice(at);
  }
  return null;
}

const AUTHOR_LINE = (role: string, name: string): Author => ({ name, role });

/** One article rendered to source blocks, with its truth. */
interface RenderedArticle {
  blocks: string[];
  /** null for blocks that belong to no article (photo captions). */
  truth: ArticleTruth | null;
}

// Paragraphs per piece, tuned so that pages average ≈ 5,000 characters like a real broadsheet
// page (the seed front page has 5,800).
const PARAGRAPHS: Record<ArticleShape, [number, number]> = {
  lead: [8, 14],
  feature: [7, 12],
  news: [3, 8],
  brief: [1, 3],
  wire: [3, 7],
  reprint: [3, 7],
  commentary: [5, 9],
  signed: [5, 9],
  interview: [4, 8],
  prose: [6, 12],
};

function chooseShapes(rng: Rng, pageName: string): ArticleShape[] {
  const many = (shape: ArticleShape, min: number, max: number): ArticleShape[] =>
    Array(rng.int(min, max)).fill(shape);
  const mix = (pool: ArticleShape[], min: number, max: number): ArticleShape[] =>
    Array.from({ length: rng.int(min, max) }, () => rng.pick(pool));
  switch (pageName) {
    case '要闻':
      return ['lead', ...mix(['news', 'news', 'news', 'wire', 'commentary', 'interview', 'signed'], 3, 6)];
    case '综合':
      return [...many('brief', 8, 14), ...mix(['wire', 'reprint', 'news'], 1, 3)];
    case '经济':
    case '社会':
      return mix(['news', 'news', 'brief', 'feature', 'wire', 'interview'], 4, 7);
    case '文化':
      return mix(['news', 'feature', 'brief', 'interview', 'reprint'], 4, 6);
    case '副刊':
      return many('prose', 4, 6);
    case '评论':
      return mix(['commentary', 'commentary', 'signed', 'signed', 'reprint'], 4, 6);
    default:
      return ['feature', ...mix(['lead', 'feature', 'news'], 2, 3)];
  }
}

function topicOf(pageName: string, shape: ArticleShape): Topic {
  if (shape === 'prose') return 'prose';
  if (shape === 'commentary' || shape === 'signed') return 'commentary';
  if (pageName === '经济') return 'economy';
  if (pageName === '社会') return 'society';
  if (pageName === '文化' || pageName === '副刊') return 'culture';
  return 'news';
}

/** Credits for a dateline's parentheses: `记者 郭真 通讯员庄啸` → authors. */
function datelineCredits(ctx: PageContext): { text: string; authors: Author[] } {
  const { rng, writer } = ctx;
  const reporters = Array.from({ length: rng.int(1, 2) }, () => writer.name());
  const authors = reporters.map((n) => AUTHOR_LINE('记者', n));
  let text = `记者 ${reporters.join(' ')}`;
  if (rng.chance(0.5)) {
    const corr = writer.name();
    authors.push(AUTHOR_LINE('通讯员', corr));
    text += rng.chance(0.5) ? ` 通讯员${corr}` : ` 通讯员 ${corr}`;
  }
  return { text, authors };
}

function renderArticle(
  ctx: PageContext,
  pageName: string,
  shape: ArticleShape,
  jump: { on: number | null; from: number | null; title: string | null },
): { blocks: string[]; truth: ArticleTruth } {
  const { rng, writer } = ctx;
  const p = (text: string): string => applyPunctuationStyle(text, ctx.style, rng);
  const topic = topicOf(pageName, shape);
  const truth: ArticleTruth = {
    title: '',
    kicker: null,
    subtitle: null,
    column: null,
    byline: null,
    authors: [],
    dateline: null,
    body: [],
    trailer: null,
    continuedOn: jump.on,
    continuedFrom: jump.from,
    openingMissing: false,
    kind: null,
  };
  const head: string[] = [];

  // The column banner 栏目 is drawn first but printed after the article (see the end of this function).
  if ((shape === 'signed' || shape === 'feature') && rng.chance(0.45)) truth.column = p(writer.column());
  else if (shape !== 'prose' && rng.chance(0.05)) truth.column = p(writer.column());

  truth.title = p(jump.title ?? writer.headline(topic));
  if ((shape === 'news' || shape === 'lead' || shape === 'feature' || shape === 'wire') && rng.chance(0.4))
    truth.kicker = p(writer.kicker(topic));
  if (shape === 'interview') truth.subtitle = p(writer.subtitle(topic, true));
  else if (shape === 'commentary' && rng.chance(0.5)) truth.subtitle = p(writer.subtitle(topic, false));
  else if ((shape === 'feature' || shape === 'lead') && rng.chance(0.35))
    truth.subtitle = p(writer.subtitle(topic, false));
  if (jump.from !== null) {
    truth.kicker = null;
    truth.subtitle = null;
  }

  // Kicker and title sometimes share one line, separated by a space (the extraction merged them).
  // A long title may be printed over two lines, which the extraction keeps as one block with a
  // line break inside (`打造具有澎湃活力\n和鲜明特色的新增长极`).
  const titleLines = (title: string): string => {
    if (title.length < 14 || title.includes(' ') || !rng.chance(0.08)) return title;
    const at = rng.int(6, title.length - 5);
    return isBreakable(title, at) ? `${title.slice(0, at)}\n${title.slice(at)}` : title;
  };
  if (truth.kicker && rng.chance(0.2)) head.push(`${truth.kicker} ${truth.title}`);
  else {
    if (truth.kicker) head.push(truth.kicker);
    head.push(titleLines(truth.title));
  }
  if (truth.subtitle) head.push(truth.subtitle);
  if (jump.from !== null) head.push(p(`（上接第${pageNumberToChinese(jump.from)}版）`));

  // Byline block, or a dateline that opens the first paragraph.
  let datelinePrefix = '';
  const bylineBlock = (text: string, authors: Author[]): void => {
    truth.byline = p(text);
    truth.authors = authors;
    head.push(truth.byline);
  };
  if (jump.from !== null) {
    // a continuation carries no byline: it was printed with the opening
  } else if (shape === 'commentary') {
    bylineBlock('本报评论员', [AUTHOR_LINE('评论员', '本报评论员')]);
    truth.kind = '评论';
  } else if (shape === 'signed') {
    const o = writer.official();
    bylineBlock(`${o.role} ${o.name}`, [AUTHOR_LINE(o.role, o.name)]);
    truth.kind = '署名文章';
  } else if (shape === 'prose') {
    const n = writer.name();
    bylineBlock(rng.chance(0.5) ? `□ ${n}` : n, [AUTHOR_LINE('作者', n)]);
  } else if (shape === 'lead' || shape === 'interview' || shape === 'feature') {
    const a = writer.name();
    if (rng.chance(0.25)) bylineBlock(`记者 ${a}`, [AUTHOR_LINE('记者', a)]);
    else if (rng.chance(0.35)) {
      const c = writer.name();
      bylineBlock(`本报记者 ${a} 通讯员 ${c}`, [AUTHOR_LINE('记者', a), AUTHOR_LINE('通讯员', c)]);
    } else bylineBlock(`本报记者 ${a}`, [AUTHOR_LINE('记者', a)]);
    if (truth.subtitle?.startsWith('访')) truth.kind = '访谈';
  } else if (shape === 'news' || shape === 'brief' || shape === 'wire') {
    const credits = datelineCredits(ctx);
    let dateline = '本报讯';
    if (shape === 'wire') {
      const where = rng.chance(0.5) ? rng.pick(CITIES) : rng.pick(PROVINCES).slice(0, 2);
      dateline = rng.chance(0.5)
        ? `本报${where}${writer.datelineDay()}电`
        : `新华社${where}${writer.datelineDay()}电`;
    } else if (rng.chance(0.1)) dateline = `本报${rng.pick(COUNTIES)}${writer.datelineDay()}电`;
    const withCredit = !dateline.startsWith('新华社') || rng.chance(0.5);
    datelinePrefix = p(withCredit ? `${dateline}（${credits.text}）` : dateline);
    truth.dateline = dateline;
    truth.byline = withCredit ? datelinePrefix : null;
    truth.authors = withCredit ? credits.authors : [];
    truth.kind = '消息';
  }

  // Body.
  const [minParagraphs, maxParagraphs] = PARAGRAPHS[shape];
  const paragraphs = rng.int(minParagraphs, maxParagraphs);
  const subheadingAt = new Set<number>();
  if ((shape === 'lead' || shape === 'feature') && rng.chance(0.6)) {
    for (let i = 0, n = rng.int(1, 3); i < n; i++) subheadingAt.add(rng.int(1, Math.max(1, paragraphs - 1)));
  }
  const hostileAt = ctx.hostile ? rng.int(0, paragraphs - 1) : -1;
  // Meeting reports and plans enumerate their points: `1.加快…` / `一是…` / `（一）…` open a run of
  // paragraphs (and look like Markdown list items to a converter).
  const listStyle = shape !== 'prose' && shape !== 'brief' && rng.chance(0.1) ? rng.int(0, 2) : -1;
  const listStart = listStyle >= 0 ? rng.int(1, Math.max(1, paragraphs - 2)) : -1;
  const listLength = rng.int(2, 4);
  for (let i = 0; i < paragraphs; i++) {
    if (subheadingAt.has(i)) truth.body.push({ type: 'subheading', text: p(writer.subheading(topic)) });
    let text = writer.paragraph(topic, 2, 6);
    const item = i - listStart;
    if (listStart >= 0 && item >= 0 && item < listLength) {
      const label =
        listStyle === 0
          ? `${item + 1}.`
          : listStyle === 1
            ? `${LIST_ORDINALS[item] ?? ''}是`
            : `（${LIST_ORDINALS[item] ?? ''}）`;
      text = label + writer.verbPhrase(topic) + '。' + text;
    }
    if (i === hostileAt)
      text = rng.chance(0.5) ? writer.hostileSentence() + text : text + writer.hostileSentence();
    text = p(text);
    if (i === 0) text = datelinePrefix + text;
    truth.body.push({ type: 'paragraph', text });
  }

  // The extraction lost the opening: the body starts mid-sentence (only under a byline block).
  const lossRate =
    shape === 'interview'
      ? 0.35
      : shape === 'lead' || shape === 'feature' || shape === 'signed' || shape === 'prose'
        ? 0.06
        : 0;
  const first = truth.body[0];
  if (jump.from === null && first?.type === 'paragraph' && rng.chance(lossRate)) {
    const rest = loseOpening(rng, first.text);
    if (rest) {
      first.text = rest;
      truth.openingMissing = true;
    }
  }

  if (shape === 'reprint')
    truth.trailer = p(
      rng.pick(['据新华社', '（据新华社）', '（据《人民日报》）', '据《浙江日报》', '（据浙江在线）']),
    );

  // Print: paragraphs may break across columns into two blocks.
  const blocks = [...head];
  for (const block of truth.body) {
    if (block.type === 'subheading') {
      blocks.push(block.text);
      continue;
    }
    const broken = rng.chance(0.12) ? breakParagraph(rng, block.text) : null;
    const indent = ctx.indent ? '\u3000\u3000' : '';
    if (broken) blocks.push(indent + broken[0], broken[1]);
    else blocks.push(indent + block.text);
  }
  if (truth.trailer) blocks.push(truth.trailer);
  if (jump.on !== null) blocks.push(p(`（下转第${pageNumberToChinese(jump.on)}版）`));
  // As on the seed page, the extraction emits a column's banner after the column's text: `诚信丽水`
  // follows the last paragraph of the 诚信履行贷 story, ahead of the next headline stack.
  if (truth.column) blocks.push(truth.column);
  return { blocks, truth };
}

function caption(ctx: PageContext): string {
  const { rng, writer } = ctx;
  const scene = `${rng.chance(0.5) ? '图为' : ''}${writer.place()}${rng.pick(['', '的'])}${writer.headline('society').replace(/\s/gu, '')}现场`;
  const credit = rng.pick([
    `记者 ${writer.name()} 摄`,
    `通讯员 ${writer.name()} 摄`,
    '受访者供图',
    `${writer.organisation()}供图`,
    `本报记者 ${writer.name()} 摄`,
  ]);
  return applyPunctuationStyle(`${scene}。${rng.chance(0.5) ? ' ' : ''}${credit}`, ctx.style, rng);
}

/** Builds one page's text and truth. `jumps` are the continuations touching this page. */
export function renderPage(
  rng: Rng,
  writer: Writer,
  pageName: string,
  page: number,
  jumps: readonly Jump[],
  jumpRng: (key: number) => { rng: Rng; writer: Writer },
  furniture: Furniture = { head: null, foot: null },
): { text: string; truth: PageTruth } {
  const style: PunctuationStyle = rng.chance(0.55) ? 'ascii' : rng.chance(0.75) ? 'full' : 'mixed';
  const ctx: PageContext = { rng, writer, style, indent: rng.chance(0.08), hostile: rng.chance(0.06) };
  const shapes = chooseShapes(rng, pageName);
  const rendered: RenderedArticle[] = [];
  const captions: string[] = [];
  if (furniture.head) rendered.push({ blocks: [furniture.head], truth: null });

  for (const jump of jumps) {
    if (jump.toPage !== page) continue;
    // The continued half is written from its own stream so that it does not depend on this page's.
    const own = jumpRng(jump.key);
    const jctx: PageContext = { ...ctx, rng: own.rng, writer: own.writer, hostile: false };
    rendered.push(
      renderArticle(jctx, pageName, 'feature', { on: null, from: jump.fromPage, title: jump.title }),
    );
  }
  shapes.forEach((shape, i) => {
    const jump = i === 0 ? jumps.find((j) => j.fromPage === page) : undefined;
    rendered.push(
      renderArticle(ctx, pageName, shape, {
        on: jump?.toPage ?? null,
        from: null,
        title: jump?.title ?? null,
      }),
    );
    if (shape !== 'prose' && rng.chance(0.12)) {
      const text = caption(ctx);
      captions.push(text);
      rendered.push({ blocks: [text], truth: null });
    }
  });

  if (furniture.foot) rendered.push({ blocks: [furniture.foot], truth: null });

  // Blocks are separated by blank lines; extraction leaves a few leading blank lines and some
  // doubled gaps.
  let text = '\n'.repeat(rng.int(0, 4));
  let firstBlock = true;
  for (const article of rendered) {
    for (const block of article.blocks) {
      if (!firstBlock) text += rng.chance(0.04) ? '\n\n\n' : '\n\n';
      text += block;
      firstBlock = false;
    }
  }
  if (rng.chance(0.5)) text += '\n';
  return {
    text,
    truth: {
      articles: rendered.map((r) => r.truth).filter((t): t is ArticleTruth => t !== null),
      captions,
      furniture: [furniture.head, furniture.foot].filter((t): t is string => t !== null),
    },
  };
}
