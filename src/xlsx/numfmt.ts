/**
 * numfmt: Excel number-format rendering. Pinned to 3.2.x: 4.0.1 declares a
 * CommonJS entry (dist/index.cjs) that its package does not ship, so
 * `require("numfmt")` fails in Node and Jest.
 */
export { format, isDateFormat } from "numfmt";
