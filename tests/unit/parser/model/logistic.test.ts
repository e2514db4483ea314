import { describe, expect, it } from 'vitest';
import { fitLogistic, predictProbability } from '@/lib/parser/model/logistic';
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

  it('ships trained subheading weights: a dateline speaks for a headline, parallel runs for subheadings', () => {
    expect(model.examples).toBeGreaterThan(100);
    expect(model.weights.dated).toBeLessThan(0);
    expect(model.weights.parallel).toBeGreaterThan(0);
  });
});
