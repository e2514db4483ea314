// The large search form on the home and 404 pages: a plain GET form to /search/, so it works
// without JavaScript and loads no search code.
import { href } from '@/lib/site/urls';
import { MAX_QUERY_LENGTH } from './search-state';

/** A labelled search box that submits `?q=` to the search page. */
export function BigSearchForm({ inputId, placeholder }: { inputId: string; placeholder: string }) {
  return (
    <form className="big-search" role="search" aria-label="检索全部文章" action={href('search')} method="get">
      <label className="visually-hidden" htmlFor={inputId}>
        检索全部文章
      </label>
      <input id={inputId} name="q" type="search" placeholder={placeholder} maxLength={MAX_QUERY_LENGTH} />
      <button type="submit">检索</button>
    </form>
  );
}
