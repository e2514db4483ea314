import { describe, expect, it } from 'vitest';
import { fitLogistic, logOdds, predictProbability, reachOf } from '@/lib/parser/model/logistic';
import model from '@/lib/parser/model/subheading.json';

describe('logistic model', () => {
  it('is 0.5 with no evidence and follows the sign of a weight', () => {
    expect(predictProbability({ bias: 0, weights: {} }, {})).toBe(0.5);
    expect(predictProbability({ bias: 0, weights: { tag: -2 } }, { tag: 1 })).toBeCloseTo(0.1192, 4);
    expect(predictProbability({ bias: 0, weights: { tag: -2 } }, { unknown: 5 })).toBe(0.5);
  });

  it('learns a cue that separates the classes, deterministically', () => {
    const examples = [
      ...Array.from({ length: 20 }, () => ({ features: { numbered: 1, tagged: 0 }, label: 1 as const })),
      ...Array.from({ length: 20 }, () => ({ features: { numbered: 0, tagged: 1 }, label: 0 as const })),
    ];
    const fitted = fitLogistic(examples);
    expect(fitted.weights.numbered).toBeGreaterThan(1);
    expect(fitted.weights.tagged).toBeLessThan(-1);
    expect(predictProbability(fitted, { numbered: 1 })).toBeGreaterThan(0.8);
    expect(fitLogistic(examples)).toEqual(fitted);
  });

  it('bounds a group of cues by the outcomes that can occur together', () => {
    const model = { bias: 0, weights: { across: 2, left: 0.5, right: 0.25, against: -1 } };
    // `across` excludes `left` and `right`: 2, not 2.75, is the most the group can add.
    const outcomes = [[], ['across'], ['left'], ['right'], ['left', 'right']];
    expect(reachOf(model, outcomes)).toEqual([0, 2]);
    expect(reachOf(model, [['against'], ['across', 'against']])).toEqual([-1, 1]);
    expect(reachOf(model, [])).toEqual([0, 0]);
    for (const names of outcomes) {
      const [low, high] = reachOf(model, outcomes);
      const z = logOdds(model, Object.fromEntries(names.map((name) => [name, 1])));
      expect(z).toBeGreaterThanOrEqual(low);
      expect(z).toBeLessThanOrEqual(high);
    }
  });

  it('ships trained subheading weights: a dateline speaks for a headline, parallel runs for subheadings', () => {
    expect(model.examples).toBeGreaterThan(100);
    expect(model.weights.dated).toBeLessThan(0);
    expect(model.weights.parallel).toBeGreaterThan(0);
  });
});
