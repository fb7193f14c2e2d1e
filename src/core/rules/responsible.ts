// The Penanggung Jawab column: one position per indicator, named as a position (not as an
// acting official). Read from the sheet's raw text (the plan does not keep the column).
import type { Finding } from "../finding";
import type { Plan } from "../plan/types";
import { clip, finding } from "./context";

/** Words that open a position's name ("Kepala Bidang ...", "Kasubag Umum", "Sekretaris Dinas"). */
const POSITION = /^(?:kepala|sekretaris|kasubag|kasubbag|kasubid|kasubbid|kabag|kabid|kasi|kasie|kaur|kacab|camat|lurah|direktur|inspektur|sekcam|sekdis|koordinator|ketua)$/i;
const ACTING = /^(?:plh|plt|pj|pjs)\b\.?\s+\S/i;
/** The acting prefix to take off, leaving the position ("Plh Kepala Dinas Perhubungan" -> "Kepala Dinas Perhubungan"). */
const ACTING_PREFIX = /^(?:plh|plt|pj|pjs)\b\.?\s+/i;

/** A number: that many positions (2 or more); "acting": an acting official's label; null: nothing to say. */
type Verdict = number | "acting" | null;

/** What parts a cell's positions: a slash, a comma, "&", ";" or "dan" ("Camat / Sekcam", "Kabid A, Kabid B"). */
const SEPARATOR = /\/|,|&|;|\bdan\b/i;

/**
 * Two positions: two position words that do not follow one another ("Sekretaris Camat" is one), or
 * that a separator parts ("Camat / Sekcam": each a position of its own).
 */
function verdictOf(text: string): Verdict {
  let positions = 0;
  for (const part of text.split(SEPARATOR)) {
    let previous = false;
    for (const w of part.split(/[^A-Za-z]+/)) {
      if (w === "") continue;
      const p = POSITION.test(w);
      if (p && !previous) positions++;
      previous = p;
    }
  }
  if (positions >= 2) return positions;
  return ACTING.test(text.trim()) ? "acting" : null;
}

/** A warning for two positions or more in one cell, an info for an acting official's label. */
export function responsibleFindings(plan: Plan, out: Finding[]): void {
  const raw = plan.rawText;
  const col = plan.recognition.columns.penanggungJawab;
  if (!raw || col === undefined) return;
  const cache = new Map<string, Verdict>();
  for (const { row } of plan.rows) {
    const text = raw(row, col);
    if (text === "") continue;
    let v = cache.get(text);
    if (v === undefined) {
      v = verdictOf(text);
      cache.set(text, v);
    }
    if (v === null) continue;
    const params = { text: clip(text.replace(/\s+/g, " ").trim(), 60) };
    out.push(typeof v === "number"
      ? finding(plan, {
        rule: "spelling.twoResponsible", severity: "warning", at: { row, col }, key: "rules.style.twoResponsible",
        params: { ...params, count: String(v) }, hint: "rules.style.twoResponsibleHint",
      })
      : finding(plan, {
        rule: "spelling.acting", severity: "info", at: { row, col }, key: "rules.style.acting", params, hint: "rules.style.actingHint",
        hintParams: { position: clip(text.replace(/\s+/g, " ").trim().replace(ACTING_PREFIX, ""), 60) },
      }));
  }
}
