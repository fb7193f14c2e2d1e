/**
 * Node's zlib as the package's codec (the CLI's; the browser bundle must never import this file):
 * native inflate and deflate, several times faster than fflate's JavaScript, and fflate never loaded.
 */
import * as zlib from "node:zlib";
import type { ZipCodec } from "./zip";

const asBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
// zlib.crc32 is Node 20.15's and later (engines says >=20): checked, not assumed.
const nativeCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

const MAX_CHUNK = 64 * 1024 * 1024;

export const ZLIB_CODEC: ZipCodec = {
  // Never more than the declared size (a part that inflates to more fails, and is told damaged); into
  // one buffer of that size and a byte, where zlib's 16 KB chunks were copied together at the end
  // (4-15 ms of a 4.4 MB sheet). Capped: a declared size is only what the directory says.
  inflate: (raw, size) => asBytes(zlib.inflateRawSync(raw, { maxOutputLength: Math.max(size, 1), chunkSize: Math.min(Math.max(size + 1, 64), MAX_CHUNK) })),
  deflate: (data) => asBytes(zlib.deflateRawSync(data, { level: 6 })),
  ...(typeof nativeCrc === "function" ? { crc32: (data: Uint8Array) => nativeCrc(data) } : {}),
};
