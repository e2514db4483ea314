// One article: headings, byline, where it ran, body, continuation, citation and sharing.
// example: /articles/2022-03-06_12-01-03/
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArchive } from '@/lib/site/data';
import { plannedParams } from '@/lib/build/render-plan';
import { continuationTarget, findSection, issueOf, readingNeighbours } from '@/lib/content/archive';
import { renderMarkdown } from '@/lib/content/render';
import { BODY_FILLED_AFTER_BUILD } from '@/lib/site/body-slot';
import {
  articleDocumentTitle,
  formatIssueDate,
  formatPageLabel,
  machineIssueDate,
  formatPageNumber,
  gbtCitation,
  plainCitation,
} from '@/lib/site/format';
import { articleDescription, articleJsonLd, citationMeta, serializeJsonLd } from '@/lib/site/article-meta';
import { absoluteUrl, href, paths } from '@/lib/site/urls';
import { siteConfig } from '@/lib/site/config';
import { articleCrumbs, neighbourCaption } from '@/lib/site/navigation';
import { Breadcrumbs } from '@/app/_components/breadcrumbs';
import { Pager } from '@/app/_components/pager';
import { ShareBar } from '@/app/_components/share-bar';
import { QrCode } from '@/app/_components/qr-code';
import { shareCardImage, shareCardJsonLd } from '@/app/share-image';

export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

/** Every article id in the archive (in an incremental build, only the changed ones). */
export function generateStaticParams() {
  const params = [...getArchive().articleById.keys()].map((id) => ({ id }));
  return plannedParams(params, ({ id }) => paths.article(id));
}

/** Title, canonical, Open Graph and Twitter card (with the share card image) and `citation_*` meta. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const article = getArchive().articleById.get(id);
  if (!article) return {};
  const url = absoluteUrl(paths.article(article.id));
  const title = articleDocumentTitle(article);
  const description = articleDescription(article);
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: url, types: { 'application/json': absoluteUrl(paths.articleData(article.id)) } },
    openGraph: {
      type: 'article',
      url,
      title,
      description,
      siteName: siteConfig.siteName,
      locale: 'zh_CN',
      section: article.pageName ?? undefined,
      authors: article.authors.map((author) => author.name),
      images: [shareCardImage()],
    },
    // 'summary' (a square thumbnail), because the card is square.
    twitter: { card: 'summary', title, description, images: [shareCardImage()] },
    other: citationMeta(article),
  };
}

/** The article page. */
export default async function ArticlePage({ params }: Props) {
  const { id } = await params;
  const archive = getArchive();
  const article = archive.articleById.get(id);
  const issue = article ? issueOf(archive, article) : undefined;
  if (!article || !issue) notFound();

  const { prev, next } = readingNeighbours(archive, article);
  const continuation = continuationTarget(archive, article);
  const url = absoluteUrl(paths.article(article.id));
  const dateLabel = formatIssueDate(article.date);
  const pageLabel = formatPageLabel(article.page, article.pageName);
  const columnSection = findSection(archive, 'column', article.column);
  const kindSection = findSection(archive, 'kind', article.kind);

  return (
    <>
      <Breadcrumbs crumbs={articleCrumbs(issue, article)} />
      <article className="article" data-highlight-root>
        <header className="article-header">
          {article.kicker ? <p className="kicker">{article.kicker}</p> : null}
          <h1>{article.title}</h1>
          {article.subtitle ? <p className="subtitle">{article.subtitle}</p> : null}
          {article.byline ? (
            <p className="byline">{article.byline}</p>
          ) : article.authors.length > 0 ? (
            <p className="byline">
              {article.authors.map((author) => `${author.role} ${author.name}`).join('　')}
            </p>
          ) : null}
          <p className="article-meta">
            <a href={href('issue', issue.key)}>
              <time dateTime={machineIssueDate(article.date) ?? undefined}>{dateLabel}</time>
            </a>
            <a href={href('page', issue.key, article.page)}>{pageLabel}</a>
            {columnSection ? (
              <a href={href('section', columnSection.slug)}>栏目：{columnSection.name}</a>
            ) : null}
            {kindSection ? <a href={href('section', kindSection.slug)}>{kindSection.name}</a> : null}
          </p>
          {article.dateNote ? <p className="note">日期说明：{article.dateNote}</p> : null}
          {/* Archives that publish machine-read text say so: readers can tell checked text from raw. */}
          <p className="proofread" data-checked={article.checked ? 'true' : 'false'}>
            {article.checked
              ? '已校对：本文的切分与文字经编辑对照原版核对。'
              : '本文由原版文字自动切分，未经人工校对，可能有误。'}
          </p>
          {article.openingMissing ? <p className="note">原版面提取时本文开头缺失，正文从句中开始。</p> : null}
          {article.continuedFrom !== null ? (
            <p className="continuation">（上接{formatPageNumber(article.continuedFrom)}）</p>
          ) : null}
        </header>
        {BODY_FILLED_AFTER_BUILD ? (
          <div className="article-body" data-article-body data-body-slot={article.id} />
        ) : (
          <div className="article-body" data-article-body>
            {renderMarkdown(article.body)}
          </div>
        )}
        {article.continuedOn !== null ? (
          <p className="continuation">
            {continuation?.type === 'article' ? (
              <a href={href('article', continuation.article.id)}>
                （下转{formatPageNumber(article.continuedOn)}：阅读续文）
              </a>
            ) : continuation?.type === 'page' ? (
              <a href={href('page', continuation.issue.key, continuation.page.page)}>
                （下转{formatPageNumber(article.continuedOn)}）
              </a>
            ) : (
              <>（下转{formatPageNumber(article.continuedOn)}，本档案暂未收录该版）</>
            )}
          </p>
        ) : null}
        <section className="cite-box" aria-labelledby="cite-heading">
          <h2 id="cite-heading">引用与分享</h2>
          <dl>
            <dt>出处</dt>
            <dd>{plainCitation(article)}</dd>
            <dt>GB/T 7714</dt>
            <dd>{gbtCitation(article)}</dd>
            <dt>链接</dt>
            <dd>
              <a href={url}>{url}</a>
            </dd>
            <dt className="no-print">开放数据</dt>
            <dd className="no-print">
              <a href={href('articleData', article.id)}>JSON</a>
            </dd>
          </dl>
          <ShareBar url={url} title={article.title} />
          <QrCode url={url} />
        </section>
      </article>
      {/* Reading order runs on across 版面 and issues; a step that leaves the 版面 says where it lands. */}
      <Pager
        label="上下篇"
        prev={
          prev
            ? {
                href: href('article', prev.article.id),
                label: prev.article.title,
                caption: neighbourCaption('prev', prev),
              }
            : undefined
        }
        next={
          next
            ? {
                href: href('article', next.article.id),
                label: next.article.title,
                caption: neighbourCaption('next', next),
              }
            : undefined
        }
      />
      <script
        type="application/ld+json"
        // schema.org requires an image for a NewsArticle; every article shares the paper's card.
        dangerouslySetInnerHTML={{
          __html: serializeJsonLd({ ...articleJsonLd(article), image: shareCardJsonLd() }),
        }}
      />
    </>
  );
}
