import type { Params, Text } from "../core/i18n";
import { msg, type FileMessageKey } from "./messages";

/**
 * A refusal of the .xlsx adapter: a catalog key (and its parameters) the
 * surfaces show in the user's language through `text`, as they do the Excel
 * adapter's WorkbookError. Nothing was written when one is thrown.
 */
export class XlsxWorkbookError extends Error {
  readonly key: FileMessageKey;
  readonly params: Params;

  constructor(key: FileMessageKey, params: Params = {}) {
    super(msg(key, params).en);
    this.name = "XlsxWorkbookError";
    this.key = key;
    this.params = params;
  }

  /** The message in both languages. */
  get text(): Text {
    return msg(this.key, this.params);
  }
}
