/**
 * The .xlsx package adapter, browser-safe part (Node file access is in
 * node-io.ts, which the browser must not import).
 */
export { XlsxWorkbook } from "./workbook";
export { PackageBook } from "./book";
export { gridFromPart, type GridOptions } from "./readGrid";
export { loadWorkbook, loadFailure, type LoadResult, type LoadFailure } from "./load";
export { displayText, DEFAULT_LOCALE } from "./display";
export { sniffBytes, type ByteKind } from "./sniff";
export { STATE_SHEET } from "./stateRows";
