/**
 * The ExcelJS adapter, browser-safe part (Node file access is in node-io.ts,
 * which the browser must not import).
 */
export { XlsxWorkbook } from "./workbook";
export { gridFromWorksheet, type GridOptions } from "./grid";
export { loadWorkbook, saveWorkbook, loadFailure, type LoadResult, type LoadFailure } from "./load";
export { displayText, DEFAULT_LOCALE } from "./display";
export { sniffBytes, type ByteKind } from "./sniff";
export { PAPER_SIZE } from "./pagesetup";
export { MARK_COLORS } from "./marks";
export type { MarkedCell } from "../core/state/marks";
export { STATE_SHEET } from "./state";
