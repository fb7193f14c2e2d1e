/**
 * The values Office.js accepts for the enum properties the adapter sets, as
 * @types/office-js lists them (Excel.FillPattern, HorizontalAlignment, ...).
 * The fake fails a sync with InvalidArgument on anything else, as Excel does.
 */
export const ENUMS: Record<string, readonly string[]> = {
  /** Excel.FillPattern without LinearGradient and RectangularGradient: RangeFill.pattern "does not support" them. */
  "fill.pattern": [
    "None", "Solid", "Gray50", "Gray75", "Gray25", "Horizontal", "Vertical", "Down", "Up", "Checker", "SemiGray75",
    "LightHorizontal", "LightVertical", "LightDown", "LightUp", "Grid", "CrissCross", "Gray16", "Gray8",
  ],
};

