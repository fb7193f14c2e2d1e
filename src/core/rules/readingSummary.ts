import type { Finding } from "../finding";
import { QUARTER_GROUPS } from "../layout/types";
import { indicatorKind, kindOf } from "../plan/measure";
import type { PlanRow } from "../plan/types";
import { nearUnits } from "../quarters/convention";
import { percentCellMask, SHAPE, textMask } from "../quarters/packed";
import { READING } from "../quarters/readings";
import { finding, spanRange, type RuleContext } from "./context";
import { quoteQuarters, targetParams } from "./quarterText";
import { groupWord } from "./words";

/** What a row of things counted says to the summary, as bits: its plain numbers of progress read as percentages, or in units; it holds the target every quarter; it reads as progress at all. */
const PERCENT = 1;
const UNITS = 2;
const HELD = 4;
const PROGRESS = 8;
const NUMERIC = 0b1111;

/**
 * What a row says to the summary (bits above; 0: nothing), asked of rows of things counted only:
 * - PROGRESS: its quarters read as progress, cumulative or per-quarter parts (no level, year-end
 *   value, schedule or fall); then PERCENT when its plain numbers (no "%" in the cells or the
 *   header) read only as percentages of progress (40 / 30 / 20 / 10 under "40 Kasus", adding up to
 *   100), UNITS when only in the target's units (3 / 6 / 9 / 12 for "12 Dokumen"); neither under a
 *   target of 100 (its numbers read either way);
 * - HELD: its plain numbers are the target itself every quarter (52 ×4 for "52 Orang").
 */
export function countWay(row: PlanRow, bits: number, mask: number): number {
  if (textMask(bits) !== 0) return 0;
  const plain = percentCellMask(bits) === 0 && (bits & SHAPE.declaredPercent) === 0;
  const held = plain && (mask & READING.level) !== 0 && (bits & SHAPE.constant) !== 0;
  const progress = (mask & ~NUMERIC) === 0 && (mask & NUMERIC) !== 0;
  if ((!held && !progress) || !counts(row)) return 0;
  if (held) return HELD;
  const percent = (mask & 0b0011) !== 0;
  const units = (mask & 0b1100) !== 0;
  // Under "100 Kasus" a row's numbers are its percentages and its units alike: no evidence either way.
  if (!plain || percent === units || (row.target?.quantity != null && nearUnits(row.target.quantity, 100))) return PROGRESS;
  return PROGRESS | (percent ? PERCENT : UNITS);
}

/** A row of things counted, its name saying nothing else ("Rata-rata waktu tunggu" in "Hari" is a level). */
function counts(row: PlanRow): boolean {
  const name = row.indikator?.text ?? "";
  const byName = indicatorKind(name);
  return (byName === null || byName === "count") && kindOf(row.target, name).kind === "count";
}

/**
 * Two mixes of rows of things counted that a reader cannot settle from the cells, one info each per
 * quarter group, at the rows of the less common way:
 * - plain numbers as percentages of progress in some rows and in the target's units in others: the
 *   same "40" is 40% in one row and 40 Kasus in the next, and nothing in the cells says which;
 * - rows holding the annual count in every quarter (52 ×4 for "52 Orang") beside count rows adding
 *   up or rising to their target: 52 a quarter (208 a year), 52 by TW I, or a standing number?
 *
 * Other mixes are not said: cumulative rows beside per-quarter parts, levels of indices and
 * percentages, year-end values and schedules are each indicator's own counting type (DOMAIN.md:
 * "a table mixing conventions is normal"). A summary of every way a table reads fired on nearly
 * every real plan and pointed at nothing to change.
 */
export class ReadingSummary {
  /** Per group, per bit of countWay (PERCENT, UNITS, HELD, PROGRESS): rows, first and last entry (-1: none). */
  private readonly counts = QUARTER_GROUPS.map(() => [0, 0, 0, 0]);
  private readonly first = QUARTER_GROUPS.map(() => [-1, -1, -1, -1]);
  private readonly last = QUARTER_GROUPS.map(() => [-1, -1, -1, -1]);

  /** Entry e of group g (its index in QUARTER_GROUPS) says `way` (countWay's bits). */
  add(e: number, g: number, way: number): void {
    for (let i = 0; i < 4; i++) {
      if ((way & (1 << i)) === 0) continue;
      this.counts[g][i]++;
      if (this.first[g][i] < 0) this.first[g][i] = e;
      this.last[g][i] = e;
    }
  }

  findings(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    QUARTER_GROUPS.forEach((group, g) => {
      const [percent, units, held, progress] = this.counts[g];
      const example = (i: number) => {
        const e = this.first[g][i];
        return { cells: quoteQuarters(ctx.quarters.set(e)), target: targetParams(ctx.quarters.row(e).target).target };
      };
      const at = (i: number) => spanRange([...ctx.quarters.set(this.first[g][i]).cells(), ...ctx.quarters.set(this.last[g][i]).cells()]);
      if (percent > 0 && units > 0) {
        const p = example(0);
        const u = example(1);
        out.push(finding(ctx.plan, {
          rule: "percent.mixedReadings", severity: "info", at: at(percent <= units ? 0 : 1), key: "quarters.mixedReadings",
          params: { group: groupWord(group), percent, units, pcells: p.cells, ptarget: p.target, ucells: u.cells, utarget: u.target },
          hint: "quarters.mixedReadingsHint",
        }));
      }
      if (held > 0 && progress >= held) {
        const h = example(2);
        const p = example(3);
        out.push(finding(ctx.plan, {
          rule: "percent.mixedReadings", severity: "info", at: at(2), key: "quarters.heldCounts",
          params: { group: groupWord(group), held, progress, hcells: h.cells, htarget: h.target, pcells: p.cells, ptarget: p.target },
          hint: "quarters.heldCountsHint",
        }));
      }
    });
    return out;
  }
}
