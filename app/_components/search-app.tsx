'use client';
// The search page's client: form, filters, results and pagination, with the state in the URL.
// The search client (and through it the worker) is loaded with import() once the page is up.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { SearchClient } from '@/lib/search/client';
import type { SearchResponse, SearchResult, SectionCount } from '@/lib/search/engine';
import type { SearchFacets } from '@/lib/search/format';
import { formatIssueDate, formatPageNumber } from '@/lib/site/format';
import { SearchMarked } from './search-marked';
import { useDocumentTitle } from './use-document-title';
import {
  activeFilters,
  clearFilter,
  EMPTY_SEARCH,
  invalidDateFilters,
  MAX_QUERY_LENGTH,
  queryWasCut,
  searchDocumentTitle,
  searchStateFromParams,
  searchStateToQueryString,
  type SearchState,
} from './search-state';
import styles from '@/app/search/search.module.css';

const TYPING_DELAY_MS = 150;

// Where the filters stop being a folded disclosure and show open (the site's 48rem breakpoint).
const WIDE_SCREEN = '(min-width: 48rem)';

type Status =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; response: SearchResponse }
  | { kind: 'error'; message: string };

/** The terms to highlight on the article page: the text that actually matched there, or the query terms. */
function highlightTerms(result: SearchResult, query: string): string {
  const matched = new Set<string>();
  for (const [start, end] of result.titleRanges) matched.add(result.title.slice(start, end));
  for (const [start, end] of result.snippet.ranges) matched.add(result.snippet.text.slice(start, end));
  for (const term of query.split(/\s+/)) if (term) matched.add(term.replace(/["“”「」『』]/g, ''));
  return [...matched].filter((term) => term.length > 0).join(' ');
}

// The label of a result that is text printed on a 版 but belonging to no article.
const UNPLACED_LABEL = '本版其他文字（未能归入文章）';

function ResultItem({
  result,
  query,
  articleBase,
  basePath,
}: {
  result: SearchResult;
  query: string;
  articleBase: string;
  basePath: string;
}) {
  // Unplaced text links to its place on the 版面 page; an article to its page, with highlights.
  const link =
    result.fragmentPath !== null
      ? `${basePath}${result.fragmentPath}`
      : `${articleBase.replace('__ID__', encodeURIComponent(result.id))}?hl=${encodeURIComponent(highlightTerms(result, query))}`;
  return (
    <li className={styles.result} data-kind={result.fragmentPath !== null ? 'unplaced' : 'article'}>
      {result.kicker ? (
        <p className={styles.kicker}>
          <SearchMarked text={result.kicker} ranges={result.kickerRanges} />
        </p>
      ) : null}
      <h2 className={styles.title}>
        <a href={link}>
          {result.fragmentPath !== null ? (
            UNPLACED_LABEL
          ) : (
            <SearchMarked text={result.title} ranges={result.titleRanges} />
          )}
        </a>
      </h2>
      {result.subtitle ? (
        <p className={styles.subtitle}>
          <SearchMarked text={result.subtitle} ranges={result.subtitleRanges} />
        </p>
      ) : null}
      <p className={styles.meta}>
        <span>{formatIssueDate(result.date)}</span> · <span>{formatPageNumber(result.page)}</span>{' '}
        <span>{result.pageName}</span>
        {result.column ? (
          <>
            {' · '}
            <span>
              栏目「
              <SearchMarked text={result.column.text} ranges={result.column.ranges} />」
            </span>
          </>
        ) : null}
        {result.credit ? (
          <>
            {' · '}
            <span>
              <SearchMarked text={result.credit.text} ranges={result.credit.ranges} />
            </span>
          </>
        ) : null}
      </p>
      {result.snippet.text ? (
        <p className={styles.snippet}>
          {result.snippet.cutStart ? '…' : ''}
          <SearchMarked text={result.snippet.text} ranges={result.snippet.ranges} />
          {result.snippet.cutEnd ? '…' : ''}
        </p>
      ) : null}
    </li>
  );
}

// One filter menu (版面, 栏目 or 体裁): every value with its count, and an option for all.
function FacetSelect({
  label,
  allLabel,
  value,
  options,
  onChange,
}: {
  label: string;
  allLabel: string;
  value: string;
  options: readonly SectionCount[];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.name} value={option.name}>
            {option.name}（{option.count}）
          </option>
        ))}
      </select>
    </label>
  );
}

function EmptyState({ state, hasFilters }: { state: SearchState; hasFilters: boolean }) {
  return (
    <div className={styles.empty} role="status">
      <p>
        没有找到包含“<strong>{state.q}</strong>”的文章或本版文字。
      </p>
      <ul>
        <li>检索是精确匹配：试试更短的词，或去掉一个词（多个词之间用空格分隔，须同时出现）。</li>
        {hasFilters ? <li>已设置版面或日期筛选：试试取消筛选。</li> : null}
        <li>繁体、全角字母数字和大小写都会自动归一，不必另行输入。</li>
      </ul>
    </div>
  );
}

/**
 * The search page app: reads and writes `?q=&section=&column=&kind=&from=&to=&sort=&page=`, and
 * keeps the query in the document title (`siteName` ends it).
 */
export function SearchApp({
  indexUrl,
  articleBase,
  basePath,
  siteName,
}: {
  indexUrl: string;
  articleBase: string;
  basePath: string;
  siteName: string;
}) {
  const [state, setState] = useState<SearchState>(EMPTY_SEARCH);
  const [draft, setDraft] = useState('');
  const [cut, setCut] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [sections, setSections] = useState<SectionCount[]>([]);
  const [facets, setFacets] = useState<SearchFacets>({ columns: [], kinds: [] });
  // Filter values from the URL that the archive does not have, shown to the reader and dropped.
  const [ignored, setIgnored] = useState<string[]>([]);
  // The filters fold into a disclosure on phones; wide screens open it (see WIDE_SCREEN).
  const [filtersOpen, setFiltersOpen] = useState(false);
  const clientRef = useRef<Promise<SearchClient> | null>(null);
  const requestRef = useRef(0);
  const typingRef = useRef<ReturnType<typeof setTimeout> | null>(null);

  const client = useCallback((): Promise<SearchClient> => {
    clientRef.current ??= import('@/lib/search/client').then(
      ({ SearchClient }) => new SearchClient(new URL(indexUrl, window.location.href).href),
    );
    return clientRef.current;
  }, [indexUrl]);

  const run = useCallback(
    async (next: SearchState) => {
      const id = ++requestRef.current;
      if (!next.q.trim()) {
        setStatus({ kind: 'idle' });
        return;
      }
      setStatus((previous) => (previous.kind === 'done' ? previous : { kind: 'loading' }));
      try {
        const response = await (
          await client()
        ).call('search', {
          query: next.q,
          section: next.section || null,
          column: next.column || null,
          kind: next.kind || null,
          from: next.from || null,
          to: next.to || null,
          sort: next.sort,
          page: next.page,
        });
        if (id === requestRef.current) setStatus({ kind: 'done', response });
      } catch (error) {
        if (id === requestRef.current)
          setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    },
    [client],
  );

  // Apply a state: update the URL (push for deliberate changes, replace while typing) and search.
  const apply = useCallback(
    (next: SearchState, mode: 'push' | 'replace') => {
      setState(next);
      const url = `${window.location.pathname}${searchStateToQueryString(next)}`;
      if (url !== `${window.location.pathname}${window.location.search}`) {
        if (mode === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      void run(next);
    },
    [run],
  );

  useEffect(() => {
    const fromUrl = () => {
      const params = new URLSearchParams(window.location.search);
      setCut(queryWasCut(params));
      setIgnored(invalidDateFilters(params));
      const next = searchStateFromParams(params);
      setState(next);
      setDraft(next.q);
      void run(next);
    };
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    client()
      .then((opened) => Promise.all([opened.call('sections'), opened.call('facets')]))
      .then(([sectionList, facetLists]) => {
        setSections(sectionList);
        setFacets(facetLists);
      })
      .catch(() => setSections([]));
    return () => window.removeEventListener('popstate', fromUrl);
  }, [client, run]);

  const onType = (value: string) => {
    setDraft(value);
    if (typingRef.current) clearTimeout(typingRef.current);
    typingRef.current = setTimeout(() => apply({ ...state, q: value, page: 1 }, 'replace'), TYPING_DELAY_MS);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (typingRef.current) clearTimeout(typingRef.current);
    apply({ ...state, q: draft, page: 1 }, 'push');
  };

  const hasFilters = Boolean(state.section || state.column || state.kind || state.from || state.to);
  const active = activeFilters(state);

  useDocumentTitle(searchDocumentTitle(state, siteName));

  useEffect(() => {
    const wide = window.matchMedia(WIDE_SCREEN);
    const openWhenWide = () => {
      if (wide.matches) setFiltersOpen(true);
    };
    openWhenWide();
    wide.addEventListener('change', openWhenWide);
    return () => wide.removeEventListener('change', openWhenWide);
  }, []);

  // Once the menus are known, a filter the URL names but the archive lacks is dropped visibly.
  useEffect(() => {
    const dropUnknown = () => {
      if (sections.length === 0) return;
      const known = (value: string, list: readonly SectionCount[]) =>
        !value || list.some((item) => item.name === value);
      const unknown = [
        ...(known(state.section, sections) ? [] : [`版面「${state.section}」`]),
        ...(known(state.column, facets.columns) ? [] : [`栏目「${state.column}」`]),
        ...(known(state.kind, facets.kinds) ? [] : [`体裁「${state.kind}」`]),
      ];
      if (unknown.length === 0) return;
      setIgnored((previous) => [...new Set([...previous, ...unknown])]);
      apply(
        {
          ...state,
          section: known(state.section, sections) ? state.section : '',
          column: known(state.column, facets.columns) ? state.column : '',
          kind: known(state.kind, facets.kinds) ? state.kind : '',
        },
        'replace',
      );
    };
    dropUnknown();
  }, [sections, facets, state, apply]);
  const response = status.kind === 'done' ? status.response : null;
  const pageCount = response ? Math.max(1, Math.ceil(response.total / response.pageSize)) : 1;

  return (
    <div className={styles.app}>
      {/* The page's one search box: the header's box is hidden on this page (search.module.css). */}
      <form role="search" className={styles.form} onSubmit={onSubmit} action={indexUrl} method="get">
        <label className="visually-hidden" htmlFor="search-q">
          检索词
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          value={draft}
          onChange={(event) => onType(event.target.value)}
          placeholder="输入关键词，如 丽水 或 “生态工业”"
          autoComplete="off"
          maxLength={MAX_QUERY_LENGTH}
          autoFocus
        />
        <button type="submit">检索</button>
      </form>
      {ignored.length > 0 ? (
        <p className="note" role="status">
          链接里的筛选条件 {ignored.join('、')} 在本档案中不存在或无效，已忽略。
        </p>
      ) : null}
      {cut ? (
        <p className="note" role="status">
          检索词过长，只用了前 {MAX_QUERY_LENGTH} 个字。
        </p>
      ) : null}
      <details
        className={styles.filterBox}
        open={filtersOpen}
        onToggle={(event) => setFiltersOpen(event.currentTarget.open)}
      >
        <summary>
          筛选与排序
          {active.length > 0 ? <span className={styles.activeCount}>（已选 {active.length} 项）</span> : null}
        </summary>
        <fieldset className={styles.filters}>
          <legend className="visually-hidden">筛选</legend>
          <FacetSelect
            label="版面"
            allLabel="全部版面"
            value={state.section}
            options={sections}
            onChange={(section) => apply({ ...state, section, page: 1 }, 'push')}
          />
          <FacetSelect
            label="栏目"
            allLabel="全部栏目"
            value={state.column}
            options={facets.columns}
            onChange={(column) => apply({ ...state, column, page: 1 }, 'push')}
          />
          <FacetSelect
            label="体裁"
            allLabel="全部体裁"
            value={state.kind}
            options={facets.kinds}
            onChange={(kind) => apply({ ...state, kind, page: 1 }, 'push')}
          />
          <label>
            从
            <input
              type="date"
              value={state.from}
              onChange={(event) => apply({ ...state, from: event.target.value, page: 1 }, 'push')}
            />
          </label>
          <label>
            到
            <input
              type="date"
              value={state.to}
              onChange={(event) => apply({ ...state, to: event.target.value, page: 1 }, 'push')}
            />
          </label>
          <label>
            排序
            <select
              value={state.sort}
              onChange={(event) =>
                apply(
                  { ...state, sort: event.target.value === 'date' ? 'date' : 'relevance', page: 1 },
                  'push',
                )
              }
            >
              <option value="relevance">相关度</option>
              <option value="date">日期（新→旧）</option>
            </select>
          </label>
        </fieldset>
      </details>
      {active.length > 0 ? (
        <div className={styles.active}>
          <span id="active-filters">已选：</span>
          <ul aria-labelledby="active-filters">
            {active.map((filter) => (
              <li key={filter.key}>
                <button type="button" onClick={() => apply(clearFilter(state, filter.key), 'push')}>
                  <span className="visually-hidden">取消筛选 </span>
                  {filter.label} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
            {active.length > 1 ? (
              <li>
                <button type="button" onClick={() => apply({ ...EMPTY_SEARCH, q: state.q }, 'push')}>
                  全部清除
                </button>
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}

      <div aria-live="polite" className={styles.status}>
        {status.kind === 'idle' ? (
          <div className={styles.empty}>
            <p>输入词语即可检索全部文章的标题、引题、副题、作者和正文。</p>
            <ul>
              <li>精确匹配：“丽水”不会匹配“美丽的水乡”。</li>
              <li>多个词用空格分隔，须同时出现；加引号的短语保留空格。</li>
              <li>繁体（麗水）、全角（ＧＤＰ、２０２１）与大小写自动归一。</li>
            </ul>
          </div>
        ) : null}
        {status.kind === 'loading' ? <p>正在检索…</p> : null}
        {status.kind === 'error' ? <p role="alert">检索出错：{status.message}</p> : null}
        {response && response.terms.length === 0 ? (
          <p>检索词里没有可检索的文字（标点符号会被忽略）。</p>
        ) : null}
        {response && response.terms.length > 0 && response.total === 0 ? (
          <EmptyState state={state} hasFilters={hasFilters} />
        ) : null}
        {response && response.total > 0 ? (
          <p className={styles.count}>
            共找到 <strong>{response.total}</strong> 条结果
            {pageCount > 1 ? `，第 ${response.page} / ${pageCount} 页` : ''}
          </p>
        ) : null}
      </div>

      {response && response.results.length > 0 ? (
        <ol className={styles.results} start={(response.page - 1) * response.pageSize + 1}>
          {response.results.map((result) => (
            <ResultItem
              key={result.id}
              result={result}
              query={state.q}
              articleBase={articleBase}
              basePath={basePath}
            />
          ))}
        </ol>
      ) : null}

      {response && pageCount > 1 ? (
        <nav className={styles.pager} aria-label="检索结果分页">
          <button
            type="button"
            disabled={response.page <= 1}
            onClick={() => apply({ ...state, page: response.page - 1 }, 'push')}
          >
            上一页
          </button>
          <span>
            {response.page} / {pageCount}
          </span>
          <button
            type="button"
            disabled={response.page >= pageCount}
            onClick={() => apply({ ...state, page: response.page + 1 }, 'push')}
          >
            下一页
          </button>
        </nav>
      ) : null}
    </div>
  );
}
