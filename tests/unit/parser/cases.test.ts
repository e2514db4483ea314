// The parser cases: one small invented page per kind of failure measured on real pages. Each must
// come out exactly as its gold — the same articles, headlines and paragraphs — scored with the
// evaluation's own metrics (lib/eval, the figures of score.py), comparing every block (min-len 0).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/parser/parse-page';
import { parseGoldPage } from '@/lib/eval/schema';
import { scorePage } from '@/lib/eval/score-page';

const FOLDER = path.resolve(__dirname, '../../fixtures/parser-cases');
const names = readdirSync(FOLDER)
  .filter((file) => file.endsWith('.gold.json'))
  .map((file) => file.slice(0, -'.gold.json'.length))
  .sort();

describe('parser cases (one kind of real-page failure each)', () => {
  it('has the 13 cases', () => {
    expect(names).toHaveLength(13);
  });

  it.each(names)('%s parses exactly to its gold', (name) => {
    const raw = readFileSync(path.join(FOLDER, `${name}.txt`), 'utf8');
    const goldFile = path.join(FOLDER, `${name}.gold.json`);
    const gold = parseGoldPage(goldFile, readFileSync(goldFile, 'utf8'));
    const score = scorePage(gold, parsePage(raw), raw, 0);
    expect(score).toMatchObject({
      boundaryF1: 1,
      titleAcc: 1,
      headlineAcc: 1,
      paragraphAcc: 1,
      charsLost: 0,
    });
    expect(score.predictedArticles).toBe(score.goldArticles);
  });
});
