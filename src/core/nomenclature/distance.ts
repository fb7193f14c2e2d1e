/**
 * Edit distances between names (optimal string alignment: insert, delete, change, swap two
 * neighbours). The matcher compares a name with a few dozen candidates and only cares about
 * close ones: a distance above `max` stops early (max + 1 is returned).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (!la || !lb) return Math.max(la, lb);
  const n = lb + 1;
  let prev2 = new Int32Array(n);
  let prev = new Int32Array(n);
  let cur = new Int32Array(n);
  for (let j = 0; j < n; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    const pa = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j < n; j++) {
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
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb];
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
