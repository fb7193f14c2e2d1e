import type { Finding } from "../finding";
import type { CellRef } from "../grid";
import type { MessageKey, Params } from "../i18n";
import type { PlanRow, Target } from "../plan/types";
import { conventionBit, conventionsOf, fitsMaskOf, invalidMask, type Convention } from "../quarters/convention";
import { clip, finding, spanRange, type RuleContext } from "./context";
import { quarterRange, quoteQuarters } from "./quarterText";
import { conventionWord, groupWord } from "./words";
import { isBlankTarget, targetText } from "./targets";

const HINTS: Record<Convention, MessageKey> = {
  percentCumulative: "rules.percent.hint.percentCumulative",
  percentPerQuarter: "rules.percent.hint.percentPerQuarter",
  unitsCumulative: "rules.percent.hint.unitsCumulative",
  unitsPerQuarter: "rules.percent.hint.unitsPerQuarter",
};

function targetParams(target: Target | null): Params {
  return { target: target ? targetText(target) || "-" : "-", quantity: target?.quantity ?? 0, unit: target?.unit ?? "" };
}

/** A row that fits conventions, none of them the table's dominant one. */
function otherConvention(ctx: RuleContext, e: number, dominant: Convention): Finding {
  const set = ctx.quarters.set(e);
  const fits = fitsMaskOf(ctx.quarters.bits(e));
  return finding(ctx.plan, {
    rule: "percent.otherConvention", severity: "warning", at: quarterRange(set), key: "rules.percent.otherConvention",
    params: { group: groupWord(set.group), cells: quoteQuarters(set), fits: conventionWord(conventionsOf(fits)[0]), dominant: conventionWord(dominant), ...targetParams(ctx.quarters.row(e).target) },
    hint: HINTS[dominant],
  });
}

/** A row that fits none of the four conventions: say what it sums to and where it ends. */
function noConvention(ctx: RuleContext, e: number): Finding {
  const set = ctx.quarters.set(e);
  const row = ctx.quarters.row(e);
  const a = ctx.quarters.analysis(e);
  const dominant = ctx.dominant[set.group] ?? null;
  const units = a.percent !== true && row.target?.quantity != null && !row.target.unreadable && !row.target.percent;
  const params = { group: groupWord(set.group), cells: quoteQuarters(set), sum: a.sum, last: a.last, ...targetParams(row.target) };
  return finding(ctx.plan, {
    rule: "percent.noConvention", severity: "error", at: quarterRange(set),
    key: units ? "rules.percent.noConventionUnits" : "rules.percent.noConvention", params,
    hint: dominant ? HINTS[dominant] : "rules.percent.hint.none", hintParams: params,
  });
}

/** Indicator rows (an indicator or a target) whose quarter cells are all empty, dashes or 0: one warning per row. */
function noQuarters(ctx: RuleContext, empties: Map<PlanRow, number[]>): Finding[] {
  const out: Finding[] = [];
  const q = ctx.quarters;
  for (const [row, list] of empties) {
    const whole = list.length === Object.keys(row.quarters).length;
    const sets = list.map((e) => q.set(e));
    const cells: CellRef[] = sets.flatMap((set) => set.cells);
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
 * against the four conventions: a row that fits none is an error; a row that fits only other
 * conventions than the table's dominant one is a warning; an indicator row with no quarterly
 * targets at all is a warning. Rows with unreadable or out-of-range cells are left to the
 * cell rule (their sums mean nothing).
 */
export function conventionsRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const q = ctx.quarters;
  const empties = new Map<PlanRow, number[]>(); // entries of ctx.quarters by row
  for (let e = 0; e < q.length; e++) {
    const row = q.row(e);
    const bits = q.bits(e);
    if (invalidMask(bits) !== 0 || q.outOfRange(e, row.target) !== 0) continue;
    if (q.allZero(e)) {
      // Empty, dashes or 0 in every quarter: nothing planned.
      if (row.indikator || !isBlankTarget(row.target)) {
        const list = empties.get(row);
        if (list) list.push(e);
        else empties.set(row, [e]);
      }
      continue;
    }
    const fits = fitsMaskOf(bits);
    if (fits === 0) {
      out.push(noConvention(ctx, e));
      continue;
    }
    const dominant = ctx.dominant[q.group(e)];
    if (dominant && (fits & conventionBit(dominant)) === 0) out.push(otherConvention(ctx, e, dominant));
  }
  for (const f of noQuarters(ctx, empties)) out.push(f); // no spread: a huge table has many such rows
  return out;
}
