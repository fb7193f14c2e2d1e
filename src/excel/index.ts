/** Office.js adapter: the Workbook port inside Excel. */
export { ExcelWorkbook, type ExcelWorkbookOptions } from "./workbook";
export { WorkbookError, toWorkbookError } from "./errors";
export { excelRun, type RunBatch } from "./run";
export {
  PAYLOAD_LIMIT_BYTES,
  WEB_SYNC_BUDGET,
  DESKTOP_SYNC_BUDGET,
  BLOCK_BUDGET,
  READ_BYTES_PER_CELL,
  planRowBlocks,
  defaultSyncBudget,
  type RowBlock,
} from "./budget";
export { MARK_COLORS, MARKS_KEY } from "./marks";
export { STATE_SHEET } from "./state";
export { PAPER_TYPE } from "./pageSetup";
