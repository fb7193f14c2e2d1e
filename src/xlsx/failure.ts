import { BookError } from "./book";
import { PartTooLarge } from "./partLimits";
import { ZipError } from "./zip";

/** What can be wrong with a package once it is a ZIP (xlsb: a sound Excel Binary Workbook, which Renaksi does not read). */
export type PackageFailure = "notXlsx" | "xlsb" | "corrupt" | "tooLarge";

/** What a failure while reading the package means to the user: over the limits, not a workbook, or damaged (anything else, XML included). */
export function failureOf(e: unknown): PackageFailure {
  if (e instanceof ZipError) return e.reason;
  if (e instanceof PartTooLarge) return "tooLarge";
  if (e instanceof BookError) return e.reason === "binary" ? "xlsb" : "notXlsx";
  return "corrupt";
}
