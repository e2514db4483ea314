// The editors' review pages as HTML strings (a local tool: `npm run review`, never deployed).
// Every page text is escaped: a source page is untrusted input.
import type { PageManifest } from '../content/schema';
import type { ParsedArticle, ReviewReason } from '../parser/types';
import { escapeHtml } from '../site/static-files';
import { statementsFor, type LineView } from './line-roles';

/** One source page as the review tool shows it. */
export interface ReviewPage {
  stem: string;
  manifest: PageManifest;
  articles: ParsedArticle[];
  fragmentCount: number;
  lines: LineView[];
  /** The page's layout file text, or null when it has none. */
  layout: string | null;
}

/** What each review reason asks the editor to check (the reasons are documented in lib/parser/types.ts). */
export const REASON_LABELS: Record<ReviewReason, string> = {
  'opening-missing': '开头缺失：正文从句中开始，核对原版是否漏了开头',
  'headline-two-ways': '标题两可：两行标题可读作引题＋主题，也可读作主题＋副题',
  'weak-boundary': '分篇存疑：紧接上文的新标题，可能是上一篇的小标题',
  subheadings: '小标题：文中一两行被读作小标题，可能其实是新文章的标题',
  'summary-lines': '提要：标题与正文之间的行被读作提要或标签',
};

const ROLE_LABELS: Record<LineView['role'], string> = {
  blank: '',
  kicker: '引题',
  title: '主题',
  subtitle: '副题',
  column: '栏目',
  byline: '署名',
  paragraph: '正文',
  subheading: '小标题',
  marker: '标记',
  fragment: '未归入文章',
  furniture: '报眉／版面杂项',
};

const STYLE = `
body{font:15px/1.6 "Noto Sans CJK SC",system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1rem 1.5rem;color:#222;background:#fcfbf8}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e3ded5;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f1ede5;position:sticky;top:0}
.num{color:#888;text-align:right;font-variant-numeric:tabular-nums;width:3em}
.role{white-space:nowrap;width:9em}.role span{display:inline-block;padding:0 .4em;border-radius:3px;font-size:.85em}
.r-title span{background:#9b1c1c;color:#fff}.r-kicker span,.r-subtitle span,.r-column span{background:#f3d9d9}
.r-byline span{background:#dbe7f5}.r-paragraph span{background:#eee}.r-subheading span{background:#f6e7bf}
.r-fragment span{background:#ffd7a8}.r-furniture span{background:#ddd;color:#555}.r-marker span{background:#e2d7f3}
tr.a-even td.text{background:#fff}tr.a-odd td.text{background:#f6f9fc}
.reasons{margin:.2rem 0 0;padding-left:1.2rem;color:#8a4b00}
code{user-select:all;background:#f4f1ea;padding:0 .3em;font-size:.85em}
details summary{cursor:pointer;color:#555;font-size:.85em}details code{display:block;margin:.1rem 0;white-space:nowrap}
td.fix{width:19em}tr.blank td{padding:0;height:.35rem;font-size:0}
.flag{color:#8a4b00;font-weight:600}
`;

function layoutHtml(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

function reasonsOf(page: ReviewPage): ReviewReason[] {
  return page.articles.flatMap((article) => article.review);
}

/** The index: every source page, those whose articles carry review reasons first. */
export function renderIndex(pages: readonly ReviewPage[]): string {
  const sorted = [...pages].sort(
    (a, b) => reasonsOf(b).length - reasonsOf(a).length || (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0),
  );
  const rows = sorted
    .map((page) => {
      const reasons = reasonsOf(page);
      const counts = new Map<ReviewReason, number>();
      for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
      const list = [...counts]
        .map(([reason, n]) => `${escapeHtml(REASON_LABELS[reason].split('：')[0] ?? reason)} ×${n}`)
        .join('、');
      return `<tr><td><a href="/pages/${encodeURIComponent(page.stem)}/">${escapeHtml(page.stem)}</a></td><td>${escapeHtml(page.manifest.paper)} ${escapeHtml(page.manifest.date)} 第${page.manifest.page}版 ${escapeHtml(page.manifest.pageName ?? '')}</td><td class="num">${page.articles.length}</td><td class="num">${page.fragmentCount}</td><td>${reasons.length > 0 ? `<span class="flag">${list}</span>` : '—'}${page.layout !== null ? '（有版面改正）' : ''}</td></tr>`;
    })
    .join('');
  return layoutHtml(
    '校对：全部版面',
    `<h1>校对：全部版面（${pages.length}）</h1><p>先看有待核原因的版面。点开一个版面，左边是原文的每一行，右边是它在切分结果中的角色；要改切分，把行旁的改正语句复制到 <code>content/sources/&lt;版面&gt;.layout.yaml</code>，再运行 <code>npm run ingest</code>。</p><table><thead><tr><th>版面文件</th><th>报纸与日期</th><th>文章</th><th>未归入</th><th>待核</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

/** One page: its articles with their review reasons, then every source line beside what it became. */
export function renderPage(page: ReviewPage): string {
  const articles = page.articles
    .map((article, index) => {
      const reasons = article.review
        .map((reason) => `<li>${escapeHtml(REASON_LABELS[reason])}</li>`)
        .join('');
      return `<li><a href="#l${article.lines.start}">第${index + 1}篇</a>（第${article.lines.start}–${article.lines.end}行）<strong>${escapeHtml(article.title)}</strong>${reasons ? `<ul class="reasons">${reasons}</ul>` : ''}</li>`;
    })
    .join('');
  const rows = page.lines
    .map((view) => {
      if (view.role === 'blank')
        return `<tr id="l${view.line}" class="blank"><td class="num"></td><td></td><td></td><td></td></tr>`;
      const parity =
        view.article === null ? '' : view.article % 2 === 0 ? ' class="a-even"' : ' class="a-odd"';
      const where = view.article === null ? '' : ` 第${view.article}篇`;
      const statements = statementsFor(view)
        .map((statement) => `<code>${escapeHtml(statement)}</code>`)
        .join('');
      return `<tr id="l${view.line}"${parity}><td class="num">${view.line}</td><td class="text">${escapeHtml(view.text)}</td><td class="role r-${view.role}"><span>${ROLE_LABELS[view.role]}</span>${where}</td><td class="fix"><details><summary>改正</summary>${statements}</details></td></tr>`;
    })
    .join('');
  const layout =
    page.layout === null
      ? '<p>本版还没有版面改正文件。</p>'
      : `<h2>现有版面改正（${escapeHtml(page.stem)}.layout.yaml）</h2><pre>${escapeHtml(page.layout)}</pre>`;
  return layoutHtml(
    `校对：${page.stem}`,
    `<p><a href="/">← 全部版面</a></p><h1>${escapeHtml(page.manifest.paper)} ${escapeHtml(page.manifest.date)} 第${page.manifest.page}版 ${escapeHtml(page.manifest.pageName ?? '')}</h1><p>原文：<code>content/sources/${escapeHtml(page.stem)}.txt</code></p><h2>切分出的文章（${page.articles.length}）</h2><ol>${articles}</ol>${layout}<h2>逐行对照</h2><table><thead><tr><th>行</th><th>原文</th><th>角色</th><th>改正语句（点选即全选，粘贴到 layout.yaml）</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}
