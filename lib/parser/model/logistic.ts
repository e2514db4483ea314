// A logistic model over named features: the parser's learned decisions (is this headline run a
// subheading?) read their weights from a committed JSON file written by a trainer script.

/** Named feature values, each a number (0/1 for a yes/no cue). */
export type Features = Record<string, number>;

/** A trained logistic model: a bias and one weight per feature name. */
export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

/** Probability (0–1) that the model's positive class holds: σ(bias + Σ weight × value). Unknown features weigh 0. */
export function predictProbability(model: LogisticModel, features: Features): number {
  let z = model.bias;
  for (const [name, value] of Object.entries(features)) z += (model.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** One training example: features and the true class (1 positive, 0 negative). */
export interface Example {
  features: Features;
  label: 0 | 1;
}

/**
 * Fits a logistic model by full-batch gradient descent on the mean log loss plus an L2 penalty
 * `l2 × Σ weight²` (the bias is not penalised). `iterations` steps of size `rate`. Deterministic:
 * weights start at 0 and examples are visited in order.
 */
export function fitLogistic(
  examples: readonly Example[],
  options: { iterations?: number; rate?: number; l2?: number } = {},
): LogisticModel {
  const { iterations = 3000, rate = 0.5, l2 = 0.002 } = options;
  const names = [...new Set(examples.flatMap((example) => Object.keys(example.features)))].sort();
  const weights = new Float64Array(names.length);
  let bias = 0;
  const rows = examples.map((example) => names.map((name) => example.features[name] ?? 0));
  const n = Math.max(1, examples.length);
  for (let step = 0; step < iterations; step++) {
    const gradient = new Float64Array(names.length);
    let biasGradient = 0;
    rows.forEach((row, r) => {
      let z = bias;
      for (let k = 0; k < row.length; k++) z += (weights[k] ?? 0) * (row[k] ?? 0);
      const error = 1 / (1 + Math.exp(-z)) - (examples[r]?.label ?? 0);
      biasGradient += error;
      for (let k = 0; k < row.length; k++) gradient[k] = (gradient[k] ?? 0) + error * (row[k] ?? 0);
    });
    bias -= (rate * biasGradient) / n;
    for (let k = 0; k < names.length; k++) {
      weights[k] = (weights[k] ?? 0) - rate * ((gradient[k] ?? 0) / n + 2 * l2 * (weights[k] ?? 0));
    }
  }
  const named: Record<string, number> = {};
  names.forEach((name, k) => {
    named[name] = Math.round((weights[k] ?? 0) * 1e4) / 1e4;
  });
  return { bias: Math.round(bias * 1e4) / 1e4, weights: named };
}
