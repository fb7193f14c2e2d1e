import { GridView, type Grid } from "../grid";
import type { Finding } from "../finding";
import { msg } from "../i18n";
import type { Recognition } from "./types";
import { findHeader } from "./header";
import { readTitle } from "./title";
import { findDataBottom } from "./extent";
import { genreOf } from "./genre";
import { planYearTarget } from "./targetYear";
import { notPlanKey, titledRencanaAksi, type NotPlanKind } from "./notPlan";
import { classifyHeader } from "./vocabulary";
import type { HeaderColumn } from "./types";

/** Every column whose header says Rencana Aksi (a header assigns a role to its first column only). */
function aksiColumnsOf(headers: readonly HeaderColumn[]): number[] {
  const cols: number[] = [];
  for (const h of headers) {
    if (h.role === "aksi") cols.push(h.col);
    else if (h.role === null && h.label !== "") {
      const m = classifyHeader(h.label.split(" / "));
      if (m?.kind === "role" && m.role === "aksi") cols.push(h.col);
    }
  }
  return cols;
}

/** On failure, notPlan names the look-alike the sheet holds instead (a realisation table, a budget list, a PK). */
export type RecognizeResult = { ok: true; recognition: Recognition } | { ok: false; finding: Finding; notPlan?: NotPlanKind };

/** Find the Lampiran table of one sheet, wherever and however it sits. */
export function recognize(grid: Grid, view: GridView = new GridView(grid)): RecognizeResult {
  const header = view.rows > 0 ? findHeader(view) : null;
  if (!header) {
    return {
      ok: false,
      finding: {
        rule: "layout.notFound",
        severity: "info",
        sheet: grid.sheet,
        range: { top: grid.origin.row, left: grid.origin.col, bottom: grid.origin.row, right: grid.origin.col },
        message: msg("layout.notFound", { sheet: grid.sheet }),
      },
    };
  }
  // A table titled "RENCANA AKSI" with annual targets only is a plan missing its quarters (a rule warns).
  if (header.kind !== "plan" && !(header.kind === "tanpaTriwulan" && titledRencanaAksi(view, header.top, header.right))) {
    return {
      ok: false,
      notPlan: header.kind,
      finding: {
        rule: "layout.notPlan",
        severity: "info",
        sheet: grid.sheet,
        range: { top: header.top, left: header.left, bottom: header.top + header.rows - 1, right: header.right },
        message: msg(notPlanKey(header.kind), { sheet: grid.sheet }),
      },
    };
  }
  const dataTop = header.top + header.rows + (header.numberRow ? 1 : 0);
  const { bottom: dataBottom, nextTable } = findDataBottom(view, header.top, dataTop, header.left, header.right);
  const title = readTitle(view, header.top, header.left, header.right);
  planYearTarget(header.columns, header.headers, title.year);
  return {
    ok: true,
    recognition: {
      sheet: grid.sheet,
      range: { top: header.top, left: header.left, bottom: Math.max(dataBottom, dataTop - 1), right: header.right },
      headerTop: header.top,
      headerRows: header.rows,
      dataTop,
      dataBottom,
      columns: header.columns,
      headers: header.headers,
      genre: genreOf(header.columns),
      aksiColumns: aksiColumnsOf(header.headers),
      percentHeader: header.percentHeader,
      year: title.year,
      office: title.office,
      titleRow: title.titleRow,
      ...(nextTable !== null ? { nextTableRow: nextTable } : {}),
    },
  };
}
