/** Quarterly fill: strategies, rounding, representation, preview and undo record. */
export type {
  FillColumnCount, FillColumns, FillExample, FillOptions, FillPlan, FillPreview, FillScope, FillSkip,
  FillStrategy, Quarter, SkipReason,
} from "./types";
export { DEFAULT_FILL_OPTIONS } from "./types";
export { planFill, isFillableRow } from "./plan";
export { mergeFillPlans, emptyPreview, conventionName, groupName, EXAMPLE_LIMIT } from "./preview";
export { parseStrategy, parseColumns, fillOptionsProblem, type Parsed } from "./options";
export { tableConventions, DEFAULT_CONVENTION, type TableConvention } from "./conventions";
export { cellWrite, describeWrite, DEFAULT_REPRESENTATION, type Representation, type CellWrite } from "./representation";
export { Representations, rowRepresentation } from "./detect";
export { quarterSeries, splitUnits, normalizeWeights, decimalsFor } from "./split";
export { monthWeights, isMonthsTarget } from "./strategies/months";
export { FILL_UNDO_KEY, UNDO_DEPTH, pushUndo, lastUndo, popUndo, undoDepth } from "./undo";
