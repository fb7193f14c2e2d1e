import { msg, type MessageKey } from "../i18n";
import type { CellStyle } from "../sheetspec";
import { FONT_NAME } from "../template/styles";

/** What the monitoring sheet and the report sheet share: the quarters' numerals, the cells' look, the sheets' (Indonesian) words. */
export const ROMAN = ["I", "II", "III", "IV"] as const;
export const FONT: CellStyle = { fontName: FONT_NAME, fontSize: 10 };
export const BOX: CellStyle["border"] = { top: "thin", bottom: "thin", left: "thin", right: "thin" };
export const CELL: CellStyle = { ...FONT, border: BOX, vAlign: "top", wrap: true };
/** A sheet's words are Indonesian, as the plan's are. */
export const id = (key: MessageKey, params?: Record<string, string | number>): string => msg(key, params).id;
