/**
 * Edit distances between names (optimal string alignment: insert, delete, change, swap two
 * neighbours). The matcher compares a name with a few dozen candidates and only cares about
 * close ones: a distance above `max` stops early (a number above max is returned).
 *
 * Names in ASCII (nearly all) are compared by bit vectors, 32 letters of the shorter name (or of
 * the other, when only it is ASCII) to a machine word, a column of the table in a few operations
 * (Hyyrö's bit-parallel algorithm for this distance, after Myers). Names both outside ASCII take
 * the table itself, only the cells within `max` of its diagonal, stopping as soon as no cell of a
 * row, with the inserts or deletes the rest of the lengths need, is within max.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (!la || !lb) return Math.max(la, lb);
  if (max < Math.max(la, lb) && bagDistance(a, b) > max) return max + 1;
  // The distance is symmetric: the shorter name is the pattern, else the other when only it is ASCII.
  const short = la <= lb ? a : b;
  const long = la <= lb ? b : a;
  let bits = bitDistance(short, long, max);
  if (bits < 0) bits = bitDistance(long, short, max);
  return bits >= 0 ? bits : tableDistance(a, b, max);
}

/** The table's three rows, kept between calls. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** The distance by the table, within `max` of its diagonal (any strings). */
function tableDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  const n = lb + 1;
  if (rows[0].length < n + 1) rows = rows.map(() => new Int32Array(Math.max(n + 1, rows[0].length * 2)));
  // The distance is a whole number, never more than the longer length: a larger max bounds nothing.
  const k = Math.min(Math.floor(max), Math.max(la, lb));
  const far = k + 1; // stands for any cell beyond the band: its distance is more than k
  let [prev2, prev, cur] = rows;
  for (let j = 0; j < n; j++) prev[j] = j;
  prev[n] = far;
  for (let i = 1; i <= la; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(lb, i + k);
    cur[0] = i;
    cur[lo - 1] = lo === 1 ? i : far;
    // The least this row lets the distance be: a cell's value, plus the inserts or deletes that
    // the lengths left after it still need.
    const ahead = la - i - lb;
    let rowMin = lo === 1 ? i + Math.abs(ahead) : far;
    const ca = a.charCodeAt(i - 1);
    const pa = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = prev[j - 1] + (ca === cb ? 0 : 1);
      const del = prev[j] + 1;
      if (del < d) d = del;
      const ins = cur[j - 1] + 1;
      if (ins < d) d = ins;
      if (j > 1 && ca === b.charCodeAt(j - 2) && pa === cb) {
        const swap = prev2[j - 2] + 1;
        if (swap < d) d = swap;
      }
      cur[j] = d;
      const off = ahead + j; // not Math.abs: a call a cell ran this loop 10 times slower under Jest's sandbox
      const least = d + (off < 0 ? -off : off);
      if (least < rowMin) rowMin = least;
    }
    cur[hi + 1] = far; // read by the next row, whose band reaches one further
    if (rowMin > k) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb];
}

/** The shorter name's letters as bit vectors (Peq: a block of 32 positions per letter), kept between calls, back to 0 after each. */
let peq = new Int32Array(128 * 4);
/** Per block: the column's vertical deltas (+1, -1), and the previous column's diagonal zeros and matches. */
let vp = new Int32Array(4);
let vn = new Int32Array(4);
let d0s = new Int32Array(4);
let pms = new Int32Array(4);

/**
 * The distance of pattern p (the shorter) and text t by bit vectors; -1 when p is not ASCII (the
 * table then). Stops when the last row, even falling by one a column from here on, stays above max.
 */
function bitDistance(p: string, t: string, max: number): number {
  const m = p.length;
  const n = t.length;
  const blocks = (m + 31) >>> 5;
  if (vp.length < blocks) {
    const size = blocks * 2;
    peq = new Int32Array(128 * size);
    [vp, vn, d0s, pms] = [vp, vn, d0s, pms].map(() => new Int32Array(size));
  }
  for (let i = 0; i < m; i++) {
    const c = p.charCodeAt(i);
    if (c >= 128) return clearPeq(p, i, blocks, -1);
    peq[c * blocks + (i >>> 5)] |= 1 << (i & 31);
  }
  for (let k = 0; k < blocks; k++) {
    vp[k] = -1;
    vn[k] = 0;
    d0s[k] = 0;
    pms[k] = 0;
  }
  const last = blocks - 1;
  const top = (m - 1) & 31;
  let score = m;
  for (let j = 0; j < n; j++) {
    const c = t.charCodeAt(j);
    const row = c < 128 ? c * blocks : -1;
    // Carries from block to block: the sum's, the shifted bits'; the top row's horizontal delta is +1.
    let carry = 0;
    let hpIn = 1;
    let hnIn = 0;
    let trIn = 0;
    for (let k = 0; k < blocks; k++) {
      const pm = row < 0 ? 0 : peq[row + k];
      const v = vp[k];
      const w = vn[k];
      const x = ~d0s[k] & pm;
      const tr = ((x << 1) | trIn) & pms[k]; // two neighbours swapped
      trIn = x >>> 31;
      const sum = ((pm & v) >>> 0) + (v >>> 0) + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      const d0 = (sum ^ v) | pm | w | tr;
      const hp = w | ~(d0 | v);
      const hn = d0 & v;
      if (k === last) score += ((hp >>> top) & 1) - ((hn >>> top) & 1);
      const hps = (hp << 1) | hpIn;
      hpIn = hp >>> 31;
      const hns = (hn << 1) | hnIn;
      hnIn = hn >>> 31;
      vp[k] = hns | ~(d0 | hps);
      vn[k] = d0 & hps;
      d0s[k] = d0;
      pms[k] = pm;
    }
    if (score - (n - 1 - j) > max) return clearPeq(p, m, blocks, max + 1);
  }
  return clearPeq(p, m, blocks, score);
}

/** Peq back to 0 for p's first `upTo` letters; returns `result`. */
function clearPeq(p: string, upTo: number, blocks: number, result: number): number {
  for (let i = 0; i < upTo; i++) peq[p.charCodeAt(i) * blocks + (i >>> 5)] = 0;
  return result;
}

/** Letters counted by code (ASCII); back to 0 after each use. */
const counts = new Int32Array(128);

/**
 * A bound below the edit distance, in a pass over each string: the letters of one that the other
 * lacks, counted with repeats (an edit adds or takes away at most one on each side; a swap
 * changes nothing). 0 (no bound) for a string outside ASCII.
 */
export function bagDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c >= 128) return clearCounts(a, i);
    counts[c]++;
  }
  let extraB = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c >= 128) {
      // Undo b's part, then a's.
      for (let j = 0; j < i; j++) counts[b.charCodeAt(j)]++;
      return clearCounts(a, a.length);
    }
    if (counts[c]-- <= 0) extraB++;
  }
  let extraA = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (counts[c] > 0) extraA += counts[c];
    counts[c] = 0;
  }
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i)] = 0;
  return Math.max(extraA, extraB);
}

/** Counts of a's first `upTo` letters back to 0; no bound (0). */
function clearCounts(a: string, upTo: number): number {
  for (let i = 0; i < upTo; i++) counts[a.charCodeAt(i)] = 0;
  return 0;
}

/**
 * 1 for equal strings, 0 for nothing in common: the edit distance over the longer length.
 * Below `floor` the answer is only known to be below it (0 is returned).
 */
export function similarity(a: string, b: string, floor = 0): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const max = Math.floor((1 - floor) * longer + 1e-9);
  const d = editDistance(a, b, max);
  return d > max ? 0 : 1 - d / longer;
}
