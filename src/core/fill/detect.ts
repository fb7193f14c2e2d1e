import type { GridView } from "../grid";
import { detectTextPercentStyle, percentFormatKind, type PercentTextStyle } from "../numbers";
import { isDateFormat } from "../numbers/format";
import { countTextPercentStyle } from "../numbers/percentText";
import { scanNumberText } from "../numbers/parse";
import { QUARTER_GROUPS, type QuarterGroup } from "../layout/types";
import type { Plan, PlanRow, QuarterSet } from "../plan/types";
import { isPercentConvention } from "../quarters/convention";
import { DEFAULT_REPRESENTATION, type Representation } from "./representation";
import type { FillWay } from "./types";

/** The Indonesian standard, for a table without a single text percentage. */
const STANDARD_STYLE: PercentTextStyle = { decimalComma: true, spaceBeforePercent: false };

/** The text samples of a row's percent cells, for its style ("75 %" or "75%"). */
function percentTexts(set: QuarterSet, view: GridView, into: string[]): void {
  for (let q = 0; q < 4; q++) {
    const c = set.cell(q);
    const v = view.rawValue(c.row, c.col);
    if (typeof v === "string" && v.includes("%")) into.push(view.rawText(c.row, c.col) || v);
  }
}

/** A number typed as text without a percent mark ("21,25", "40"; not "0"), or null. */
function digitsScan(v: unknown): ReturnType<typeof scanNumberText> | null {
  if (typeof v !== "string") return null;
  const scan = scanNumberText(v);
  return scan.reading.kind === "number" && scan.percentMark === null && scan.reading.value !== 0 ? scan : null;
}

/** Whether numbers typed as text write a decimal comma: by majority of those that show a separator, else `fallback`. */
function digitsComma(texts: readonly unknown[], fallback: boolean): boolean {
  let comma = 0;
  let dot = 0;
  for (const t of texts) {
    const scan = digitsScan(t);
    if (scan?.decimalSep === "," || scan?.groupSep === ".") comma++;
    if (scan?.decimalSep === "." || scan?.groupSep === ",") dot++;
  }
  return comma === dot ? fallback : comma > dot;
}

/**
 * The style of a row's own text percentages; what the row does not show (no decimals, a tie)
 * comes from the table's style.
 */
export function rowTextStyle(samples: readonly string[], table: PercentTextStyle): PercentTextStyle {
  const n = countTextPercentStyle(samples);
  if (n.found === 0) return table;
  return {
    decimalComma: n.comma === n.dot ? table.decimalComma : n.comma > n.dot,
    spaceBeforePercent: n.spaced * 2 === n.found ? table.spaceBeforePercent : n.spaced * 2 > n.found,
  };
}

/**
 * The representation a row's quarter cells already use, or null when no cell holds a value
 * to go by (empty cells, dashes, bare zeros, dates, text without "%"). Cells marked as
 * percentages (a percent number format, a literal "%" format, text with "%") decide over
 * bare numbers: a bare "25" beside "75%" is the stray cell (read as a number without its
 * "%" among percentages), so what is written beside it follows the marked cells. Among
 * several marked kinds the most frequent wins (ties: scaled, literal, text).
 */
export function rowRepresentation(set: QuarterSet, view: GridView, table: PercentTextStyle): Representation | null {
  let scaled = 0;
  let literal = 0;
  let text = 0;
  let bare = 0;
  const digits: string[] = [];
  let scaledFormat = "";
  let literalFormat = "";
  let bareFormat = "";
  for (let q = 0; q < 4; q++) {
    const c = set.cell(q);
    const v = view.rawValue(c.row, c.col);
    if (typeof v === "number") {
      if (!Number.isFinite(v)) continue;
      const format = view.format(c.row, c.col);
      if (isDateFormat(format, v)) continue;
      const kind = percentFormatKind(format, v);
      if (kind === "scaled") {
        if (scaled++ === 0) scaledFormat = format;
      } else if (kind === "literal") {
        if (literal++ === 0) literalFormat = format;
      } else if (v !== 0 && bare++ === 0) bareFormat = format;
    } else if (typeof v === "string" && v.includes("%")) text++;
    else if (digitsScan(v)) digits.push(v as string);
  }
  if (scaled + literal + text > 0) {
    if (scaled >= literal && scaled >= text) return { kind: "scaled", format: scaledFormat };
    if (literal >= text) return { kind: "number", format: literalFormat };
    const samples: string[] = [];
    percentTexts(set, view, samples);
    return { kind: "text", style: rowTextStyle(samples, table) };
  }
  if (digits.length > bare) return { kind: "digits", decimalComma: digitsComma(digits, table.decimalComma) };
  return bare > 0 ? { kind: "number", format: bareFormat } : null;
}

/**
 * How a row's target cell holds its percentage, when it holds a number: 0.85 shown "85%" (scaled, in
 * the cell's format, fit to the quarters: representation.ts fitRepresentation), 85 shown "85%" by a
 * literal '0"%"' format (that format, fit the same way), or a bare 85 under Satuan "%" (plain numbers,
 * as the group writes them when its rows write plain numbers, else in "General"). null for text, a
 * date, an empty cell or no target column: the cell shows no number to follow.
 */
export function targetRepresentation(row: PlanRow, view: GridView, group: Representation): Representation | null {
  const c = row.targetCell();
  if (!c) return null;
  const v = view.rawValue(c.row, c.col);
  if (typeof v !== "number" || !Number.isFinite(v)) return null;
  const format = view.format(c.row, c.col);
  if (isDateFormat(format, v)) return null;
  const kind = percentFormatKind(format, v);
  if (kind === "scaled") return { kind: "scaled", format, fit: true };
  if (kind === "literal") return { kind: "number", format, fit: true };
  return group.kind === "number" && percentFormatKind(group.format) === "none" ? group : { kind: "number", format: "General" };
}

function voteKey(rep: Representation): string {
  return rep.kind === "text" || rep.kind === "digits" ? rep.kind : `${rep.kind}\u0000${rep.format}`;
}

/** A row's way as the table writes it, for rows without one: text in the table's style. */
function tableWide(rep: Representation, style: PercentTextStyle): Representation {
  if (rep.kind === "text") return { kind: "text", style };
  return rep.kind === "digits" ? { kind: "digits", decimalComma: style.decimalComma } : rep;
}

/** The representation most rows of a group use (each row one vote; ties: the first seen). */
function dominant(votes: Map<string, { count: number; rep: Representation }>): Representation | null {
  let best: { count: number; rep: Representation } | null = null;
  for (const v of votes.values()) if (!best || v.count > best.count) best = v;
  return best?.rep ?? null;
}

/**
 * How the fill writes each row: in the representation the row already uses; a row without one
 * whose quarters are quantities of a percentage target held by a number, as its target cell holds
 * it (see of); else in the representation most rows of its quarter group use (each row one vote, so one stray
 * cell never sets it), else the other group's, else DEFAULT_REPRESENTATION. Text percentages
 * of a row without text of its own take the table's style (detectTextPercentStyle over every
 * quarter cell), so that a table's filled rows are written alike.
 */
export class Representations {
  private readonly rows = new Map<number, Representation>();
  private readonly view: GridView;
  readonly table: Record<QuarterGroup, Representation>;

  constructor(plan: Plan) {
    const view = plan.view;
    this.view = view;
    const samples: string[] = [];
    const raws: unknown[] = [];
    const sets: { row: number; set: QuarterSet }[] = [];
    for (const row of plan.rows) {
      const quarters = row.quarterSets();
      for (const group of QUARTER_GROUPS) {
        const set = quarters[group];
        if (!set) continue;
        sets.push({ row: row.row, set });
        percentTexts(set, view, samples);
        for (let q = 0; q < 4; q++) raws.push(view.rawValue(set.cell(q).row, set.cell(q).col));
      }
    }
    // Without a text percentage, the table's numbers typed as text say which decimal mark it writes.
    const style = detectTextPercentStyle(samples) ?? { ...STANDARD_STYLE, decimalComma: digitsComma(raws, STANDARD_STYLE.decimalComma) };
    const votes = { kinerja: new Map<string, { count: number; rep: Representation }>(), pelaksanaan: new Map<string, { count: number; rep: Representation }>() };
    for (const { row, set } of sets) {
      const rep = rowRepresentation(set, view, style);
      if (!rep) continue;
      this.rows.set(Representations.key(row, set.group), rep);
      const key = voteKey(rep);
      const vote = votes[set.group].get(key);
      if (vote) vote.count++;
      else votes[set.group].set(key, { count: 1, rep: tableWide(rep, style) });
    }
    const kinerja = dominant(votes.kinerja);
    const pelaksanaan = dominant(votes.pelaksanaan);
    this.table = {
      kinerja: kinerja ?? pelaksanaan ?? DEFAULT_REPRESENTATION,
      pelaksanaan: pelaksanaan ?? kinerja ?? DEFAULT_REPRESENTATION,
    };
  }

  private static key(row: number, group: QuarterGroup): number {
    return row * 2 + (group === "kinerja" ? 0 : 1);
  }

  /**
   * How the fill writes into a row's quarter group: the way the group already writes on the row;
   * else, when its values are quantities of a percentage target (a units convention or a level row
   * under "85%": quarter IV is the target itself), the way the row's other group writes them (the
   * row already writes its quarters so), else the way the target cell holds its number, so that
   * quarter IV is that very number (0.85 beside 0.85 shown "85%", never 85, a hundred times it for
   * every formula that reads the cells); else the way most rows of the group write.
   */
  of(row: PlanRow, group: QuarterGroup, way: FillWay): Representation {
    const own = this.rows.get(Representations.key(row.row, group));
    if (own) return own;
    const table = this.table[group];
    if (row.target?.percent !== true || (way !== "level" && isPercentConvention(way))) return table;
    const other = this.rows.get(Representations.key(row.row, group === "kinerja" ? "pelaksanaan" : "kinerja"));
    return other ?? targetRepresentation(row, this.view, table) ?? table;
  }
}
