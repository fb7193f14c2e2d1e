/** Browser bundles' stand-in for exceljs.ts (see there): the Workbook of ExcelJS's browser build. */
import { Workbook } from "exceljs";

export { Workbook };
