import type { Finding } from "../finding";
import type { CellRef } from "../grid";
import type { MessageKey } from "../i18n";
import { directionWord, kindOf } from "../plan/measure";
import type { PlanRow } from "../plan/types";
import { emptyMask, fitsMaskOf, invalidMask, SHAPE, textMask } from "../quarters/packed";
import { classifyCellText, qualitativeKey, targetKeys } from "../quarters/cellText";
import { nearUnits } from "../quarters/convention";
import {
  fallsToTarget, needsQualitativeCheck, needsScaleCheck, READING, readingMask, type TargetKind,
} from "../quarters/readings";
import { clip, finding, spanRange, type RuleContext } from "./context";
import { quarterNote } from "./quarterNotes";
import { countWay, ReadingSummary } from "./readingSummary";
import { quarterRange, quoteQuarters, targetParams } from "./quarterText";
import { groupWord, QUARTER_NAMES } from "./words";
import { isBlankTarget, unitOnly } from "./targets";

/**
 * What the row's target is, as far as its reading needs: asked of plan/measure.ts only when a
 * reading depends on it (plain numbers of progress under a target not 100, a target without a
 * quantity), so that a large table of ordinary rows does not pay for reading indicator names.
 */
const DIGIT = /\d/;
/** The percent readings' bits (cumulative and per-quarter percentages of progress). */
const PERCENT_READINGS = 0b0011;

function targetKindOf(row: PlanRow, bits: number): TargetKind | "month" {
  const t = row.target;
  if (!needsScaleCheck(bits, t) && !needsQualitativeCheck(bits, t)) return "other";
  const kind = kindOf(t, row.indikator?.text ?? "").kind;
  // A target written in words only ("Sangat Inovatif" under Satuan "Predikat") is a predicate, whatever its scale.
  if (t && t.quantity === null && kind === "scale" && !DIGIT.test(t.raw)) return "qualitative";
  return kind === "scale" || kind === "qualitative" || kind === "month" ? kind : "other";
}

/**
 * Whether the filled quarters all hold the target, TW IV among them, the others empty, dashes or 0:
 * a level measured only in some quarters ("- / 82 / - / 82": an Indeks Kepuasan Masyarakat surveyed
 * each semester). Asked only of rows that fit nothing else (every quarter or only TW IV fit already).
 */
function heldWhenMeasured(v: ArrayLike<number>, at: number, target: PlanRow["target"]): boolean {
  const q = target && !target.unreadable ? target.quantity : null;
  const d = v[at + 3];
  if (q === null || !(d > 0) || !nearUnits(d, q)) return false;
  for (let k = 0; k < 3; k++) if (v[at + k] !== 0 && v[at + k] !== d) return false;
  return true;
}

/**
 * Whether the row's indicator may be planned falling to its target: "words" when its words say lower
 * is better (angka kematian, prevalensi ...); "row" when they say nothing of its direction while it
 * measures a level or a state (a percentage, an index, a rate: "Persentase luas kawasan kumuh" 1,5 /
 * 1,4 / 1,3 / 1,25, "Timbulan sampah (ton/hari)"): only the row then says lower is better, which a
 * person should confirm. Never words that say higher is better ("Cakupan ...", "... yang
 * ditangani"), nor a count ("Jumlah usaha mikro yang naik kelas" falling from 150 to 120).
 */
function mayFall(row: PlanRow): "words" | "row" | null {
  const d = directionWord(row.indikator?.text ?? "");
  return d.lower ? "words" : d.word === null && measuresLevel(row) ? "row" : null;
}

/** A row falling to its target that only the row itself says is lower-is-better: a warning asking which way is better. */
function fallsUnsaid(ctx: RuleContext, e: number, row: PlanRow): Finding {
  const set = ctx.quarters.set(e);
  return finding(ctx.plan, {
    rule: "percent.fallsUnsaid", severity: "warning", at: quarterRange(set), key: "quarters.fallsUnsaid",
    params: { group: groupWord(set.group), cells: quoteQuarters(set), name: clip(row.indikator?.text ?? ""), ...targetParams(row.target) },
  });
}

/**
 * The quarters (a mask) that hold the target's own words ("WTP", "BB", "1:20"), when every other
 * quarter is empty, a dash or 0; else 0 (other words, a label, a number).
 */
function targetWordQuarters(ctx: RuleContext, e: number, row: PlanRow): number {
  const q = ctx.quarters;
  const bits = q.bits(e);
  const text = textMask(bits);
  const raw = row.target?.raw ?? "";
  if (text === 0 || (bits & SHAPE.words) === 0 || (bits & (SHAPE.month | SHAPE.misplacedLabel)) !== 0 || raw.trim() === "") return 0;
  for (let i = 0; i < 4; i++) if ((text & (1 << i)) === 0 && q.valueArray[e * 4 + i] !== 0) return 0;
  const keys = targetKeys(raw);
  const texts = q.set(e).texts();
  for (let i = 0; i < 4; i++) if ((text & (1 << i)) !== 0 && !keys.includes(qualitativeKey(texts[i]))) return 0;
  return text;
}

/**
 * The target's words written only in quarters before TW IV ("- / WTP / - / -": the audit opinion
 * announced in TW II): measured then, but not said to hold at year end. A warning, not "fits no
 * reading": nothing contradicts, a person should say whether it holds to TW IV.
 */
function notYearEnd(ctx: RuleContext, e: number, row: PlanRow, quarters: number): Finding {
  const set = ctx.quarters.set(e);
  const names = QUARTER_NAMES.filter((_, i) => (quarters & (1 << i)) !== 0).join(", ");
  return finding(ctx.plan, {
    rule: "percent.notYearEnd", severity: "warning", at: quarterRange(set), key: "quarters.notYearEnd",
    params: { group: groupWord(set.group), cells: quoteQuarters(set), quarters: names, ...targetParams(row.target) },
    hint: "quarters.hint.perRow",
  });
}

/**
 * A count's target written in some quarters, TW IV among them, the others empty: the same things
 * counted at each measurement, as the target every quarter is read, or parts adding up to more
 * than the target. A warning, not "fits no reading": the first is a plan, the second a mistake.
 */
function heldCount(ctx: RuleContext, e: number, row: PlanRow): Finding {
  const set = ctx.quarters.set(e);
  const v = ctx.quarters.valueArray;
  const filled = [0, 1, 2, 3].filter((i) => v[e * 4 + i] !== 0);
  return finding(ctx.plan, {
    rule: "percent.heldCount", severity: "warning", at: quarterRange(set), key: "quarters.heldCount",
    params: {
      group: groupWord(set.group), cells: quoteQuarters(set), quarters: filled.map((i) => QUARTER_NAMES[i]).join(", "),
      sum: filled.reduce((a, i) => a + v[e * 4 + i], 0), ...targetParams(row.target),
    },
    hint: "quarters.hint.perRow",
  });
}

/** Whether the row's target is a level or a state (a score, an index, a percentage), not a count that parts would add up to. */
function measuresLevel(row: PlanRow): boolean {
  const kind = kindOf(row.target, row.indikator?.text ?? "").kind;
  return kind === "scale" || kind === "percent";
}

/** Which message says why no reading fits the row. */
function noReadingKey(ctx: RuleContext, e: number, kind: TargetKind): MessageKey {
  const q = ctx.quarters;
  const bits = q.bits(e);
  const a = q.analysis(e);
  const row = q.row(e);
  if (textMask(bits) !== 0) {
    if ((bits & SHAPE.misplacedLabel) !== 0) return "quarters.noReading.schedule";
    if ((bits & SHAPE.words) === 0) return "quarters.noReading.mixed";
    if (isBlankTarget(row.target)) return "quarters.noReading.textNoTarget";
    if (kind === "qualitative" || !row.target || row.target.quantity === null) return "quarters.noReading.text";
    return "quarters.noReading.words";
  }
  if (kind === "qualitative") return row.target && DIGIT.test(row.target.raw) ? "quarters.noReading.level" : "quarters.noReading.qualitative";
  const t = row.target;
  if (kind === "scale" && t && t.quantity !== null && (fitsMaskOf(bits) & PERCENT_READINGS) !== 0) {
    // Read only as percentages of progress, which a score on its own scale is not: "above the target" only when it is.
    return a.last > t.quantity ? "quarters.noReading.scaleProgress" : "quarters.noReading.scaleParts";
  }
  const units = a.percent !== true && row.target?.quantity != null && !row.target.unreadable && !row.target.percent;
  if (units || (a.percent !== true && row.target?.percent === true)) return "rules.percent.noConventionUnits";
  // Percentages under a percentage target other than 100 ("20% / 40% / 60% / 75%" under "80 %"): rising to 80% fits too; say so.
  if (t?.percent && t.quantity !== null && !t.unreadable && Math.abs(t.quantity - 100) > 1e-9) return "rules.percent.noConventionPercentTarget";
  return "rules.percent.noConvention";
}

/** A row that no reading fits: say what it holds and what its own target expects. */
function noReading(ctx: RuleContext, e: number, kind: TargetKind): Finding {
  const set = ctx.quarters.set(e);
  const row = ctx.quarters.row(e);
  const a = ctx.quarters.analysis(e);
  const params = { group: groupWord(set.group), cells: quoteQuarters(set), sum: a.sum, last: a.last, ...targetParams(row.target) };
  return finding(ctx.plan, {
    rule: "percent.noConvention", severity: "error", at: quarterRange(set), key: noReadingKey(ctx, e, kind), params,
    hint: "quarters.hint.perRow",
  });
}

/** A month name in a quarter cell ("November"): a date where a target belongs. */
function monthFinding(ctx: RuleContext, e: number): Finding {
  const set = ctx.quarters.set(e);
  const texts = set.texts();
  const month = texts.find((t) => classifyCellText(t).kind === "month") ?? texts[3];
  return finding(ctx.plan, {
    rule: "percent.month", severity: "error", at: quarterRange(set), key: "quarters.month",
    params: { group: groupWord(set.group), cells: quoteQuarters(set), text: clip(month, 40) },
  });
}

/** Indicator rows (an indicator or a target) whose quarter cells are all empty, dashes or 0: one warning per row. */
function noQuarters(ctx: RuleContext, empties: Map<PlanRow, number[]>): Finding[] {
  const out: Finding[] = [];
  const q = ctx.quarters;
  for (const [row, list] of empties) {
    const whole = list.length === Object.keys(row.quarterSets()).length;
    const sets = list.map((e) => q.set(e));
    const cells: CellRef[] = sets.flatMap((set) => set.cells());
    const name = row.indikator?.text ?? row.owner?.name ?? "";
    out.push(finding(ctx.plan, {
      rule: "percent.noQuarters", severity: "warning", at: spanRange(cells),
      key: whole ? "rules.percent.noQuartersAll" : "rules.percent.noQuarters",
      params: { name: clip(name), group: groupWord(sets[0].group), target: targetParams(row.target).target },
      hint: "rules.percent.noQuartersHint",
    }));
  }
  return out;
}

/**
 * Each row's quarters (Target Kinerja and Target Pelaksanaan alike, Kegiatan header rows too)
 * read by the reading that fits that row (quarters/readings.ts), not by the table's:
 * - a row that no reading fits is an error saying what its target expects; a month name, an error;
 *   a level or state measured only in some quarters, the target in each of them and in TW IV
 *   ("- / 82 / - / 82"), reads as that level;
 * - a row that fits but looks wrong gets at most one warning (quarterNotes.ts);
 * - an indicator row with no quarterly targets at all, a warning;
 * - rows of things counted whose plain numbers read as percentages beside rows in the target's units,
 *   or that hold the annual count every quarter beside rows adding up to theirs: info (readingSummary.ts).
 * Rows with unreadable or out-of-range cells are left to the cell rule (their sums mean nothing).
 */
export function conventionsRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const q = ctx.quarters;
  const values = q.valueArray;
  const empties = new Map<PlanRow, number[]>(); // entries of ctx.quarters by row
  const summary = new ReadingSummary();
  for (let e = 0; e < q.length; e++) {
    const row = q.row(e);
    const bits = q.bits(e);
    if (invalidMask(bits) !== 0 || q.outOfRange(e, row.target) !== 0) continue;
    if (q.allZero(e)) {
      // 0 written in every quarter under a target of 0 ("0 Temuan"): that level, held all year.
      if (emptyMask(bits) === 0 && row.target?.quantity === 0 && !row.target.unreadable) continue;
      // Empty, dashes or 0 in every quarter: nothing planned.
      if (row.indikator || (!isBlankTarget(row.target) && !unitOnly(row.target))) {
        const list = empties.get(row);
        if (list) list.push(e);
        else empties.set(row, [e]);
      }
      continue;
    }
    if ((bits & SHAPE.month) !== 0) {
      // Under a month as the target ("Desember 2026" then "- / - / - / Desember") the target rule says it once.
      if (row.target?.month === undefined) out.push(monthFinding(ctx, e));
      continue;
    }
    const kind = targetKindOf(row, bits);
    if (kind === "month") continue; // a month as the target: the target rule says so
    let mask = readingMask(bits, kind, row.target);
    if (mask === 0 && textMask(bits) === 0 && fallsToTarget(values, e * 4, row.target)) {
      const falls = mayFall(row);
      if (falls) mask = READING.descending;
      if (falls === "row") out.push(fallsUnsaid(ctx, e, row));
    }
    if (mask === 0 && textMask(bits) === 0 && heldWhenMeasured(values, e * 4, row.target)) {
      if (measuresLevel(row)) mask = READING.level;
      else {
        // A count held in the quarters it is measured ("- / 42 OPD / - / 42 OPD": every OPD reconciles
        // each semester) reads as "42 / 42 / 42 / 42" does, or as parts twice the target: a person says which.
        out.push(heldCount(ctx, e, row));
        continue;
      }
    }
    if (mask === 0 && textMask(bits) !== 0) {
      // The target's words in the quarters it is measured, TW IV among them ("- / WTP / - / WTP"): that level, as numbers so held.
      const words = targetWordQuarters(ctx, e, row);
      if ((words & 0b1000) !== 0) mask = READING.level;
      else if (words !== 0) {
        out.push(notYearEnd(ctx, e, row, words));
        continue;
      }
    }
    if (mask === 0) {
      // An indicator with no target (hierarchy.indicatorNoTarget says so), or only the Satuan's unit
      // (target.noQuantity), and quarters nothing says are percentages ("1 ×4" under Satuan "Dokumen"):
      // nothing to read them against; not "sums to 4%", nor "expected to add up to 0".
      const noQuantity = isBlankTarget(row.target) || unitOnly(row.target);
      if (row.indikator && ctx.plan.recognition.columns.target !== undefined && noQuantity && (bits & SHAPE.declaredPercent) === 0 && textMask(bits) === 0) continue;
      out.push(noReading(ctx, e, kind));
      continue;
    }
    summary.add(e, q.groupIndex(e), countWay(row, bits, mask));
    if ((bits & (SHAPE.unitWord | SHAPE.constant)) !== SHAPE.constant) {
      const note = quarterNote(ctx, e, mask, kind);
      if (note) out.push(note);
    }
  }
  for (const f of noQuarters(ctx, empties)) out.push(f); // no spread: a huge table has many such rows
  for (const f of summary.findings(ctx)) out.push(f);
  return out;
}
