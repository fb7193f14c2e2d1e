import type { Finding, RuleId } from "../finding";
import { formatNumber } from "../numbers";
import type { Text } from "../i18n";
import { indicatorKind, kindOf, lowerIsBetter } from "../plan/measure";
import type { Target } from "../plan/types";
import { nearUnits } from "../quarters/convention";
import { SHAPE } from "../quarters/packed";
import { ladderNote, risesFromNearZero } from "../quarters/ladder";
import type { TargetKind } from "../quarters/readings";
import { clip, finding, type RuleContext } from "./context";
import { quarterRange, quoteQuarters, targetParams } from "./quarterText";
import { groupWord, QUARTER_NAMES } from "./words";

const CUMULATIVE = 0b0101;
const UNITS_CUMULATIVE = 0b0100;
const PER_QUARTER = 0b1010;

/**
 * One note at most on a row that fits a reading, the first that applies:
 * - a lower-is-better indicator, or a score on its own scale, accumulated from near 0 (warning);
 * - a cumulative ladder with one rung slightly off, or a jump in TW IV (warning); one rung only
 *   rounded (info);
 * - a percentage of a state split into parts that rise and fall (warning);
 * - unit words inside the quarter cells (warning; info in a table whose targets carry their unit, no Satuan column).
 */
export function quarterNote(ctx: RuleContext, e: number, mask: number, kind: TargetKind): Finding | null {
  const q = ctx.quarters;
  const v = q.valueArray;
  const at = e * 4;
  const row = q.row(e);
  const bits = q.bits(e);
  if ((mask & CUMULATIVE) !== 0 && (bits & SHAPE.constant) === 0) {
    const t = row.target;
    if ((mask & UNITS_CUMULATIVE) !== 0 && t && t.quantity !== null && !nearUnits(t.quantity, 100) && risesFromNearZero(v, at)) {
      const why = accumulatedRate(row, kind);
      if (why) return rateCumulative(ctx, e, why);
    }
    const units = (mask & UNITS_CUMULATIVE) !== 0 && !!t && t.quantity !== null && !nearUnits(t.quantity, 100);
    const rung = ladderNote(v, at, units);
    if (rung) return ladderFinding(ctx, e, rung);
  } else if ((mask & PER_QUARTER) !== 0 && (mask & ~PER_QUARTER) === 0 && mayBePercent(row.target) && risesThenFalls(v, at) && kindOf(row.target, row.indikator?.text ?? "").kind === "percent") {
    return note(ctx, e, "percent.partsRiseFall", "warning", "quarters.partsRiseFall", {});
  }
  if ((bits & SHAPE.unitWord) !== 0) {
    const values: Text = { id: joined(v, at, "id"), en: joined(v, at, "en") };
    // With no Satuan column the target writes its unit in its own cell ("1 Laporan"), and quarters
    // written the same way ("- / - / - / 1 Laporan") follow the table: style. Beside a Satuan, a warning.
    const own = ctx.plan.recognition.columns.satuan === undefined && !!row.target && row.target.quantity !== null && row.target.unit !== null;
    return note(ctx, e, "percent.unitWord", own ? "info" : "warning", "quarters.unitWord", { values });
  }
  return null;
}

/**
 * What makes accumulating the row wrong, or null: a lower-is-better indicator (plan/measure.ts
 * decides, its exceptions included), a score on its own scale. A lower-is-better count ("Jumlah
 * kasus DBD") is told apart: its cases do add up over the year, so the message asks which is meant
 * instead of calling it a rate. The name's readings are kept per name.
 */
type Accumulated = "quarters.rateCumulative" | "quarters.countCumulative" | "quarters.scaleCumulative";

function accumulatedRate(row: ReturnType<RuleContext["quarters"]["row"]>, kind: TargetKind): Accumulated | null {
  const name = row.indikator?.text ?? "";
  // A count by its name ("Jumlah ..."), as the fill tells it (fill/level.ts): a unit such as "Hari" counts no events ("Rata-rata waktu tunggu").
  if (lowerIsBetter(name)) return indicatorKind(name) === "count" ? "quarters.countCumulative" : "quarters.rateCumulative";
  if (kind === "scale" || kindOf(row.target, name).kind === "scale") return "quarters.scaleCumulative";
  return null;
}

/** Whether a target can measure a percentage: written as one, or with no unit (the indicator's words say). */
function mayBePercent(t: Target | null): boolean {
  return !!t && (t.percent || t.unit === null);
}

function risesThenFalls(v: ArrayLike<number>, at: number): boolean {
  let rose = false;
  for (let k = 1; k < 4; k++) {
    if (v[at + k] > v[at + k - 1]) rose = true;
    else if (v[at + k] < v[at + k - 1] && rose) return true;
  }
  return false;
}

function rateCumulative(ctx: RuleContext, e: number, key: Accumulated): Finding {
  const q = ctx.quarters;
  const name = clip(q.row(e).indikator?.text ?? "", 60);
  return note(ctx, e, "percent.rateCumulative", "warning", key, { name, first: q.value(e, 0) });
}

function ladderFinding(ctx: RuleContext, e: number, n: NonNullable<ReturnType<typeof ladderNote>>): Finding {
  if (n.kind === "jump") return note(ctx, e, "percent.ladderJump", "warning", "quarters.ladderJump", { step: n.step, base: n.base });
  const params = { quarter: QUARTER_NAMES[n.quarter], value: n.value, expected: n.expected, step: ctx.quarters.value(e, 3) / 4 };
  return n.kind === "off"
    ? note(ctx, e, "percent.ladderOff", "warning", "quarters.ladderOff", params)
    : note(ctx, e, "percent.rounded", "info", "quarters.rounded", params);
}

function note(ctx: RuleContext, e: number, rule: RuleId, severity: "warning" | "info", key: Parameters<typeof finding>[1]["key"], params: Record<string, string | number | Text>): Finding {
  const q = ctx.quarters;
  const set = q.set(e);
  return finding(ctx.plan, {
    rule, severity, at: quarterRange(set), key,
    params: { group: groupWord(set.group), cells: quoteQuarters(set), last: q.value(e, 3), ...targetParams(q.row(e).target), ...params },
  });
}

function joined(v: ArrayLike<number>, at: number, lang: "id" | "en"): string {
  return [0, 1, 2, 3].map((k) => formatNumber(v[at + k], lang)).join(" / ");
}
