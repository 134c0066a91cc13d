/**
 * Splits a group of articles in two along the principal direction of their links (principal
 * direction divisive partitioning, Boley 1998): the eigenvector of the largest eigenvalue of the
 * centred link matrix orders the group from one pole to the other, and its sign cuts it. Where a
 * topic holds two events, the cut falls between them, which average-link merging misses when one
 * story's articles are loosely linked among themselves.
 *
 * `link[i][j]` is the symmetric similarity of nodes i and j; `members` are the nodes of the group.
 * Returns the two halves (node indexes, ascending), or null when the group cannot be cut.
 */
export function principalSplit(link: number[][], members: number[]): [number[], number[]] | null {
  if (members.length < 2) return null;
  const direction = principalEigenvector(centred(members.map((i) => members.map((j) => link[i][j]))));
  const positive = members.filter((_, k) => direction[k] > 0);
  const rest = members.filter((_, k) => direction[k] <= 0);
  return positive.length && rest.length ? [positive, rest] : null;
}

/** The matrix with its row and column means removed (the links as deviations from the group's average). */
function centred(matrix: number[][]): number[][] {
  const n = matrix.length;
  const rowMeans = matrix.map((row) => row.reduce((a, b) => a + b, 0) / n);
  const total = rowMeans.reduce((a, b) => a + b, 0) / n;
  // Symmetric input: column means equal row means.
  return matrix.map((row, i) => row.map((x, j) => x - rowMeans[i] - rowMeans[j] + total));
}

const JACOBI_SWEEPS = 50;

/**
 * The eigenvector of the largest eigenvalue of a symmetric matrix, by cyclic Jacobi rotations: exact
 * and deterministic for the few dozen nodes of a query's group, where power iteration can stall.
 */
export function principalEigenvector(matrix: number[][]): number[] {
  const n = matrix.length;
  const a = matrix.map((row) => [...row]);
  const vectors = a.map((_, i) => a.map((__, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < JACOBI_SWEEPS; sweep++) {
    let offDiagonal = 0;
    let diagonal = 0;
    for (let p = 0; p < n; p++) {
      diagonal += a[p][p] * a[p][p];
      for (let q = p + 1; q < n; q++) offDiagonal += a[p][q] * a[p][q];
    }
    if (offDiagonal <= 1e-22 * (diagonal + offDiagonal) || offDiagonal === 0) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p][q] === 0) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        rotate(a, vectors, p, q, c, s);
      }
    }
  }
  let top = 0;
  for (let i = 1; i < n; i++) if (a[i][i] > a[top][top]) top = i;
  return vectors.map((row) => row[top]);
}

/** A ← JᵀAJ and V ← VJ for the rotation J in the (p, q) plane that zeroes a[p][q]. */
function rotate(a: number[][], vectors: number[][], p: number, q: number, c: number, s: number): void {
  for (const row of a) {
    const [x, y] = [row[p], row[q]];
    row[p] = c * x - s * y;
    row[q] = s * x + c * y;
  }
  const [rowP, rowQ] = [a[p], a[q]];
  for (let k = 0; k < rowP.length; k++) {
    const [x, y] = [rowP[k], rowQ[k]];
    rowP[k] = c * x - s * y;
    rowQ[k] = s * x + c * y;
  }
  for (const row of vectors) {
    const [x, y] = [row[p], row[q]];
    row[p] = c * x - s * y;
    row[q] = s * x + c * y;
  }
}
