// Reads bylines and datelines, the two ways a page credits a piece: `本报记者 叶江`,
// `丽水市委常委、莲都区委书记 张壮雄`, `本报讯(记者 郭真 通讯员庄啸)`, `新华社北京3月4日电`.
// Used by classify (is this block a byline?) and segment (who wrote it, where was it filed).
import type { Author } from './types';

/** A byline as printed and the people it credits. */
export interface Byline {
  text: string;
  authors: Author[];
  /** True for an official's title and name (`莲都区委书记 张壮雄`), which makes a piece a 署名文章. */
  official: boolean;
}

/** A dateline opening a paragraph: `本报讯(记者 叶江)昨日下午…` → dateline 本报讯, byline `本报讯(记者 叶江)`. */
export interface Dateline {
  dateline: string;
  /** The dateline and its bracketed credit as printed, or null when no credit follows. */
  byline: string | null;
  authors: Author[];
}

// Staff roles a newspaper prints before names. Longer words first so that 特约评论员 wins over 评论员.
const ROLES = [
  '特约评论员',
  '特派记者',
  '驻站记者',
  '首席记者',
  '特约记者',
  '见习记者',
  '实习记者',
  '摄影记者',
  '融媒记者',
  '特约通讯员',
  '评论员',
  '通讯员',
  '实习生',
  '记者',
];
// Who a role belongs to: 本报记者, 新华社记者, 人民日报评论员, and where the reporter is posted or sent:
// 本报驻埃及记者, 本报赴阿联酋特派记者. At most 6 characters of outlet name, 8 of place.
const ROLE_TOKEN = new RegExp(
  `^((?:(?:本报|本刊|本台|\\p{Script=Han}{2,6}(?:社|报|台|网))(?:[驻赴]\\p{Script=Han}{1,8}?)?)?)(${ROLES.join('|')})(.*)$`,
  'u',
);
// A personal name: 2–4 Han characters, or a transliterated name with a middle dot (阿依·木拉提).
// Any Han character counts, rare ones of CJK Extension A–H too (王䶮, 赵孟𫖯), each with an optional
// ideographic variation selector (葛󠄀城) that picks its printed glyph.
const HAN_CHAR = '\\p{Script=Han}\\p{Variation_Selector}?';
const NAME = new RegExp(`^(?:${HAN_CHAR}){2,4}$|^(?:${HAN_CHAR}){1,6}[·•](?:${HAN_CHAR}){1,6}$`, 'u');
// An official's title ends in an office: 书记, 市长, 局长, 主任, 常委, 代表, 主席…
const OFFICE_END =
  /(?:书记|长|主任|委员|常委|代表|主席|专员|政委|教授|研究员|经理|董事|会长|总编辑|主编|负责人|干部|法官|检察官|馆员|院士)$/;
// Printed ornaments before a byline: □本报记者, ■, ●, 文/.
const ORNAMENT = /^[□■●◆◇○◎▲△★☆▼]\s*/;

// Two-character names are often printed with a space between the characters to fill the width of
// three (`景 玥`, `刘 慧`): two lone Han characters in a row are one name.
function mergeSpacedNames(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1];
    if (SINGLE_HAN.test(token) && next !== undefined && SINGLE_HAN.test(next)) {
      out.push(token + next);
      i++;
    } else {
      out.push(token);
    }
  }
  return out;
}

const BARE_NAME = new RegExp(`^(?:${HAN_CHAR}){2,3}$`, 'u');
const SINGLE_HAN = new RegExp(`^${HAN_CHAR}$`, 'u');

function splitNames(text: string): string[] {
  return mergeSpacedNames(text.split(/[\s、,，]+/).filter((name) => name !== ''));
}

/**
 * Parses a staff byline: `本报记者 叶江`, `记者 濮小燕`, `本报记者 姚迪 汪峰立`, `记者 郭真 通讯员庄啸`,
 * `本报评论员` (credited as a name of its own, role 评论员), or the same in brackets `（记者 张三）`.
 * Returns null for anything else, e.g. the column name `记者手记`.
 */
export function parseStaffByline(printed: string): Byline | null {
  const text = printed.replace(ORNAMENT, '').trim();
  const inner = /^[(（](.*)[)）]$/.exec(text)?.[1] ?? text;
  if (inner.length > 60 || /[。！？；]/.test(inner)) return null;
  // Every staff role ends in one of these words (ROLES): most text fails here, cheaply.
  if (!/记者|通讯员|评论员|实习生/.test(inner)) return null;
  const tokens = mergeSpacedNames(inner.split(/\s+/).filter((t) => t !== ''));
  // What the staff did, printed after the names (`记者 林晓岚 通讯员 刘春生 报道`): no author.
  if (tokens.length > 2 && STAFF_WORK.test(tokens[tokens.length - 1] ?? '')) tokens.pop();
  const authors: Author[] = [];
  let role: string | null = null;
  for (const token of tokens) {
    const match = ROLE_TOKEN.exec(token);
    if (match) {
      const [, outlet = '', word = '', glued = ''] = match;
      role = word;
      if (glued === '') continue;
      // `通讯员庄啸` prints the name glued to the role; only trust that inside a longer byline or
      // after an outlet (`本报记者叶江`), because a lone `记者手记` is a column name, not a credit.
      if (tokens.length < 2 && outlet === '') return null;
      for (const name of splitNames(glued)) {
        if (!NAME.test(name)) return null;
        authors.push({ name, role: word });
      }
      continue;
    }
    if (role === null) return null;
    for (const name of splitNames(token)) {
      if (!NAME.test(name)) return null;
      authors.push({ name, role });
    }
  }
  if (role === null) return null;
  // `本报评论员` credits a role, not a person: the page's own voice signs with it as a name.
  if (authors.length === 0) {
    if (tokens.length !== 1) return null;
    authors.push({ name: tokens[0] ?? '', role });
  }
  return { text: printed, authors, official: false };
}

// The work a staff byline credits, as a last word of its own: reported, compiled, photographed.
const STAFF_WORK = /^(?:报道|整理|采写|采访整理|摄|摄影|文|图|文图|文[/／]图|图[/／]文|文[/／]摄|供稿|综合)$/;

/**
 * Parses an official's signed byline: an office title, a space, a name.
 * `丽水市委常委、莲都区委书记 张壮雄` → `{ name: '张壮雄', role: '丽水市委常委、莲都区委书记' }`.
 */
export function parseOfficialByline(printed: string): Byline | null {
  const text = printed.replace(ORNAMENT, '').trim();
  if (text.length > 50 || /[，,。；;：:！？!?()（）“”]/.test(text)) return null;
  const cut = text.lastIndexOf(' ');
  if (cut <= 0) return null;
  const title = text.slice(0, cut).trim();
  const name = text.slice(cut + 1);
  if (!NAME.test(name) || !OFFICE_END.test(title) || title.length < 2) return null;
  return { text: printed, authors: [{ name, role: title }], official: true };
}

// A box's label after an ornament (`■专家观点`, `●相关链接`) is set like a writer's byline: four
// characters ending in a label's noun are no name.
const BOX_LABEL_WORD =
  /^\p{Script=Han}{2}(?:观点|链接|解读|观察|点评|短评|手记|阅读|资料|背景|提示|贴士|速递|速览|快讯|声音|数据|现场|调查|视点|档案)$/u;

// A writer's own byline, as features and 副刊 print it: `□ 朱焱`, `文/张三`, `文 | 李四 图 | 王五`.
const WRITER_MARK = /^(?:[□■●◆◇○◎]|文\s?[/／|｜]|图\s?[/／|｜]|文图\s?[/／|｜]|文\s?[/／|｜]\s?图)\s*/;

/** Parses a writer's byline `□ 朱焱` or `文/张三` (role 作者; 摄影 after 图/), or returns null. */
export function parseWriterByline(printed: string): Byline | null {
  const text = printed.trim();
  const authors: Author[] = [];
  // `文/张三 图/李四`: each mark credits the names after it.
  const parts = text.split(/(?=(?:文|图|文图)\s?[/／|｜])/);
  for (const part of parts) {
    const mark = WRITER_MARK.exec(part);
    if (!mark) return null;
    const role = /^图\s?[/／|｜]/.test(mark[0]) ? '摄影' : '作者';
    const names = splitNames(part.slice(mark[0].length));
    if (names.length === 0) return null;
    for (const name of names) {
      if (!NAME.test(name) || BOX_LABEL_WORD.test(name)) return null;
      authors.push({ name, role });
    }
  }
  return authors.length > 0 ? { text: printed, authors, official: false } : null;
}

// A writer's line under a title, as essay and reader pages print it: a label and a name
// (`讲述人：陈立民`, `口述：张三`), or where the writer is from and the name (`青禾县实验小学四(2)班 苏念`,
// `北京朝阳 施 芳`). Only read under a title: on its own such a line could be a two-part headline.
const LABELLED_WRITER = /^(?:讲述人|口述人?|整理|撰文|作者|采写|文)\s?[:：]\s?(\S.{0,14})$/;

/**
 * Parses a writer's line printed under a title (`讲述人：陈立民`, `青禾县实验小学四(2)班 苏念`,
 * `北京朝阳 施 芳`), or returns null. Names are 2–3 Han characters; the place or school before them
 * holds no clause punctuation.
 */
export function parseWriterLine(printed: string): Byline | null {
  const text = printed.trim();
  // (A dash-led line names whom the piece is about: a subtitle, `——访市金融办主任 潘文涛`.)
  if (/^[—－]{1,2}/.test(text)) return null;
  const byline = parseByline(text);
  if (byline !== null) return byline;
  const labelled = LABELLED_WRITER.exec(text);
  if (labelled !== null) {
    const names = splitNames(labelled[1] ?? '');
    if (names.length === 0 || !names.every((name) => NAME.test(name))) return null;
    return { text: printed, authors: names.map((name) => ({ name, role: '作者' })), official: false };
  }
  // A pupil's line may name the teacher who guided the piece, who is no author of it:
  // `…三（1）班 周小雨 指导老师 吴丹`.
  const guided = ADVISER.exec(text);
  const writer = guided === null ? text : text.slice(0, guided.index);
  if (writer.length > 40 || /[，,。；;：:！？!?“”]/.test(writer)) return null;
  const tokens = writer.split(' ');
  const from = tokens[0] ?? '';
  const names = mergeSpacedNames(tokens.slice(1));
  if (tokens.length < 2 || from.length < 2 || names.length === 0 || names.length > 3) return null;
  if (!names.every((name) => BARE_NAME.test(name))) return null;
  return { text: printed, authors: names.map((name) => ({ name, role: '作者' })), official: false };
}

// The teacher named after a pupil's byline: `指导老师 吴丹`, `指导教师：吴丹`.
const ADVISER = /\s指导(?:老师|教师)\s?[:：]?\s?\p{Script=Han}{2,4}$/u;

/** True for a block that is only a personal name (`朱焱`): a byline when it stands under a headline. */
export function isBareName(text: string): boolean {
  return BARE_NAME.test(text.trim());
}

/** Parses a block that is only a byline (staff, writer or official), or returns null. */
export function parseByline(printed: string): Byline | null {
  // No byline runs past a line of type; long blocks are text (and skipping them keeps parsing fast).
  // (A dash-led line is a subtitle, `——访市金融办主任 潘文涛`, naming whom the piece is about.)
  if (printed.length > 80 || /^[—－]{1,2}/.test(printed)) return null;
  // `文/图 本报记者 周原`: the words and the pictures are by the staff named after the mark.
  const staffCredit = WORDS_AND_PICTURES.exec(printed);
  if (staffCredit !== null) {
    const staff = parseStaffByline(printed.slice(staffCredit[0].length));
    if (staff !== null) return { ...staff, text: printed };
  }
  return parseStaffByline(printed) ?? parseWriterByline(printed) ?? parseOfficialByline(printed);
}

// A mark crediting words and pictures at once, before a staff byline: `文/图`, `图/文`, `文图：`.
const WORDS_AND_PICTURES = /^(?:文\s?[/／|｜]\s?图|图\s?[/／|｜]\s?文|文图\s?[:：/／])\s*/;

const NUM = '(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})';
// 本报讯 / 本刊讯 / 浙江日报讯; 本报北京1月18日电; 新华社北京3月4日电; 中新社杭州5月1日专电.
const DATELINE = new RegExp(
  `^(?:[□■●◆▲]\\s*)?(?:据)?(本报讯|本刊讯|本台讯|本报\\p{Script=Han}{1,6}讯|\\p{Script=Han}{2,6}(?:报|网|台|社)讯|` +
    `(?:本报|\\p{Script=Han}{2,6}(?:社|报|网|台))\\p{Script=Han}{0,8}?${NUM}月${NUM}日(?:专|急)?电)`,
  'u',
);
const CREDIT = /^\s{0,2}[(（]([^()（）]{1,60})[)）]/;

// A credit printed without brackets after the dateline, each role and name set off by spaces, as
// some county papers print it: `本报讯 记者 叶青 通讯员 蓝海 县委报道组 吴越 近日，…`.
// A role in such a credit: 记者, 本报见习记者, 通讯员, 实习生, or a desk like 县委报道组.
const OPEN_ROLE = /(?:(?:本报)?(?:见习)?(?:记者|通讯员|实习生)|\p{Script=Han}{1,6}报道组)/u;
const OPEN_CREDIT_ROLE = new RegExp(`^${OPEN_ROLE.source}$`, 'u');
// One role and the one to three names after it, each name followed by a space.
const OPEN_CREDIT_GROUP = `${OPEN_ROLE.source}(?:\\s\\p{Script=Han}{2,4}(?=\\s)){1,3}`;
const OPEN_CREDIT = new RegExp(`^\\s(${OPEN_CREDIT_GROUP}(?:\\s${OPEN_CREDIT_GROUP})*)\\s`, 'u');

function readOpenCredit(paragraph: string, from: number, dateline: string): Dateline {
  const credit = OPEN_CREDIT.exec(paragraph.slice(from));
  if (credit === null) return { dateline, byline: null, authors: [] };
  const authors: Author[] = [];
  let role = '';
  for (const token of (credit[1] ?? '').split(' ')) {
    if (OPEN_CREDIT_ROLE.test(token)) role = token.replace(/^本报/, '');
    else authors.push({ name: token, role });
  }
  const byline = paragraph.slice(0, from + 1 + (credit[1] ?? '').length).replace(/^[□■●◆▲]\s*/, '');
  return { dateline, byline, authors };
}

/**
 * Reads the dateline that opens a news paragraph: `本报讯(记者 郭真 通讯员庄啸)作为…` →
 * dateline 本报讯, byline `本报讯(记者 郭真 通讯员庄啸)`, authors 郭真 记者 and 庄啸 通讯员.
 */
export function parseDateline(paragraph: string): Dateline | null {
  // Every dateline ends in 讯 or 电 within its first 20-odd characters; most paragraphs fail here.
  if (!/[讯电]/.test(paragraph.slice(0, 28))) return null;
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  const dateline = match[1] ?? '';
  const rest = paragraph.slice(match[0].length);
  const credit = CREDIT.exec(rest);
  if (!credit) return readOpenCredit(paragraph, match[0].length, dateline);
  const staff = parseStaffByline(credit[1] ?? '');
  return {
    dateline,
    byline: paragraph.slice(match.index, match[0].length + credit[0].length).replace(/^[□■●◆▲]\s*/, ''),
    authors: staff ? staff.authors : [],
  };
}
