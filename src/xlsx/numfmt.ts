import type * as Numfmt from "numfmt";

/**
 * Excel number formats: the few a plan's cells nearly always carry ("General", "0", "0%",
 * "#,##0", "0.00", ...) in the two locales the surfaces read in are rendered here; every other
 * format, value or locale by numfmt, loaded on first use (loading it takes about 25 ms of a
 * command's run, and most workbooks never need it). The fast path answers only where its answer
 * is numfmt's: test/xlsx/numfmt.test.ts compares the two over generated values.
 *
 * numfmt is pinned to 3.2.x: 4.0.1 declares a CommonJS entry (dist/index.cjs) that its package
 * does not ship, so `require("numfmt")` fails in Node and Jest.
 */
let lib: typeof Numfmt | undefined;
function numfmt(): typeof Numfmt {
  // A synchronous load on first use (Node and webpack both resolve it): display text is made synchronously.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (lib ??= require("numfmt") as typeof Numfmt);
}

/** Decimal and thousands separators of the locales rendered here. */
const SEPARATORS: Readonly<Record<string, { decimal: string; group: string }>> = {
  "en-US": { decimal: ".", group: "," },
  id: { decimal: ",", group: "." },
};

/** "0", "0.00", "#,##0", "#,##0.0", "0%", "0.00%": digits, optional grouping, optional percent. */
const FIXED = /^(#,##)?0(?:\.(0{1,6}))?(%)?$/;

/** Whether a format is one the fast path knows (and so no date). */
function plain(pattern: string): boolean {
  return pattern === "General" || FIXED.test(pattern);
}

/** Digits grouped by three from the right. */
function grouped(digits: string, group: string): string {
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += group + digits.slice(i, i + 3);
  return out;
}

/** A fixed format's text, or undefined where rounding is near a tie or the number too large to say exactly. */
function fixed(value: number, m: RegExpExecArray, sep: { decimal: string; group: string }): string | undefined {
  const decimals = m[2] ? m[2].length : 0;
  const scaled = Math.abs(value) * (m[3] ? 100 : 1) * 10 ** decimals;
  if (!(scaled < 1e15)) return undefined;
  const fraction = scaled - Math.floor(scaled);
  // A tie, or near one within what numfmt's rounding to 15 significant digits can move (0.49997 of
  // 118632185138.49997 is a tie to it): numfmt decides.
  if (Math.abs(fraction - 0.5) < Math.max(1e-6, scaled * 1e-14)) return undefined;
  const units = Math.round(scaled);
  if (units === 0 && value < 0) return undefined; // "-0" or "0": numfmt's choice
  const digits = String(units).padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  let text = m[1] ? grouped(whole, sep.group) : whole;
  if (decimals) text += sep.decimal + digits.slice(digits.length - decimals);
  return (value < 0 ? "-" : "") + text + (m[3] ? "%" : "");
}

/** General's text of a number that JavaScript writes short and plain; undefined for any other. */
function general(value: number, sep: { decimal: string }): string | undefined {
  const size = Math.abs(value);
  if (size === 0) return "0";
  if (size >= 1e10 || size < 1e-4) return undefined;
  const text = String(value);
  if (text.length > (value < 0 ? 11 : 10)) return undefined; // General rounds what does not fit in its width
  return sep.decimal === "." ? text : text.replace(".", sep.decimal);
}

/** The text of `value` under `pattern` in `opts.locale`, as numfmt.format gives it. */
export function format(pattern: string, value: number | boolean | string, opts: { locale: string }): string {
  const sep = SEPARATORS[opts.locale];
  if (sep && typeof value === "number" && Number.isFinite(value)) {
    let text: string | undefined;
    if (pattern === "General") text = general(value, sep);
    else {
      const m = FIXED.exec(pattern);
      if (m) text = fixed(value, m, sep);
    }
    if (text !== undefined) return text;
  }
  return numfmt().format(pattern, value, opts);
}

/** Whether a format shows a date or time, as numfmt.isDateFormat says. */
export function isDateFormat(pattern: string): boolean {
  return plain(pattern) ? false : numfmt().isDateFormat(pattern);
}
