// The query cap (issue 13): a query longer than 200 characters is cut, by characters (astral ones
// count once), and the page can tell that it was.
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, queryWasCut, searchStateFromParams } from '@/app/_components/search-state';

describe('the query cap', () => {
  it('cuts a long ?q= to 200 characters and says it was cut', () => {
    const params = new URLSearchParams({ q: '丽'.repeat(54_000) });
    expect(searchStateFromParams(params).q).toBe('丽'.repeat(MAX_QUERY_LENGTH));
    expect(queryWasCut(params)).toBe(true);
  });

  it('counts an astral character once and never splits it', () => {
    const params = new URLSearchParams({ q: '𫖯'.repeat(MAX_QUERY_LENGTH + 1) });
    expect(Array.from(searchStateFromParams(params).q)).toHaveLength(MAX_QUERY_LENGTH);
    expect(searchStateFromParams(params).q).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('leaves a query of 200 characters alone', () => {
    const params = new URLSearchParams({ q: '水'.repeat(MAX_QUERY_LENGTH) });
    expect(queryWasCut(params)).toBe(false);
    expect(searchStateFromParams(params).q).toHaveLength(MAX_QUERY_LENGTH);
  });
});
