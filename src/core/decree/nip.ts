/**
 * NIP (Nomor Induk Pegawai), 18 digits: birth date YYYYMMDD, appointment YYYYMM,
 * sex digit (1 male, 2 female), sequence of 3 digits. Written plain
 * "196310151989031016" or grouped 8 6 1 3 "19631015 198903 1 016".
 */
import { isRealDate, type YMD } from "./dates";

export type NipProblem =
  | "empty"
  /** Characters other than digits and spaces. */
  | "notDigits"
  /** 18 digits, but spaces elsewhere than between the 8 6 1 3 groups. */
  | "grouping"
  /** Not 18 digits. */
  | "length"
  | "birthDate"
  | "appointment"
  | "sex";

export interface NipParts {
  ok: true;
  /** The 18 digits. */
  digits: string;
  birth: YMD;
  appointment: { year: number; month: number };
  sex: 1 | 2;
  /** Sequence number, 3 digits as written ("016"). */
  seq: string;
}

export interface NipInvalid {
  ok: false;
  /** Every problem found; format problems (empty, notDigits, grouping, length) come alone. */
  problems: NipProblem[];
  /** The digits found in the text (to report their count). */
  digits: string;
}

const GROUPED = /^(\d{8}) +(\d{6}) +(\d) +(\d{3})$/;

/** The 18 digits of a NIP written plain or grouped; null when it is neither. */
export function nipDigits(nip: string): string | null {
  const s = nip.replace(/[\u00a0\u2007\u202f]/g, " ").trim();
  if (/^\d{18}$/.test(s)) return s;
  const g = GROUPED.exec(s);
  return g ? g.slice(1).join("") : null;
}

export function parseNip(nip: string): NipParts | NipInvalid {
  const s = nip.replace(/[\u00a0\u2007\u202f]/g, " ").trim();
  const digitsFound = s.replace(/\D/g, "");
  const fail = (...problems: NipProblem[]): NipInvalid => ({ ok: false, problems, digits: digitsFound });
  if (s === "") return fail("empty");
  if (!/^[\d ]+$/.test(s)) return fail("notDigits");
  if (digitsFound.length !== 18) return fail("length");
  const digits = nipDigits(s);
  if (digits === null) return fail("grouping");

  const birth = { year: Number(digits.slice(0, 4)), month: Number(digits.slice(4, 6)), day: Number(digits.slice(6, 8)) };
  const appointment = { year: Number(digits.slice(8, 12)), month: Number(digits.slice(12, 14)) };
  const sexDigit = Number(digits[14]);
  const problems: NipProblem[] = [];
  if (birth.year < 1900 || !isRealDate(birth.year, birth.month, birth.day)) problems.push("birthDate");
  if (appointment.year < 1900 || appointment.month < 1 || appointment.month > 12) problems.push("appointment");
  if (sexDigit !== 1 && sexDigit !== 2) problems.push("sex");
  if (problems.length) return fail(...problems);
  return { ok: true, digits, birth, appointment, sex: sexDigit as 1 | 2, seq: digits.slice(15) };
}

/**
 * "196310151989031016" (plain) or "19631015 198903 1 016" (grouped).
 * A NIP that is not 18 digits is returned trimmed, as written.
 */
export function formatNip(nip: string, grouped: boolean): string {
  const d = nipDigits(nip);
  if (d === null) return nip.trim();
  return grouped ? `${d.slice(0, 8)} ${d.slice(8, 14)} ${d[14]} ${d.slice(15)}` : d;
}
