// The lines `npm run eval:parser` prints, byte for byte in score.py's format (snake_case keys in
// its order, Python's JSON spacing and float style), so that the two outputs can be diffed. Pure.
import type { PageScore } from './score-page';
import type { ScoreAverage } from './summary';
import { PythonFloat, toPythonJson } from './python-json';

const asFloat = (value: number | null) => (value === null ? null : new PythonFloat(value));

/** A page's `--verbose` line: `devset NAME {"gold_articles": 5, …, "chars_lost": 0}`. */
export function formatPageLine(name: string, score: PageScore): string {
  const figures = {
    gold_articles: score.goldArticles,
    predicted_articles: score.predictedArticles,
    exact_articles: score.exactArticles,
    boundary_f1: asFloat(score.boundaryF1),
    title_acc: asFloat(score.titleAcc),
    headline_acc: asFloat(score.headlineAcc),
    author_acc: asFloat(score.authorAcc),
    continuation_acc: asFloat(score.continuationAcc),
    paragraph_acc: asFloat(score.paragraphAcc),
    chars_lost: score.charsLost,
  };
  return `devset ${name} ${toPythonJson(figures)}`;
}

function averageToJson(average: ScoreAverage): Record<string, unknown> {
  return {
    boundary_f1: asFloat(average.boundaryF1),
    title_acc: asFloat(average.titleAcc),
    headline_acc: asFloat(average.headlineAcc),
    paragraph_acc: asFloat(average.paragraphAcc),
    continuation_acc: asFloat(average.continuationAcc),
    author_acc: asFloat(average.authorAcc),
    pages: average.pages,
    chars_lost: average.charsLost,
  };
}

/** A `--by-kind` line: `{"kind": "要闻", "boundary_f1": …, "pages": 23, "chars_lost": 0}`. */
export function formatKindLine(kind: string, average: ScoreAverage): string {
  return toPythonJson({ kind, ...averageToJson(average) });
}

/** The last line: `{"devset": {…averages}, "parser_failures": N}`, without `devset` when no page could be scored. */
export function formatSummaryLine(average: ScoreAverage | null, parserFailures: number): string {
  const summary = average === null ? {} : { devset: averageToJson(average) };
  return toPythonJson({ ...summary, parser_failures: parserFailures });
}
