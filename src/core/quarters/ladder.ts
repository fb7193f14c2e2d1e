/**
 * What a cumulative row's rungs say beyond fitting (DOMAIN.md, "Quarterly targets (as written in
 * real plans)"): planners usually split the annual figure evenly (22,5 / 45 / 67,5 / 90), and a
 * rung that leaves that ladder is worth a look.
 * - off: three rungs on the even ladder, one slightly off (22,5 / 44 / 67,5 / 90: TW II probably 45);
 * - rounded: the same, the odd one only rounded (65,3 where 65,25 is exact): style;
 * - jump: TW I-III an even ladder from 0, TW IV far above it (10,8 / 21,7 / 32,5 / 76): TW I-III
 *   were worked out from another figure.
 */
export type LadderNote =
  | { kind: "off" | "rounded"; quarter: number; value: number; expected: number }
  | { kind: "jump"; step: number; base: number };

const EPS = 1e-9;

/**
 * Rising by at least two steps, from at most half of TW IV: a ladder accumulated over the year
 * (what a level or a lower-is-better indicator must not be: rules/quarterNotes.ts, fill/level.ts).
 */
export function risesFromNearZero(v: ArrayLike<number>, at: number): boolean {
  const a = v[at];
  const d = v[at + 3];
  let steps = 0;
  for (let k = 1; k < 4; k++) if (v[at + k] > v[at + k - 1]) steps++;
  return steps >= 2 && a <= d / 2;
}

/** Decimals of a value as written (44 -> 0, 65.3 -> 1, 65.25 -> 2), up to 6. */
export function decimalsOf(x: number): number {
  for (let k = 0; k <= 6; k++) {
    const scaled = x * 10 ** k;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-7 * Math.max(1, Math.abs(scaled))) return k;
  }
  return 6;
}

/** Whether x is `exact` as far as a number written with x's decimals can say it (65,3 for 65,25; 1,6 for 1,6475). */
function withinRounding(x: number, exact: number): boolean {
  return Math.abs(x - exact) < 10 ** -decimalsOf(x) - EPS;
}

/**
 * The note on a rising row of four values ending at `top` (the target, or 100), or null. Only an
 * even ladder is judged: a plan that loads the work its own way (10 / 30 / 60 / 100) says nothing.
 */
export function ladderNote(v: ArrayLike<number>, at: number, units: boolean): LadderNote | null {
  const top = v[at + 3];
  if (!(top > 0)) return null;
  const step = top / 4;
  let offAt = -1;
  for (let k = 0; k < 3; k++) {
    const exact = step * (k + 1);
    if (Math.abs(v[at + k] - exact) <= EPS * Math.max(1, exact)) continue;
    if (offAt >= 0) return units ? jumpNote(v, at) : null;
    offAt = k;
  }
  if (offAt < 0) return null; // an even ladder
  const value = v[at + offAt];
  const expected = step * (offAt + 1);
  if (withinRounding(value, expected)) {
    // Rounding an exact quarter (65,25 -> 65,3) is style; rounding 1,6475 is unavoidable.
    return decimalsOf(expected) <= 2 && decimalsOf(value) < decimalsOf(expected) ? { kind: "rounded", quarter: offAt, value, expected } : null;
  }
  if (value > 0 && Math.abs(value - expected) <= step / 4) return { kind: "off", quarter: offAt, value, expected };
  return null;
}

/** TW I-III rising evenly from 0 (within rounding), TW IV more than two steps above TW III. */
function jumpNote(v: ArrayLike<number>, at: number): LadderNote | null {
  const a = v[at];
  const b = v[at + 1];
  const c = v[at + 2];
  const d = v[at + 3];
  const step = c / 3;
  if (!(a > 0) || !withinStep(a, step) || !withinStep(b, 2 * step)) return null;
  if (d - c <= 2 * step + EPS) return null;
  return { kind: "jump", step, base: 4 * step };
}

function withinStep(x: number, exact: number): boolean {
  return Math.abs(x - exact) <= EPS * Math.max(1, exact) || withinRounding(x, exact);
}
