import type { ColumnRole } from "../layout/types";
import type { Level, PlanNode } from "./types";
import { codeLevel, splitNumbering, type SplitText } from "./numbering";

export type CellMeaning =
  | { kind: "entity"; level: Level; split: SplitText }
  | { kind: "indicator"; of: "row" | "sasaran" | "program" | "kegiatan"; text: string };

/** The deepest open nodes while the rows are read. */
export interface OpenNodes {
  sasaran: PlanNode | null;
  program: PlanNode | null;
  kegiatan: PlanNode | null;
  subKegiatan: PlanNode | null;
}

const OUTLINE_LEVEL: Record<number, Level> = { 1: "program", 2: "kegiatan", 3: "subKegiatan", 4: "subKegiatan" };
/** In a table numbered four deep (1 / 1.1 / 1.1.1 / 1.1.1.1) the first level is the Sasaran. */
const DEEP_OUTLINE_LEVEL: Record<number, Level> = { 1: "sasaran", 2: "program", 3: "kegiatan", 4: "subKegiatan" };

/**
 * An unnumbered description in the Uraian column: a Sasaran when nothing is open yet and the
 * table has no Sasaran column; else a Kegiatan unless one is already open under this Program.
 */
function contextualLevel(open: OpenNodes, sasaranColumn: boolean): Level {
  if (!sasaranColumn && !open.sasaran && !open.program && !open.kegiatan) return "sasaran";
  const keg = open.kegiatan;
  if (!keg) return "kegiatan";
  if (open.program && keg.parent !== open.program && keg.parent?.parent !== open.program) return "kegiatan";
  return "subKegiatan";
}

/**
 * What a non-empty cell of a name column means: a new entity (and its level) or an indicator.
 * The level comes from the numbering and words together with the column it stands in.
 */
export function classifyCell(
  role: ColumnRole,
  text: string,
  open: OpenNodes,
  codeFromColumn: string | null,
  sasaranColumn = false,
  deepOutline = false,
): CellMeaning {
  if (role === "indikator") return { kind: "indicator", of: "row", text }; // numbering or not, an output indicator
  const split = splitNumbering(text);
  const s = split.numbering.style;
  if (codeFromColumn && !split.code && (role === "uraian" || role === "program" || role === "kegiatan" || role === "subKegiatan")) {
    const withCode = { ...split, code: codeFromColumn };
    if (split.explicit) return { kind: "entity", level: split.explicit, split: withCode };
    const byCode = codeLevel(codeFromColumn);
    if (byCode) return { kind: "entity", level: byCode, split: withCode };
  }
  switch (role) {
    case "sasaran":
      return { kind: "entity", level: split.explicit === "program" ? "program" : "sasaran", split };
    case "program":
      if (split.explicit && split.explicit !== "sasaran") return { kind: "entity", level: split.explicit, split };
      return { kind: "entity", level: s === "letter" || s === "letterParen" ? "kegiatan" : "program", split };
    case "indikatorKegiatan":
      if (split.explicit) return { kind: "entity", level: split.explicit, split };
      return { kind: "indicator", of: "kegiatan", text };
    case "kegiatan":
      return { kind: "entity", level: split.explicit === "subKegiatan" ? "subKegiatan" : "kegiatan", split };
    case "subKegiatan":
      return { kind: "entity", level: "subKegiatan", split };
    case "indikatorSasaran":
    case "indikatorProgram": {
      if (split.explicit) return { kind: "entity", level: split.explicit, split };
      if (s === "letter" || s === "letterParen") return { kind: "entity", level: "kegiatan", split };
      return { kind: "indicator", of: role === "indikatorSasaran" ? "sasaran" : "program", text };
    }
    case "uraian": {
      if (split.explicit) return { kind: "entity", level: split.explicit, split };
      if (s === "letter" || s === "letterParen") return { kind: "entity", level: "kegiatan", split };
      if (s === "numParen" || s === "numDot") return { kind: "entity", level: "subKegiatan", split };
      if (s === "outline") return { kind: "entity", level: (deepOutline ? DEEP_OUTLINE_LEVEL : OUTLINE_LEVEL)[split.depth] ?? "subKegiatan", split };
      if (s === "roman") return { kind: "entity", level: "program", split };
      return { kind: "entity", level: contextualLevel(open, sasaranColumn), split };
    }
    default:
      return { kind: "indicator", of: "row", text };
  }
}
