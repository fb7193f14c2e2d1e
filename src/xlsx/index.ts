/**
 * The .xlsx package adapter, browser-safe part (Node file access is in
 * node-io.ts, which the browser must not import). The browser reads and
 * writes packages through here: fflate's codec is installed unless an entry
 * point installed another (the CLI installs Node's zlib and never loads fflate).
 */
import { FFLATE_CODEC } from "./fflateCodec";
import { useCodecUnlessSet } from "./zip";

useCodecUnlessSet(FFLATE_CODEC);

export { XlsxWorkbook } from "./workbook";
export { PackageBook } from "./book";
export { gridFromPart, type GridOptions } from "./readGrid";
export { loadWorkbook, loadFailure, type LoadResult, type LoadFailure } from "./load";
export { displayText, DEFAULT_LOCALE } from "./display";
export { sniffBytes, type ByteKind } from "./sniff";
export { STATE_SHEET } from "./stateRows";
