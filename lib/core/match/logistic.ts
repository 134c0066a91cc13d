/**
 * L2-regularised logistic regression fitted by Newton's method on standardised features: exact and
 * deterministic for the handful of features and few thousand examples it is used on (the split
 * decision, see split-decision.ts), with no learning rate to tune.
 */
export interface LogisticModel {
  /** One weight per feature, on the features' own scale. */
  weights: number[];
  bias: number;
}

const NEWTON_STEPS = 50;

/** Fits P(y = 1 | x) = σ(w·x + b); `ridge` penalises ½·ridge·|w|² on standardised features. */
export function fitLogistic(rows: number[][], labels: boolean[], ridge = 1): LogisticModel {
  const d = rows[0]?.length ?? 0;
  const means = Array.from({ length: d }, (_, k) => rows.reduce((s, r) => s + r[k], 0) / rows.length);
  const spreads = means.map((m, k) => Math.sqrt(rows.reduce((s, r) => s + (r[k] - m) ** 2, 0) / rows.length) || 1);
  const x = rows.map((r) => [...r.map((v, k) => (v - means[k]) / spreads[k]), 1]);
  let w = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const gradient = w.map((wk, k) => (k < d ? ridge * wk : 0));
    const hessian = w.map((_, i) => w.map((__, j) => (i === j && i < d ? ridge : 0)));
    x.forEach((xi, n) => {
      const p = 1 / (1 + Math.exp(-xi.reduce((s, v, k) => s + v * w[k], 0)));
      const residual = p - (labels[n] ? 1 : 0);
      const curvature = Math.max(p * (1 - p), 1e-12);
      for (let i = 0; i <= d; i++) {
        gradient[i] += residual * xi[i];
        for (let j = 0; j <= d; j++) hessian[i][j] += curvature * xi[i] * xi[j];
      }
    });
    const delta = solve(hessian, gradient);
    w = w.map((wk, k) => wk - delta[k]);
    if (Math.max(...delta.map(Math.abs)) < 1e-10) break;
  }
  const weights = means.map((_, k) => w[k] / spreads[k]);
  return { weights, bias: w[d] - means.reduce((s, m, k) => s + weights[k] * m, 0) };
}

/** The log-odds of the model for features `x`. */
export function logOdds(model: LogisticModel, x: number[]): number {
  return x.reduce((s, v, k) => s + v * model.weights[k], model.bias);
}

/** Solves A·z = b by Gaussian elimination with partial pivoting (A symmetric positive definite here). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  const z = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let c = r + 1; c < n; c++) s -= m[r][c] * z[c];
    z[r] = s / m[r][r];
  }
  return z;
}
