/**
 * The order of the grades real plans write (plan/grade.ts reads them), so that quarters rising
 * to the target's grade ("B / B / BB / BB" under "BB", "WDP / WDP / WTP / WTP" under "WTP") read
 * as levels written in numbers rising to their target do ("Level 1 / 2 / 2 / 3", "70 / 75 / 78 / 80").
 * Grades are compared only on one scale: "Baik" and "BB" have no order between them.
 */

/** Each scale, lowest first; a grade's rank is its place on its scale. */
const SCALES: readonly (readonly string[])[] = [
  // SAKIP and other letter grades; "C" below "CC" below "B", as the evaluation's predicates run.
  ["e", "d", "c", "cc", "ccc", "b", "bb", "bbb", "a", "aa", "aaa"],
  // BPK audit opinions: disclaimer, adverse, qualified, unqualified.
  ["tmp", "tw", "wdp", "wtp"],
  // Zona Integritas.
  ["wbk", "wbbm"],
  ["cukup", "cukup baik", "baik", "sangat baik"],
  ["memuaskan", "sangat memuaskan"],
  ["sedang", "tinggi", "sangat tinggi"],
  // Hospital and puskesmas accreditation.
  ["dasar", "madya", "utama", "paripurna"],
  // Public-information rating (Komisi Informasi).
  ["cukup informatif", "menuju informatif", "informatif"],
];

const SAME_AS: Record<string, string> = { "baik sekali": "sangat baik" };

const RANKS: ReadonlyMap<string, { scale: number; rank: number }> = new Map(
  SCALES.flatMap((grades, scale) => grades.map((g, i) => [g, { scale, rank: i * 3 }] as const)),
);

/** A grade's scale and rank ("bb" -> letters, 18; "B+" above "B", "B-" below), or null when it is on no known scale. */
export function gradeRank(grade: string): { scale: number; rank: number } | null {
  const g = grade.trim().toLowerCase();
  const sign = /[+-]$/.exec(g);
  const base = sign ? g.slice(0, -1) : g;
  const known = RANKS.get(SAME_AS[base] ?? base);
  if (!known) return null;
  return sign ? { scale: known.scale, rank: known.rank + (sign[0] === "+" ? 1 : -1) } : known;
}

/** Whether the grades are all on one known scale and never fall from one to the next (equal steps allowed). */
export function gradesNeverFall(grades: readonly string[]): boolean {
  let prev: { scale: number; rank: number } | null = null;
  for (const g of grades) {
    const r = gradeRank(g);
    if (!r || (prev && (r.scale !== prev.scale || r.rank < prev.rank))) return false;
    prev = r;
  }
  return prev !== null;
}
