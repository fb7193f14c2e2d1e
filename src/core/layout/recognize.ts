import { GridView, type Grid } from "../grid";
import type { Finding } from "../finding";
import { msg } from "../i18n";
import type { Recognition } from "./types";
import { findHeader } from "./header";
import { readTitle } from "./title";
import { findDataBottom } from "./extent";
import { genreOf } from "./genre";

export type RecognizeResult = { ok: true; recognition: Recognition } | { ok: false; finding: Finding };

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
  const dataTop = header.top + header.rows + (header.numberRow ? 1 : 0);
  const dataBottom = findDataBottom(view, dataTop, header.left, header.right);
  const title = readTitle(view, header.top, header.left, header.right);
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
      percentHeader: header.percentHeader,
      year: title.year,
      office: title.office,
      titleRow: title.titleRow,
    },
  };
}
