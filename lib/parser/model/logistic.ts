// A logistic model over named features: the parser's learned decisions (is this headline run a
// subheading?) read their weights from a committed JSON file written by a trainer script.

/** Named feature values, each a number (0/1 for a yes/no cue). */
export type Features = Record<string, number>;

/** A yes/no cue as a feature value: 1 or 0. */
export const bit = (test: boolean): number => (test ? 1 : 0);

/** A scaled count or length as a feature value, capped at `max` so that one long text cannot outweigh every other cue. */
export const clip = (value: number, max: number): number => Math.min(value, max);

/** A trained logistic model: a bias and one weight per feature name. */
export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

/** The model's log-odds for `features`: bias + Σ weight × value. Unknown features weigh 0. */
export function logOdds(model: LogisticModel, features: Features): number {
  let z = model.bias;
  // for…in, not Object.entries: this runs for every junction of every page, and allocates nothing.
  for (const name in features) {
    const value = features[name] ?? 0;
    if (value !== 0) z += (model.weights[name] ?? 0) * value;
  }
  return z;
}

/** Probability (0–1) that the model's positive class holds: σ(bias + Σ weight × value). Unknown features weigh 0. */
export function predictProbability(model: LogisticModel, features: Features): number {
  return 1 / (1 + Math.exp(-logOdds(model, features)));
}

/**
 * How far a group of 0/1 features can move the log-odds: [lowest, highest] sum of weights over
 * `outcomes`, the sets of names that can be 1 together (every other feature of the group 0; list
 * the empty set too). A decision whose log-odds stays on one side of the threshold across this
 * range does not need the group computed.
 */
export function reachOf(model: LogisticModel, outcomes: readonly (readonly string[])[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const names of outcomes) {
    let sum = 0;
    for (const name of names) sum += model.weights[name] ?? 0;
    low = Math.min(low, sum);
    high = Math.max(high, sum);
  }
  return outcomes.length === 0 ? [0, 0] : [low, high];
}

/** One training example: features, the true class (1 positive, 0 negative) and how much it counts (default 1). */
export interface Example {
  features: Features;
  label: 0 | 1;
  weight?: number;
}

/**
 * Fits a logistic model by full-batch gradient descent on the weighted mean log loss plus an L2
 * penalty `l2 × Σ weight²` (the bias is not penalised). `iterations` steps of size `rate`.
 * Deterministic: weights start at 0. Features are read sparsely (only non-zero values cost time).
 */
export function fitLogistic(
  examples: readonly Example[],
  options: { iterations?: number; rate?: number; l2?: number } = {},
): LogisticModel {
  const { iterations = 3000, rate = 0.5, l2 = 0.002 } = options;
  const names = [...new Set(examples.flatMap((example) => Object.keys(example.features)))].sort();
  const index = new Map(names.map((name, k) => [name, k]));
  const rows = examples.map((example) => {
    const entries = Object.entries(example.features).filter(([, value]) => value !== 0);
    return {
      columns: Int32Array.from(entries.map(([name]) => index.get(name) ?? 0)),
      values: Float64Array.from(entries.map(([, value]) => value)),
      label: example.label,
      weight: example.weight ?? 1,
    };
  });
  const total = Math.max(
    1e-9,
    rows.reduce((sum, row) => sum + row.weight, 0),
  );
  const weights = new Float64Array(names.length);
  const gradient = new Float64Array(names.length);
  let bias = 0;
  for (let step = 0; step < iterations; step++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (const row of rows) {
      let z = bias;
      for (let k = 0; k < row.columns.length; k++)
        z += (weights[row.columns[k] ?? 0] ?? 0) * (row.values[k] ?? 0);
      const error = (1 / (1 + Math.exp(-z)) - row.label) * row.weight;
      biasGradient += error;
      for (let k = 0; k < row.columns.length; k++) {
        const column = row.columns[k] ?? 0;
        gradient[column] = (gradient[column] ?? 0) + error * (row.values[k] ?? 0);
      }
    }
    bias -= (rate * biasGradient) / total;
    for (let k = 0; k < names.length; k++) {
      weights[k] = (weights[k] ?? 0) - rate * ((gradient[k] ?? 0) / total + 2 * l2 * (weights[k] ?? 0));
    }
  }
  const named: Record<string, number> = {};
  names.forEach((name, k) => {
    const weight = Math.round((weights[k] ?? 0) * 1e4) / 1e4;
    if (weight !== 0) named[name] = weight;
  });
  return { bias: Math.round(bias * 1e4) / 1e4, weights: named };
}
