/**
 * Calendar dates for the decree: ISO parsing with a real-calendar check,
 * "12 Januari 2022" formatting (a fixed month table: Intl's id-ID month names
 * are missing from small-ICU builds), Excel serial numbers, loose Indonesian input.
 */

export interface YMD {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export const BULAN = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
] as const;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar date (years 1000-9999)? */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1000 && year <= 9999 && month >= 1 && month <= 12 &&
    day >= 1 && day <= daysInMonth(year, month)
  );
}

/** "2022-01-12" -> {2022, 1, 12}; null unless exactly YYYY-MM-DD and a real date. */
export function parseIsoDate(iso: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");

export function toIso(d: YMD): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** "2022-01-12" (or "12 Januari 2022", "12/01/2022": parseTanggalText) -> "12 Januari 2022"; null when not a real date. */
export function formatTanggal(text: string): string | null {
  const d = parseTanggalText(text);
  return d ? `${d.day} ${BULAN[d.month - 1]} ${d.year}` : null;
}

/** "Januari", "jan", "Agt", "Aug", "Oct" -> 1..12; null when unknown. */
export function monthFromName(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, "");
  if (n.length < 3) return null;
  const extra: Record<string, number> = { agt: 8, agu: 8, aug: 8, okt: 10, oct: 10, des: 12, dec: 12, may: 5, peb: 2, nop: 11 };
  if (extra[n.slice(0, 3)]) return extra[n.slice(0, 3)];
  const i = BULAN.findIndex((b) => b.toLowerCase().startsWith(n) || n.startsWith(b.toLowerCase().slice(0, 3)));
  return i >= 0 ? i + 1 : null;
}

/**
 * A date typed by a person: ISO "2022-01-12", "12 Januari 2022", or day first
 * "12/01/2022", "12-1-2022" (the Indonesian order). Null when not a real date.
 */
export function parseTanggalText(text: string): YMD | null {
  const s = text.replace(/\s+/g, " ").trim();
  const iso = parseIsoDate(s);
  if (iso) return iso;
  let m = /^(\d{1,2}) ([A-Za-z]+\.?) (\d{4})$/.exec(s);
  if (m) {
    const month = monthFromName(m[2]);
    const d = { year: Number(m[3]), month: month ?? 0, day: Number(m[1]) };
    return month && isRealDate(d.year, d.month, d.day) ? d : null;
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const d = { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
    return isRealDate(d.year, d.month, d.day) ? d : null;
  }
  return null;
}

const DAY_MS = 86_400_000;

/**
 * An Excel serial date (1900 date system) -> ISO date; the time of day is dropped.
 * Serial 60 is Excel's phantom 29 February 1900: null, as are serials before 1.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  const epoch = whole > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const d = new Date(epoch + whole * DAY_MS);
  return toIso({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Today's local date as ISO (the default "today" of the checks). */
export function todayIso(now: Date = new Date()): string {
  return toIso({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** Compare two dates: negative when a is before b. */
export function compareYmd(a: YMD, b: YMD): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
