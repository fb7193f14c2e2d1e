/**
 * Node only. An .xlsx is a ZIP of deflated XML parts; ExcelJS inflates them
 * with JSZip's pure-JavaScript inflate. The CLI hands ExcelJS a copy whose
 * parts are already inflated (stored) by Node's native zlib instead: the same
 * parts, byte for byte, read about 50 ms faster on a 10,000-row plan
 * (BENCHMARKS.md, "CLI over its floor").
 *
 * Only the ZIP container is read here, never the workbook's content. Anything
 * unexpected (ZIP64, encryption, another compression method, a size or offset
 * that does not add up, a damaged file) gives null, and the caller loads the
 * original bytes as before, so ExcelJS still says what is wrong with them.
 */
import { inflateRawSync } from "node:zlib";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
/** Above this much inflated content, leave the file to ExcelJS as it is. */
const MAX_TOTAL = 512 * 1024 * 1024;

/** One file of a ZIP: its name's bytes, the CRC-32 of its content, the content. */
export interface ZipEntry {
  name: Uint8Array;
  /** The name is UTF-8 (general-purpose flag bit 11); else code page 437. */
  utf8?: boolean;
  crc: number;
  data: Uint8Array;
}

const UTF8_NAME = 0x0800;

function findEocd(b: Buffer): number {
  for (let i = b.length - EOCD_SIZE; i >= Math.max(0, b.length - EOCD_SIZE - MAX_COMMENT); i--) {
    if (b.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

/** The entries in central-directory order, inflated; null when the container is not a plain ZIP. */
function readEntries(b: Buffer): ZipEntry[] | null {
  const eocd = findEocd(b);
  if (eocd < 0) return null;
  const disk = b.readUInt16LE(eocd + 4);
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  // Split archives and ZIP64 (0xffff / 0xffffffff markers) are not for us.
  if (disk !== 0 || count === 0xffff || p === 0xffffffff) return null;
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let k = 0; k < count; k++) {
    if (p + CENTRAL_SIZE > b.length || b.readUInt32LE(p) !== CENTRAL) return null;
    const flags = b.readUInt16LE(p + 8);
    const method = b.readUInt16LE(p + 10);
    const crc = b.readUInt32LE(p + 16);
    const packed = b.readUInt32LE(p + 20);
    const size = b.readUInt32LE(p + 24);
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    const local = b.readUInt32LE(p + 42);
    const name = b.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + nameLen);
    p += CENTRAL_SIZE + nameLen + extraLen + commentLen;
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8)) return null; // encrypted, or neither stored nor deflated
    total += size;
    if (total > MAX_TOTAL || local + LOCAL_SIZE > b.length || b.readUInt32LE(local) !== LOCAL) return null;
    const start = local + LOCAL_SIZE + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    if (start + packed > b.length) return null;
    const raw = b.subarray(start, start + packed);
    const data = method === 8 ? inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) }) : raw;
    if (data.length !== size) return null;
    entries.push({ name, utf8: (flags & UTF8_NAME) !== 0, crc, data });
  }
  return entries;
}

/** A ZIP of the entries, each stored (no compression), in their order. */
export function writeStoredZip(entries: readonly ZipEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = Buffer.alloc(LOCAL_SIZE);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(e.utf8 ? UTF8_NAME : 0, 6);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(e.name.length, 26);
    const head = Buffer.alloc(CENTRAL_SIZE);
    head.writeUInt32LE(CENTRAL, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(e.utf8 ? UTF8_NAME : 0, 8);
    head.writeUInt32LE(e.crc, 16);
    head.writeUInt32LE(e.data.length, 20);
    head.writeUInt32LE(e.data.length, 24);
    head.writeUInt16LE(e.name.length, 28);
    head.writeUInt32LE(offset, 42);
    parts.push(local, e.name, e.data);
    central.push(head, e.name);
    offset += LOCAL_SIZE + e.name.length + e.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(EOCD_SIZE);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...parts, dir, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** The same ZIP with every entry stored, or null when it is not a plain ZIP (see above). Never throws. */
export function inflateZip(bytes: Uint8Array): Uint8Array | null {
  try {
    const entries = readEntries(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (!entries) return null;
    return writeStoredZip(entries); // below MAX_TOTAL, every size and offset fits ZIP's 32 bits
  } catch {
    return null; // a damaged deflate stream, or more than maxOutputLength
  }
}

