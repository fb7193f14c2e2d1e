/**
 * The ZIP container of an .xlsx, in Node and in the browser. Reading lists the
 * entries from the central directory and inflates a part only when it is
 * asked for, after checking its declared size against the limits: a part
 * that is never read (a picture, a chart, the VBA project) is never inflated.
 * Writing copies an entry that was not changed as its original compressed
 * bytes, so every part the adapter did not edit is byte-identical.
 * The (de)compression is a codec the entry point installs (useCodec): fflate's
 * JavaScript in the browser (fflateCodec.ts, through index.ts), Node's zlib in
 * the CLI, which so never loads fflate. The container is read and written here
 * because fflate cannot copy an entry without inflating it. ZIP64 (sizes and
 * offsets in 64 bits, as some writers store every package) is read and, where
 * a value needs it, written by zip64.ts.
 */

import { MAX16, MAX32, ZIP64_VERSION, end64, extra64, readEnd64, readExtra64 } from "./zip64";

export class ZipError extends Error {
  constructor(readonly reason: "corrupt" | "tooLarge") {
    super(reason);
  }
}

export interface ZipLimits {
  /** Largest inflated size of one part that may be read. */
  part: number;
  /** Largest inflated size of all the parts read, together. */
  total: number;
}

/** Parts a plan workbook needs are XML of a few MB; 256 MB for one part and 1 GB in all bound memory on any file. */
export const DEFAULT_LIMITS: ZipLimits = { part: 256 * 1024 * 1024, total: 1024 * 1024 * 1024 };

/** One entry as found in the file. */
export interface ZipEntry {
  /** Part name as stored (no leading "/"). */
  name: string;
  method: number;
  flags: number;
  crc: number;
  size: number;
  /** The stored bytes (compressed when method is 8). */
  raw: Uint8Array;
  /** Modification time and date, DOS format, kept when the entry is copied. */
  time: number;
  date: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const UTF8_NAME = 0x0800;
const DATA_DESCRIPTOR = 0x0008;

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

function findEocd(v: DataView): number {
  for (let i = v.byteLength - EOCD_SIZE; i >= Math.max(0, v.byteLength - EOCD_SIZE - 0xffff); i--) {
    if (v.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

/** An opened ZIP: entries by name (case-insensitive, as OPC part names are), read on demand within the limits. */
export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  private used = 0;

  constructor(
    readonly entries: readonly ZipEntry[],
    private readonly limits: ZipLimits = DEFAULT_LIMITS,
  ) {
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\//, "").toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The inflated bytes of a part; undefined when absent. Throws ZipError when over the limits or damaged. */
  bytes(name: string): Uint8Array | undefined {
    const e = this.entry(name);
    if (!e) return undefined;
    if (e.size > this.limits.part || this.used + e.size > this.limits.total) throw new ZipError("tooLarge");
    this.used += e.size;
    const inflate = installed().inflate; // outside the try: no codec is a wiring fault, not a damaged file
    let data: Uint8Array;
    try {
      data = e.method === 0 ? e.raw : inflate(e.raw, e.size);
    } catch {
      throw new ZipError("corrupt");
    }
    // A size that lies is caught here: inflating stops at the declared size, and the CRC tells.
    if (data.length !== e.size || crc32(data) !== e.crc) throw new ZipError("corrupt");
    return data;
  }

  /** A part as text (UTF-8, or UTF-16 with its byte order mark); undefined when absent. */
  text(name: string): string | undefined {
    const b = this.bytes(name);
    if (!b) return undefined;
    if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b);
    if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b);
    return utf8.decode(b);
  }
}

/** Inflates a raw deflate stream into at most `size` bytes (more is cut off; the CRC check then refuses the part). */
export type Inflater = (raw: Uint8Array, size: number) => Uint8Array;

/** Raw deflate (no zlib or gzip header) both ways, and a CRC-32 when the host has a native one. */
export interface ZipCodec {
  inflate: Inflater;
  /** Compression level 6: the same bytes for the same input. */
  deflate(data: Uint8Array): Uint8Array;
  crc32?(data: Uint8Array): number;
}

let codec: ZipCodec | null = null;

/** Install the codec every later read and write uses (the CLI: Node's zlib, before anything is read). */
export function useCodec(c: ZipCodec): void {
  codec = c;
}

/** Install `c` unless an entry point has installed one already (the browser entry's fflate). */
export function useCodecUnlessSet(c: ZipCodec): void {
  codec ??= c;
}

function installed(): ZipCodec {
  if (!codec) throw new Error("xlsx/zip: no codec installed (useCodec): import the adapter through src/xlsx/index.ts, or install Node's zlib as src/cli/open.ts does");
  return codec;
}

/** Read the central directory (ZIP64 too). Throws ZipError("corrupt") when it is not a single-disk ZIP this reader understands. */
export function readZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): ZipArchive {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(v);
  if (eocd < 0) throw new ZipError("corrupt");
  let count = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  const wide = readEnd64(v, eocd);
  if (wide === "corrupt") throw new ZipError("corrupt");
  if (wide !== "none") ({ count, offset: p } = wide);
  if (v.getUint16(eocd + 4, true) !== 0 || (wide === "none" && (count === MAX16 || p === MAX32))) throw new ZipError("corrupt");
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + CENTRAL_SIZE > bytes.length || v.getUint32(p, true) !== CENTRAL) throw new ZipError("corrupt");
    const flags = v.getUint16(p + 8, true);
    const method = v.getUint16(p + 10, true);
    const time = v.getUint16(p + 12, true);
    const date = v.getUint16(p + 14, true);
    const crc = v.getUint32(p + 16, true);
    let packed = v.getUint32(p + 20, true);
    let size = v.getUint32(p + 24, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    let local = v.getUint32(p + 42, true);
    const nameBytes = bytes.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + nameLen);
    const extraAt = p + CENTRAL_SIZE + nameLen;
    p = extraAt + extraLen + commentLen;
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8) || extraAt + extraLen > bytes.length) throw new ZipError("corrupt");
    if (packed === MAX32 || size === MAX32 || local === MAX32) {
      // ZIP64: the real values in the extra field; the limits are checked on them when the part is read.
      const real = readExtra64(v, extraAt, extraLen, { size: size === MAX32, packed: packed === MAX32, local: local === MAX32 });
      if (!real) throw new ZipError("corrupt");
      ({ size = size, packed = packed, local = local } = real);
    }
    if (local + LOCAL_SIZE > bytes.length || v.getUint32(local, true) !== LOCAL) throw new ZipError("corrupt");
    const start = local + LOCAL_SIZE + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    if (start + packed > bytes.length) throw new ZipError("corrupt");
    const name = ((flags & UTF8_NAME) !== 0 ? utf8 : latin1).decode(nameBytes).replace(/\\/g, "/").replace(/^\//, "");
    // A folder entry ("xl/") is no part, but it is kept so that the package is written back as it came.
    entries.push({ name, method, flags: flags & UTF8_NAME, crc, size, raw: bytes.subarray(start, start + packed), time, date });
  }
  return new ZipArchive(entries, limits);
}

/** What to write: an entry copied as it was, or new content under a name. */
export type ZipOut = { copy: ZipEntry } | { name: string; data: Uint8Array };

const encoder = new TextEncoder();

/** A ZIP of the entries in order: copies keep their stored bytes, new content is deflated. */
export function writeZip(items: readonly ZipOut[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const item of items) {
    const e = "copy" in item ? item.copy : packEntry(item.name, item.data, FIXED_TIME);
    const name = encoder.encode(e.name);
    const flags = ((e.flags & UTF8_NAME) | (name.length === e.name.length ? 0 : UTF8_NAME)) & ~DATA_DESCRIPTOR;
    // ZIP64 only for a value over 32 bits (a part declared over 4 GB, copied unread; an offset past 4 GB), in APPNOTE's order.
    const wideSizes = e.size >= MAX32 || e.raw.length >= MAX32;
    const wide = [e.size, e.raw.length, offset].filter((n) => n >= MAX32);
    const version = wide.length ? ZIP64_VERSION : 20;
    const localExtra = wideSizes ? extra64([e.size, e.raw.length]) : NO_BYTES;
    const centralExtra = wide.length ? extra64(wide) : NO_BYTES;
    const local = new DataView(new ArrayBuffer(LOCAL_SIZE));
    local.setUint32(0, LOCAL, true);
    headerFields(local, 4, version, flags, e, wideSizes ? MAX32 : e.raw.length, wideSizes ? MAX32 : e.size, name.length, localExtra.length);
    const head = new DataView(new ArrayBuffer(CENTRAL_SIZE));
    head.setUint32(0, CENTRAL, true);
    head.setUint16(4, version, true);
    headerFields(head, 6, version, flags, e, Math.min(e.raw.length, MAX32), Math.min(e.size, MAX32), name.length, centralExtra.length);
    head.setUint32(42, Math.min(offset, MAX32), true);
    chunks.push(new Uint8Array(local.buffer), name, localExtra, e.raw);
    central.push(new Uint8Array(head.buffer), name, centralExtra);
    offset += LOCAL_SIZE + name.length + localExtra.length + e.raw.length;
  }
  let dirSize = 0;
  for (const c of central) dirSize += c.length;
  const tail = items.length >= MAX16 || dirSize >= MAX32 || offset >= MAX32 ? end64(items.length, dirSize, offset, offset + dirSize) : NO_BYTES;
  const end = new DataView(new ArrayBuffer(EOCD_SIZE));
  end.setUint32(0, EOCD, true);
  end.setUint16(8, Math.min(items.length, MAX16), true);
  end.setUint16(10, Math.min(items.length, MAX16), true);
  end.setUint32(12, Math.min(dirSize, MAX32), true);
  end.setUint32(16, Math.min(offset, MAX32), true);
  const out = new Uint8Array(offset + dirSize + tail.length + EOCD_SIZE);
  let at = 0;
  for (const c of [...chunks, ...central, tail, new Uint8Array(end.buffer)]) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const NO_BYTES = new Uint8Array(0);

/** What local and central headers both hold, from "version needed to extract" (`at`) to the extra field's length. */
function headerFields(v: DataView, at: number, version: number, flags: number, e: ZipEntry, packed: number, size: number, nameLen: number, extraLen: number): void {
  v.setUint16(at, version, true);
  v.setUint16(at + 2, flags, true);
  v.setUint16(at + 4, e.method, true);
  v.setUint16(at + 6, e.time, true);
  v.setUint16(at + 8, e.date, true);
  v.setUint32(at + 10, e.crc, true);
  v.setUint32(at + 14, packed, true);
  v.setUint32(at + 18, size, true);
  v.setUint16(at + 22, nameLen, true);
  v.setUint16(at + 24, extraLen, true);
}

function packEntry(name: string, data: Uint8Array, when: { time: number; date: number }): ZipEntry {
  const raw = data.length > 64 ? installed().deflate(data) : data;
  const method = raw === data ? 0 : 8;
  return { name, method, flags: 0, crc: crc32(data), size: data.length, raw, ...when };
}

/** New entries carry 1980-01-01 00:00 (the first DOS date): the same input gives the same bytes. */
const FIXED_TIME = { time: 0, date: (1 << 5) | 1 };

/** CRC-32 tables for slicing by four bytes (table 0 is the classic one). */
let tables: Int32Array[] | null = null;

function crcTables(): Int32Array[] {
  const t = [0, 1, 2, 3].map(() => new Int32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[0][n] = c;
  }
  for (let n = 0; n < 256; n++) for (let k = 1; k < 4; k++) t[k][n] = t[0][t[k - 1][n] & 0xff] ^ (t[k - 1][n] >>> 8);
  return t;
}

/** CRC-32 (ZIP's), as an unsigned number: the codec's native one (Node's zlib.crc32), else the one below. */
export function crc32(data: Uint8Array): number {
  return codec?.crc32 ? codec.crc32(data) >>> 0 : crc32Js(data);
}

/** CRC-32 in JavaScript, four bytes a step. */
export function crc32Js(data: Uint8Array): number {
  const [t0, t1, t2, t3] = (tables ??= crcTables());
  let crc = -1;
  let i = 0;
  for (const end = data.length - 3; i < end; i += 4) {
    crc ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    crc = t3[crc & 0xff] ^ t2[(crc >>> 8) & 0xff] ^ t1[(crc >>> 16) & 0xff] ^ t0[crc >>> 24];
  }
  for (; i < data.length; i++) crc = t0[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
