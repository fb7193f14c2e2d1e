/**
 * Edit distances between names (optimal string alignment: insert, delete, change, swap two
 * neighbours). The matcher compares a name with a few dozen candidates and only cares about
 * close ones: a distance above `max` stops early (a number above max is returned), as soon as
 * no cell of a row, with the inserts or deletes the rest of the lengths need, is within max.
 * Only the cells within `max` of the diagonal are computed (a cell farther off is farther than
 * max), in three rows kept between calls.
 */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (!la || !lb) return Math.max(la, lb);
  if (max < Math.max(la, lb) && bagDistance(a, b) > max) return max + 1;
  const n = lb + 1;
  if (rows[0].length < n + 1) rows = rows.map(() => new Int32Array(Math.max(n + 1, rows[0].length * 2)));
  // The distance is never more than the longer length: a larger max bounds nothing.
  const k = Math.min(max, Math.max(la, lb));
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
      const off = ahead + j; // no Math.abs here: under Jest's sandbox each call of it is slow
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
