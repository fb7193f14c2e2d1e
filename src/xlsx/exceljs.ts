/**
 * ExcelJS's in-memory Workbook: the one part of ExcelJS this project runs.
 *
 * In Node it is loaded from its own module. The package's entry also loads the
 * streaming reader and writer (unzipper, archiver, tmp...), which nothing here
 * uses: `require("exceljs")` took 155 ms at every start of the CLI, the
 * workbook alone 65 (BENCHMARKS.md, "CLI over its floor").
 *
 * Browser bundles replace this file with exceljs.browser.ts (webpack.config.js),
 * which takes the Workbook from ExcelJS's browser build.
 */
import type * as ExcelJS from "exceljs";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a module of the package, without typings of its own
export const Workbook: typeof ExcelJS.Workbook = require("exceljs/lib/doc/workbook");
