/**
 * The values Office.js accepts for the enum properties the adapter sets, as
 * @types/office-js lists them (Excel.FillPattern, HorizontalAlignment, ...).
 * The fake fails a sync with InvalidArgument on anything else, as Excel does.
 */
import { FakeOfficeError } from "./base";

const BORDER_INDEX = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];

export const ENUMS: Record<string, readonly string[]> = {
  /** Excel.FillPattern without LinearGradient and RectangularGradient: RangeFill.pattern "does not support" them. */
  "fill.pattern": [
    "None", "Solid", "Gray50", "Gray75", "Gray25", "Horizontal", "Vertical", "Down", "Up", "Checker", "SemiGray75",
    "LightHorizontal", "LightVertical", "LightDown", "LightUp", "Grid", "CrissCross", "Gray16", "Gray8",
  ],
  horizontalAlignment: ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"],
  verticalAlignment: ["Top", "Center", "Bottom", "Justify", "Distributed"],
  "font.underline": ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"],
  "borders.style": ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"],
  "borders.weight": ["Hairline", "Thin", "Medium", "Thick"],
  dataValidationOperator: ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"],
  dataValidationAlertStyle: ["Stop", "Warning", "Information"],
  "pageLayout.orientation": ["Portrait", "Landscape"],
  "pageLayout.paperSize": [
    "Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4", "A4Small", "A5", "B4", "B5",
    "Folio", "Quatro", "Paper10x14", "Paper11x17", "Note", "Envelope9", "Envelope10", "Envelope11", "Envelope12", "Envelope14",
    "Csheet", "Dsheet", "Esheet", "EnvelopeDL", "EnvelopeC5", "EnvelopeC3", "EnvelopeC4", "EnvelopeC6", "EnvelopeC65",
    "EnvelopeB4", "EnvelopeB5", "EnvelopeB6", "EnvelopeItaly", "EnvelopeMonarch", "EnvelopePersonal", "FanfoldUS",
    "FanfoldStdGerman", "FanfoldLegalGerman",
  ],
  clearApplyTo: ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"],
  visibility: ["Visible", "Hidden", "VeryHidden"],
  calculationType: ["Recalculate", "Full", "FullRebuild"],
};

function refuse(what: string, value: unknown): never {
  throw new FakeOfficeError("InvalidArgument", `${what}: ${JSON.stringify(value)} is not a valid value`);
}

/** Throw InvalidArgument when `value` is not one `ENUMS[name]` allows. */
export function checkEnum(name: string, value: unknown): void {
  const allowed = ENUMS[name];
  if (!allowed) throw new Error(`fake: no enum ${name}`);
  if (!allowed.includes(value as string)) refuse(name, value);
}

/** A range.format property path ("fill.pattern", "borders.EdgeTop.style"): its value checked when it is an enum. */
export function checkStyle(key: string, value: unknown): void {
  const border = /^borders\.([^.]+)\.(.+)$/.exec(key);
  if (border) {
    if (!BORDER_INDEX.includes(border[1])) refuse("borders.getItem", border[1]);
    if (border[2] === "style" || border[2] === "weight") checkEnum(`borders.${border[2]}`, value);
    return;
  }
  if (ENUMS[key]) checkEnum(key, value);
}

/** The kinds of an Excel.DataValidationRule: one of them per rule. */
const RULE_KINDS = ["custom", "date", "decimal", "list", "textLength", "time", "wholeNumber"];
/** Excel's limit on a list validation's literal source ("naik,turun"), in characters. */
export const LIST_SOURCE_MAX = 255;

/** An Excel.ListDataValidation: inCellDropDown a boolean, source a non-empty text within Excel's limit. */
function checkList(list: unknown): void {
  const l = list as { inCellDropDown?: unknown; source?: unknown } | null;
  if (!l || typeof l.inCellDropDown !== "boolean") refuse("dataValidation.rule.list.inCellDropDown", l?.inCellDropDown);
  if (typeof l.source !== "string" || l.source === "" || l.source.length > LIST_SOURCE_MAX) refuse("dataValidation.rule.list.source", l.source);
}

/**
 * dataValidation.rule / errorAlert as the adapter sets them: a rule of exactly one known kind,
 * a list's source and dropdown flag, operators and alert style checked.
 */
export function checkValidation(key: string, value: unknown): void {
  if (key === "rule") {
    const kinds = value && typeof value === "object" ? Object.keys(value) : [];
    if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0])) refuse("dataValidation.rule", value);
    const rule = (value as Record<string, unknown>)[kinds[0]];
    if (kinds[0] === "list") checkList(rule);
    const op = (rule as { operator?: unknown } | null)?.operator;
    if (op !== undefined) checkEnum("dataValidationOperator", op);
  }
  if (key === "errorAlert" && value && typeof value === "object") {
    const style = (value as { style?: unknown }).style;
    if (style !== undefined) checkEnum("dataValidationAlertStyle", style);
  }
}

/**
 * Excel's rules for a sheet name: 1 to 31 characters, none of \ / ? * [ ] :,
 * no apostrophe first or last, not "History". (Unique ignoring case is checked by the caller.)
 */
export function checkSheetName(name: unknown): void {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw new FakeOfficeError("InvalidArgument", `invalid sheet name ${JSON.stringify(name)}`);
  }
}
