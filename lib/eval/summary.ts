// Averages page scores into score.py's summary (overall, or per page kind for `--by-kind`). The
// definitions are score.py's `average`: a metric's mean over the pages where it is not null,
// rounded to 4 places as Python rounds; chars_lost summed. Pure.
import { METRIC_KEYS, type MetricKey, type PageScore } from './score-page';
import { PYTHON_WHITESPACE, roundLikePython, sumLikePython } from './python-semantics';

/** The summary of a set of pages: each metric's mean (null where no page has it), the page count and the total chars_lost. */
export type ScoreAverage = Record<MetricKey, number | null> & { pages: number; charsLost: number };

/** Averages page scores as score.py's `average` does. */
export function averageScores(rows: readonly PageScore[]): ScoreAverage {
  const metrics = {} as Record<MetricKey, number | null>;
  for (const key of METRIC_KEYS) {
    const values = rows.map((row) => row[key]).filter((value): value is number => value !== null);
    metrics[key] = values.length > 0 ? roundLikePython(sumLikePython(values) / values.length, 4) : null;
  }
  const charsLost = rows.reduce((total, row) => total + row.charsLost, 0);
  return { ...metrics, pages: rows.length, charsLost };
}

const FIRST_WORD = new RegExp(`^[${PYTHON_WHITESPACE}]*([^${PYTHON_WHITESPACE}]*)`, 'u');

/** A page's kind for `--by-kind`: the first word of the sidecar's `pageKind`, up to a `/` (`要闻/综合 news` → `要闻`); `?` when there is none. */
export function pageKindOf(pageKind: string | null | undefined): string {
  const word = FIRST_WORD.exec(pageKind || '?')?.[1] ?? '';
  // score.py would fail on a blank pageKind (`''.split()[0]`); it is a page without a kind here.
  return (word === '' ? '?' : word).split('/')[0] ?? '?';
}
