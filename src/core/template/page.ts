import type { PageSetup, Paper } from "../sheetspec";
import type { TemplateLayout } from "./layout";
import { range } from "./parts";

/** Landscape, one page wide, header rows on every page, margins about half an inch. */
export function templatePageSetup(layout: TemplateLayout, paper: Paper): PageSetup {
  return {
    orientation: "landscape",
    paper,
    fitToWidth: 1,
    margins: { top: 0.5, bottom: 0.5, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
    printTitleRows: { first: layout.headerTop, last: layout.headerBottom },
    printArea: range(0, 0, layout.dataBottom, layout.lastCol),
    centerHorizontally: true,
  };
}
