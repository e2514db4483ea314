// The search page's state as the URL carries it (/search/?q=…&section=…&column=…&kind=…&from=…&to=…&sort=date&page=N),
// so a search can be shared and the back button restores it.

/** Query and filters of the search page. */
export interface SearchState {
  q: string;
  /** 版面 name, or '' for all. */
  section: string;
  /** 栏目 name, or '' for all. */
  column: string;
  /** 体裁 (消息, 评论, 访谈, 署名文章), or '' for all. */
  kind: string;
  from: string;
  to: string;
  sort: 'relevance' | 'date';
  page: number;
}

/** The empty search. */
export const EMPTY_SEARCH: SearchState = {
  q: '',
  section: '',
  column: '',
  kind: '',
  from: '',
  to: '',
  sort: 'relevance',
  page: 1,
};

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
// A real calendar day (2022-02-30 is not one).
const DAY = {
  test(value: string): boolean {
    if (!DAY_SHAPE.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  },
};

/**
 * The longest query the search takes, in characters: longer ones are cut (a 54 KB `?q=` made the
 * server answer 431), and the page says so.
 */
export const MAX_QUERY_LENGTH = 200;

/** True when the query string's `q` is longer than MAX_QUERY_LENGTH characters (and was cut). */
export function queryWasCut(params: URLSearchParams): boolean {
  return Array.from(params.get('q') ?? '').length > MAX_QUERY_LENGTH;
}

/** Reads the state from a query string, ignoring malformed values. */
export function searchStateFromParams(params: URLSearchParams): SearchState {
  const page = Number(params.get('page'));
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    q: Array.from(params.get('q') ?? '')
      .slice(0, MAX_QUERY_LENGTH)
      .join(''),
    section: params.get('section') ?? '',
    column: params.get('column') ?? '',
    kind: params.get('kind') ?? '',
    from: DAY.test(from) ? from : '',
    to: DAY.test(to) ? to : '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Writes the state as a query string, leaving defaults out (`?q=丽水&page=2`). */
export function searchStateToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.section) params.set('section', state.section);
  if (state.column) params.set('column', state.column);
  if (state.kind) params.set('kind', state.kind);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort === 'date') params.set('sort', 'date');
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Filter values a URL gave that the search cannot use, as notes for the reader (`日期「2022-13-45」`). */
export function invalidDateFilters(params: URLSearchParams): string[] {
  return (['from', 'to'] as const).flatMap((key) => {
    const value = params.get(key);
    return value && !DAY.test(value) ? [`${key === 'from' ? '起始' : '截止'}日期「${value}」`] : [];
  });
}

/** A filter (or a non-default sort) the search is using, as the page lists it: `版面：要闻`. */
export interface ActiveFilter {
  /** The state field that clearing this filter resets. */
  key: 'section' | 'column' | 'kind' | 'from' | 'to' | 'sort';
  label: string;
}

/**
 * Every filter in use, in the order of the controls, plus a date sort (it changes what the first
 * results are): what the page keeps visible while the filter controls are folded away on a phone.
 */
export function activeFilters(state: SearchState): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  if (state.section) active.push({ key: 'section', label: `版面：${state.section}` });
  if (state.column) active.push({ key: 'column', label: `栏目：${state.column}` });
  if (state.kind) active.push({ key: 'kind', label: `体裁：${state.kind}` });
  if (state.from) active.push({ key: 'from', label: `从 ${state.from}` });
  if (state.to) active.push({ key: 'to', label: `到 ${state.to}` });
  if (state.sort === 'date') active.push({ key: 'sort', label: '按日期排序' });
  return active;
}

/** The state with one active filter cleared (back to page 1). */
export function clearFilter(state: SearchState, key: ActiveFilter['key']): SearchState {
  return key === 'sort' ? { ...state, sort: 'relevance', page: 1 } : { ...state, [key]: '', page: 1 };
}

/** How many characters of the query the document title shows before cutting it with `…`. */
export const TITLE_QUERY_LENGTH = 30;

/**
 * The document title of the search page: `「诚信」 - 全文检索｜丽水日报数字档案`, with the page
 * number past the first (`「诚信」 第2页 - …`), or `全文检索｜…` with no query. The query is
 * trimmed and cut to TITLE_QUERY_LENGTH characters; it is set as text, never parsed.
 */
export function searchDocumentTitle(state: Pick<SearchState, 'q' | 'page'>, siteName: string): string {
  const query = Array.from(state.q.trim().replace(/\s+/g, ' '));
  if (query.length === 0) return `全文检索｜${siteName}`;
  const shown =
    query.length > TITLE_QUERY_LENGTH
      ? `${query.slice(0, TITLE_QUERY_LENGTH - 1).join('')}…`
      : query.join('');
  const page = state.page > 1 ? ` 第${state.page}页` : '';
  return `「${shown}」${page} - 全文检索｜${siteName}`;
}
