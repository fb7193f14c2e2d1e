import type { CellEdit } from "../edits";
import { colToLetters } from "../grid";
import { msg, type MessageKey } from "../i18n";
import type { Text } from "../i18n/types";
import type { QuarterGroup } from "../layout/types";
import type { QuarterSet } from "../plan/types";
import { describeWrite } from "./representation";
import type { RowOutcome } from "./row";
import type { FillColumnCount, FillPlan, FillPreview, FillSkip, FillWay, Quarter, SkipReason } from "./types";

/** Rows shown before/after in a preview. */
export const EXAMPLE_LIMIT = 5;

export function groupName(group: QuarterGroup): Text {
  return msg(`fill.group.${group}` as MessageKey);
}

export function conventionName(convention: FillWay): Text {
  return msg(`fill.convention.${convention}` as MessageKey);
}

/** A row's quarter cells as the user wrote them: "1 / 1 / 1 / -" (a blank cell named as blank). */
function cellsText(texts: readonly string[]): Text {
  const blank = msg("fill.skip.blank");
  const join = (lang: "id" | "en") => texts.map((t) => (t.trim() === "" ? blank[lang] : t.trim())).join(" / ");
  return { id: join("id"), en: join("en") };
}

/** Why one quarter group of a row was left; texts: the group's cells as they are (quoted by "complete"). */
export function skipMessage(
  reason: SkipReason, row: number, group: QuarterGroup | Text, convention: FillWay, texts: readonly string[] = [],
): Text {
  const name = typeof group === "string" ? groupName(group) : group;
  return msg(`fill.skip.${reason}` as MessageKey, {
    row: String(row + 1), group: name, convention: conventionName(convention), values: cellsText(texts),
  });
}

const sameText = (a: Text, b: Text): boolean => a.id === b.id && a.en === b.en;

/**
 * One entry per row left: a row whose second quarter group is left too joins the entry of its
 * first, so that "N rows left" is followed by N lines. When the second group would be told
 * what the first was told (same reason, convention and quoted cells: its message under the
 * first's name is the entry's message), both groups are named once ("Target Kinerja dan
 * Target Pelaksanaan"); otherwise the two reasons are said one after the other.
 */
function joinSkip(prev: FillSkip, group: QuarterGroup, reason: SkipReason, convention: FillWay, texts: readonly string[]): void {
  if (sameText(skipMessage(reason, prev.row, prev.group, convention, texts), prev.message)) {
    const both = msg("fill.groups.both", { first: groupName(prev.group), second: groupName(group) });
    prev.message = skipMessage(reason, prev.row, both, convention, texts);
  } else {
    const second = skipMessage(reason, prev.row, group, convention, texts);
    prev.message = msg("fill.skip.twoReasons", { first: prev.message, second });
  }
  prev.groups.push(group);
}

export function emptyPreview(): FillPreview {
  return { columns: [], examples: [], rows: 0, cells: 0, levelRows: 0, overwriteCount: 0, formulasKept: 0, conventions: [], skipped: [] };
}

/** Collects the outcomes of one table's rows into edits and a preview. */
export class PreviewBuilder {
  readonly edits: CellEdit[] = [];
  readonly preview: FillPreview = emptyPreview();
  private readonly columns = new Map<number, FillColumnCount>();
  private readonly filledRows = new Set<number>();
  private readonly levelRows = new Set<number>();

  constructor(private readonly sheet: string) {}

  add(row: number, set: QuarterSet, convention: FillWay, outcome: RowOutcome): void {
    const group = set.group;
    this.preview.overwriteCount += outcome.overwriteCount;
    this.preview.formulasKept += outcome.formulas ?? 0;
    if (outcome.kind === "skip") {
      const { reason } = outcome;
      const named = outcome.reads ?? convention;
      const texts = set.texts();
      const skipped = this.preview.skipped;
      const prev = skipped.length > 0 ? skipped[skipped.length - 1] : null;
      if (prev && prev.row === row && prev.sheet === this.sheet && !prev.groups.includes(group)) {
        joinSkip(prev, group, reason, named, texts);
        return;
      }
      const message = skipMessage(reason, row, group, named, texts);
      skipped.push({ sheet: this.sheet, row, group, groups: [group], reason, convention: named, message });
      return;
    }
    if (outcome.kind !== "fill") return;
    this.edits.push(...outcome.edits);
    this.filledRows.add(row);
    if (convention === "level") this.levelRows.add(row);
    outcome.edits.forEach((e, i) => {
      const q = (outcome.quarters[i] + 1) as Quarter;
      const count = this.columns.get(e.col) ?? { sheet: this.sheet, column: colToLetters(e.col), group, quarter: q, cells: 0 };
      count.cells++;
      this.columns.set(e.col, count);
    });
    if (this.preview.examples.length < EXAMPLE_LIMIT) {
      const before = set.texts();
      const after = before.map((t, q) => (outcome.quarters.includes(q) ? describeWrite(outcome.writes[q]) : { id: t, en: t }));
      this.preview.examples.push({ sheet: this.sheet, row, group, before, after });
    }
  }

  finish(): FillPlan {
    this.preview.columns = [...this.columns.values()].sort((a, b) => colSort(a.column, b.column));
    this.preview.cells = this.edits.length;
    this.preview.rows = this.filledRows.size;
    this.preview.levelRows = this.levelRows.size;
    return { edits: this.edits, preview: this.preview };
  }
}

function colSort(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Several tables' fills as one (edits in order, previews added up). */
export function mergeFillPlans(plans: readonly FillPlan[]): FillPlan {
  const preview = emptyPreview();
  let edits: CellEdit[] = [];
  let problem: Text | undefined;
  for (const p of plans) {
    problem = problem ?? p.problem;
    edits = edits.concat(p.edits);
    preview.columns.push(...p.preview.columns);
    preview.examples.push(...p.preview.examples.slice(0, EXAMPLE_LIMIT - preview.examples.length));
    preview.rows += p.preview.rows;
    preview.cells += p.preview.cells;
    preview.levelRows += p.preview.levelRows;
    preview.overwriteCount += p.preview.overwriteCount;
    preview.formulasKept += p.preview.formulasKept;
    preview.conventions.push(...p.preview.conventions);
    preview.skipped = preview.skipped.concat(p.preview.skipped);
  }
  return problem ? { edits: [], preview: emptyPreview(), problem } : { edits, preview };
}
