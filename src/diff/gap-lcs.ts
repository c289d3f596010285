/**
 * The weighted LCS that pairs the articles of a gap between anchors
 * (align.ts, pass 3): the in-order set of pairs of largest total similarity,
 * each pair's similarity at least a threshold. Two ways to compute the same
 * result: over a full table of similarities (small gaps), and over a sparse
 * list of candidate cells (huge gaps: a rewrite of most of the law), in time
 * and memory proportional to the candidates rather than to old × new
 * articles. The sparse one reproduces the table's choices exactly, ties
 * included (the tests hold the two equal): the same sums in the same order,
 * and the same walk through the table, asked of a tree instead.
 */

/** A pair chosen by the LCS: old position, new position in the gap, similarity. */
export interface GapPair {
  x: number;
  y: number;
  score: number;
}

/**
 * The LCS over a full table `s` (m rows of n similarities): `best[x][y]`,
 * the largest total from cell (x, y) on, then a walk from (0, 0) that takes
 * a cell when taking it reaches that total, else moves down when the row
 * below reaches it too, else right.
 */
export function denseGapLcs(s: readonly Float64Array[], m: number, n: number, threshold: number): GapPair[] {
  const best: Float64Array[] = new Array<Float64Array>(m + 1);
  for (let r = 0; r <= m; r++) best[r] = new Float64Array(n + 1);
  for (let x = m - 1; x >= 0; x--) {
    for (let y = n - 1; y >= 0; y--) {
      const v = s[x]![y]!;
      const take = v >= threshold ? v + best[x + 1]![y + 1]! : -1;
      best[x]![y] = Math.max(take, best[x + 1]![y]!, best[x]![y + 1]!);
    }
  }
  const out: GapPair[] = [];
  let x = 0;
  let y = 0;
  while (x < m && y < n) {
    const v = s[x]![y]!;
    if (v >= threshold && best[x]![y] === v + best[x + 1]![y + 1]!) {
      out.push({ x, y, score: v });
      x++;
      y++;
    } else if (best[x]![y] === best[x + 1]![y]) x++;
    else y++;
  }
  return out;
}

/** Candidate cells of a gap, in any order: row (old), column (new), similarity. */
export interface GapCells {
  x: Int32Array | readonly number[];
  y: Int32Array | readonly number[];
  score: Float64Array | readonly number[];
}

/**
 * The same LCS as {@link denseGapLcs} on a table that is 0 except at the
 * given cells (each at most once), in O((cells + m + n) log n).
 *
 * In the table, `best[x][y]` is the largest `take` of a cell in the quadrant
 * below and right of (x, y), or 0; a cell's `take` is its similarity plus
 * `best` of the cell diagonally after it. Here: takes are computed row by
 * row from the bottom with a Fenwick tree of column maxima (the same
 * additions, and maxima are exact, so the same numbers); the walk then needs
 * `best` at (x, y) and (x + 1, y), which is the larger of row x's cells from
 * column y on and a segment tree of column maxima over the rows below x.
 */
export function sparseGapLcs(cells: GapCells, m: number, n: number, threshold: number): GapPair[] {
  const count = cells.x.length;
  // The cells at or above the threshold by column, then (a stable pass) by row: each row's cells by column.
  const byCol = new Int32Array(n + 1);
  for (let k = 0; k < count; k++) if (cells.score[k]! >= threshold) byCol[cells.y[k]! + 1]!++;
  for (let c = 0; c < n; c++) byCol[c + 1]! += byCol[c]!;
  const used = byCol[n]!;
  const inColumns = new Int32Array(used);
  for (let k = 0; k < count; k++) if (cells.score[k]! >= threshold) inColumns[byCol[cells.y[k]!]!++] = k;
  const rowStart = new Int32Array(m + 1);
  for (let i = 0; i < used; i++) rowStart[cells.x[inColumns[i]!]! + 1]!++;
  for (let r = 0; r < m; r++) rowStart[r + 1]! += rowStart[r]!;
  const fill = rowStart.slice(0, m);
  const col = new Int32Array(used);
  const score = new Float64Array(used);
  for (let i = 0; i < used; i++) {
    const k = inColumns[i]!;
    const at = fill[cells.x[k]!]!++;
    col[at] = cells.y[k]!;
    score[at] = cells.score[k]!;
  }
  // Takes, bottom row first; a Fenwick tree over reversed columns holds the best take of each column below.
  const take = new Float64Array(used);
  const fenwick = new Float64Array(n + 1).fill(-Infinity);
  for (let r = m - 1; r >= 0; r--) {
    for (let i = rowStart[r]!; i < rowStart[r + 1]!; i++) {
      // best[r + 1][col + 1]: the best take in columns > col of the rows below, or 0.
      let below = 0;
      for (let at = n - 1 - col[i]!; at > 0; at -= at & -at) if (fenwick[at]! > below) below = fenwick[at]!;
      take[i] = score[i]! + below;
    }
    for (let i = rowStart[r]!; i < rowStart[r + 1]!; i++) {
      for (let at = n - col[i]!; at <= n; at += at & -at) if (take[i]! > fenwick[at]!) fenwick[at] = take[i]!;
    }
  }
  // Each row's best take from a column on (suffix maxima), for best[x][y].
  const rowSuffix = new Float64Array(used);
  for (let r = 0; r < m; r++) {
    let acc = -Infinity;
    for (let i = rowStart[r + 1]! - 1; i >= rowStart[r]!; i--) rowSuffix[i] = acc = Math.max(acc, take[i]!);
  }
  const below = new ColumnsBelow(m, n, rowStart, col, take);
  const out: GapPair[] = [];
  let x = 0;
  let y = 0;
  below.dropRow(0);
  while (x < m && y < n) {
    const under = Math.max(0, below.bestFrom(y));
    // Row x's first cell at column ≥ y.
    let lo = rowStart[x]!;
    let hi = rowStart[x + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (col[mid]! < y) lo = mid + 1;
      else hi = mid;
    }
    const here = lo < rowStart[x + 1]! ? Math.max(under, rowSuffix[lo]!) : under;
    if (lo < rowStart[x + 1]! && col[lo] === y && here === take[lo]) {
      out.push({ x, y, score: score[lo]! });
      x++;
      y++;
      if (x < m) below.dropRow(x);
    } else if (here === under) {
      x++;
      if (x < m) below.dropRow(x);
    } else y++;
  }
  return out;
}

/**
 * The best take in each column over the rows below the walk (a max segment
 * tree over columns), rows dropped from the top as the walk goes down.
 */
class ColumnsBelow {
  private readonly size: number;
  private readonly tree: Float64Array;
  /** Per column: its cells by row, their suffix maxima of take, and how many are dropped. */
  private readonly colStart: Int32Array;
  private readonly colSuffix: Float64Array;
  private readonly dropped: Int32Array;
  private readonly rowStart: Int32Array;
  private readonly col: Int32Array;

  constructor(m: number, n: number, rowStart: Int32Array, col: Int32Array, take: Float64Array) {
    this.rowStart = rowStart;
    this.col = col;
    let size = 1;
    while (size < n) size *= 2;
    this.size = size;
    this.tree = new Float64Array(2 * size).fill(-Infinity);
    this.colStart = new Int32Array(n + 1);
    for (let i = 0; i < col.length; i++) this.colStart[col[i]! + 1]!++;
    for (let c = 0; c < n; c++) this.colStart[c + 1]! += this.colStart[c]!;
    const fill = this.colStart.slice(0, n);
    const byCol = new Float64Array(col.length);
    // Rows ascending, so each column's cells come out by row.
    for (let r = 0; r < m; r++) for (let i = rowStart[r]!; i < rowStart[r + 1]!; i++) byCol[fill[col[i]!]!++] = take[i]!;
    this.colSuffix = new Float64Array(col.length);
    for (let c = 0; c < n; c++) {
      let acc = -Infinity;
      for (let k = this.colStart[c + 1]! - 1; k >= this.colStart[c]!; k--) this.colSuffix[k] = acc = Math.max(acc, byCol[k]!);
      this.tree[size + c] = this.colStart[c]! < this.colStart[c + 1]! ? this.colSuffix[this.colStart[c]!]! : -Infinity;
    }
    for (let k = size - 1; k >= 1; k--) this.tree[k] = Math.max(this.tree[2 * k]!, this.tree[2 * k + 1]!);
    this.dropped = new Int32Array(n);
  }

  /** Removes row `r`'s cells (rows are dropped in order, from the top). */
  dropRow(r: number): void {
    for (let i = this.rowStart[r]!; i < this.rowStart[r + 1]!; i++) {
      const c = this.col[i]!;
      const k = this.colStart[c]! + ++this.dropped[c]!;
      let at = this.size + c;
      this.tree[at] = k < this.colStart[c + 1]! ? this.colSuffix[k]! : -Infinity;
      for (at >>= 1; at >= 1; at >>= 1) this.tree[at] = Math.max(this.tree[2 * at]!, this.tree[2 * at + 1]!);
    }
  }

  /** The best take in columns ≥ y among the rows left (−∞ when none). */
  bestFrom(y: number): number {
    let best = -Infinity;
    let lo = this.size + y;
    let hi = this.size + this.size;
    while (lo < hi) {
      if (lo & 1) best = Math.max(best, this.tree[lo++]!);
      if (hi & 1) best = Math.max(best, this.tree[--hi]!);
      lo >>= 1;
      hi >>= 1;
    }
    return best;
  }
}
