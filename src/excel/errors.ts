import type { Params, Text } from "../core/i18n";
import { msg, type ExcelMessageKey } from "./messages";

/**
 * Every failure of the Excel adapter reaches the surfaces as a WorkbookError:
 * a catalog key (and its parameters) the task pane shows in the user's
 * language, plus the Office.js error code for logs. Never a raw RichApi.Error.
 */
export class WorkbookError extends Error {
  readonly key: ExcelMessageKey;
  readonly params: Params;
  /** Office.js error code ("ItemNotFound", "AccessDenied", ...) when there was one. */
  readonly code: string;
  override readonly cause?: unknown;

  constructor(key: ExcelMessageKey, params: Params = {}, code = "", cause?: unknown) {
    super(msg(key, params).en);
    this.name = "WorkbookError";
    this.key = key;
    this.params = params;
    this.code = code;
    this.cause = cause;
  }

  /** The message in both languages. */
  get text(): Text {
    return msg(this.key, this.params);
  }
}

const KEY_BY_CODE: Record<string, ExcelMessageKey> = {
  ItemNotFound: "ui.excel.notFound",
  AccessDenied: "ui.excel.protected",
  InvalidOperationInCellEditMode: "ui.excel.cellEditMode",
  RequestPayloadSizeLimitExceeded: "ui.excel.tooLarge",
  ResponsePayloadSizeLimitExceeded: "ui.excel.tooLarge",
  PayloadSizeLimitExceeded: "ui.excel.tooLarge",
  RangeExceedsLimit: "ui.excel.tooLarge",
  OperationCellsExceedLimit: "ui.excel.tooLarge",
  ApiNotFound: "ui.excel.unsupported",
  NotImplemented: "ui.excel.unsupported",
  UnsupportedOperation: "ui.excel.unsupported",
  MergedRangeConflict: "ui.excel.mergeConflict",
  RequestAborted: "ui.excel.busy",
  Conflict: "ui.excel.busy",
};

/** The Office.js error code of a thrown value, or "". */
export function errorCode(e: unknown): string {
  if (typeof e === "object" && e !== null && "code" in e) {
    const code = (e as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return "";
}

export function isPayloadTooLarge(e: unknown): boolean {
  return KEY_BY_CODE[errorCode(e)] === "ui.excel.tooLarge";
}

/**
 * Turn anything thrown inside Excel.run into a WorkbookError. `sheet` names the
 * sheet the operation was about, so ItemNotFound says which sheet is missing.
 */
export function toWorkbookError(e: unknown, sheet?: string): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const code = errorCode(e);
  if (code === "ItemNotFound" && sheet !== undefined) {
    return new WorkbookError("ui.excel.sheetNotFound", { sheet }, code, e);
  }
  const key = KEY_BY_CODE[code];
  if (key === "ui.excel.unsupported") return new WorkbookError(key, { detail: code }, code, e);
  if (key) return new WorkbookError(key, {}, code, e);
  return new WorkbookError("ui.excel.failed", { code: code || (e instanceof Error ? e.name : "unknown") }, code, e);
}
