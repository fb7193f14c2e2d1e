/**
 * ZIP64 (PKWARE's APPNOTE 4.3.14-4.3.15 and 4.5.3), for zip.ts. Some writers
 * store every package as ZIP64 whatever its size: the 32-bit sizes and
 * offsets of an entry are 0xFFFFFFFF and the real ones are in its ZIP64
 * extended information extra field; the end of the central directory may be
 * a ZIP64 end record, found by the locator just before the classic one.
 * Values are read as two 32-bit halves into numbers (exact up to 2^53: any
 * larger one is beyond the file or the limits anyway); the limits zip.ts
 * checks before inflating apply to the values read here as to any other.
 * Writing uses ZIP64 only where a value does not fit in 32 bits.
 */

/** The value of a 32-bit size or offset that is in the ZIP64 extra field instead. */
export const MAX32 = 0xffffffff;
/** The entry count of an end record whose real count is in the ZIP64 end record. */
export const MAX16 = 0xffff;
/** Version needed to extract with ZIP64 (4.5). */
export const ZIP64_VERSION = 45;

const END64 = 0x06064b50;
const LOCATOR = 0x07064b50;
const END64_SIZE = 56;
const LOCATOR_SIZE = 20;
const EXTRA_ID = 0x0001;

/** An unsigned 64-bit little-endian value as a number. */
function u64(v: DataView, at: number): number {
  return v.getUint32(at, true) + v.getUint32(at + 4, true) * 0x100000000;
}

function setU64(v: DataView, at: number, n: number): void {
  v.setUint32(at, n % 0x100000000, true);
  v.setUint32(at + 4, Math.floor(n / 0x100000000), true);
}

/**
 * The central directory as the ZIP64 end record gives it, when the locator
 * stands before the end record at `eocd`: "none" when there is no locator,
 * "corrupt" when the record it names is not one (or spans disks).
 */
export function readEnd64(v: DataView, eocd: number): { count: number; offset: number } | "none" | "corrupt" {
  const at = eocd - LOCATOR_SIZE;
  if (at < 0 || v.getUint32(at, true) !== LOCATOR) return "none";
  const record = u64(v, at + 8);
  if (v.getUint32(at + 4, true) !== 0 || v.getUint32(at + 16, true) > 1 || record + END64_SIZE > at || v.getUint32(record, true) !== END64) return "corrupt";
  if (v.getUint32(record + 16, true) !== 0 || v.getUint32(record + 20, true) !== 0) return "corrupt";
  const count = u64(v, record + 32);
  const offset = u64(v, record + 48);
  return offset > record ? "corrupt" : { count, offset };
}

/** Which 32-bit fields of a central directory entry are 0xFFFFFFFF, and so in its ZIP64 extra field. */
export interface Wide {
  size: boolean;
  packed: boolean;
  local: boolean;
}

/**
 * The 64-bit values of the saturated fields from a central directory entry's
 * extra fields (`at`, `len` bytes), in APPNOTE's order: size, compressed size,
 * local header offset. null when the ZIP64 field is missing or too short.
 */
export function readExtra64(v: DataView, at: number, len: number, wide: Wide): { size?: number; packed?: number; local?: number } | null {
  const end = at + len;
  for (let p = at; p + 4 <= end; p += 4 + v.getUint16(p + 2, true)) {
    if (v.getUint16(p, true) !== EXTRA_ID) continue;
    const stop = Math.min(end, p + 4 + v.getUint16(p + 2, true));
    let q = p + 4;
    const out: { size?: number; packed?: number; local?: number } = {};
    for (const key of ["size", "packed", "local"] as const) {
      if (!wide[key]) continue;
      if (q + 8 > stop) return null;
      out[key] = u64(v, q);
      q += 8;
    }
    return out;
  }
  return null;
}

/** A ZIP64 extended information extra field holding these values (in APPNOTE's order). */
export function extra64(values: readonly number[]): Uint8Array {
  const v = new DataView(new ArrayBuffer(4 + 8 * values.length));
  v.setUint16(0, EXTRA_ID, true);
  v.setUint16(2, 8 * values.length, true);
  values.forEach((n, i) => setU64(v, 4 + 8 * i, n));
  return new Uint8Array(v.buffer);
}

/** The ZIP64 end record and its locator, written at `at`, for `count` entries in `size` bytes from `offset`. */
export function end64(count: number, size: number, offset: number, at: number): Uint8Array {
  const v = new DataView(new ArrayBuffer(END64_SIZE + LOCATOR_SIZE));
  v.setUint32(0, END64, true);
  setU64(v, 4, END64_SIZE - 12);
  v.setUint16(12, ZIP64_VERSION, true);
  v.setUint16(14, ZIP64_VERSION, true);
  setU64(v, 24, count);
  setU64(v, 32, count);
  setU64(v, 40, size);
  setU64(v, 48, offset);
  v.setUint32(END64_SIZE, LOCATOR, true);
  setU64(v, END64_SIZE + 8, at);
  v.setUint32(END64_SIZE + 16, 1, true);
  return new Uint8Array(v.buffer);
}
