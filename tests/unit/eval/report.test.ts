// The report lines are score.py's, byte for byte: key names, key order, spacing and float style.
import { describe, expect, it } from 'vitest';
import { formatKindLine, formatPageLine, formatSummaryLine } from '@/lib/eval/report';
import type { PageScore } from '@/lib/eval/score-page';
import type { ScoreAverage } from '@/lib/eval/summary';

const SCORE: PageScore = {
  goldArticles: 3,
  predictedArticles: 2,
  exactArticles: 1,
  boundaryF1: 0.4,
  titleAcc: 0.6667,
  headlineAcc: 0,
  authorAcc: null,
  continuationAcc: 1,
  paragraphAcc: 1,
  charsLost: 0,
};

const AVERAGE: ScoreAverage = {
  boundaryF1: 0.4,
  titleAcc: 0.6667,
  headlineAcc: 0,
  paragraphAcc: 1,
  continuationAcc: 1,
  authorAcc: null,
  pages: 1,
  charsLost: 12,
};

describe('report lines', () => {
  it('prints a page line as score.py --verbose does', () => {
    expect(formatPageLine('case-1', SCORE)).toBe(
      'devset case-1 {"gold_articles": 3, "predicted_articles": 2, "exact_articles": 1, "boundary_f1": 0.4, ' +
        '"title_acc": 0.6667, "headline_acc": 0.0, "author_acc": null, "continuation_acc": 1.0, ' +
        '"paragraph_acc": 1.0, "chars_lost": 0}',
    );
  });

  it('prints the summary with the keys in score.py order', () => {
    expect(formatSummaryLine(AVERAGE, 0)).toBe(
      '{"devset": {"boundary_f1": 0.4, "title_acc": 0.6667, "headline_acc": 0.0, "paragraph_acc": 1.0, ' +
        '"continuation_acc": 1.0, "author_acc": null, "pages": 1, "chars_lost": 12}, "parser_failures": 0}',
    );
  });

  it('prints only the failure count when no page could be scored', () => {
    expect(formatSummaryLine(null, 2)).toBe('{"parser_failures": 2}');
  });

  it('prints a kind line with the kind first', () => {
    expect(formatKindLine('要闻', AVERAGE)).toMatch(/^\{"kind": "要闻", "boundary_f1": 0\.4, /);
  });
});
