/**
 * Node's zlib as the package's codec (the CLI's; the browser bundle must never import this file):
 * native inflate and deflate, several times faster than fflate's JavaScript, and fflate never loaded.
 */
import * as zlib from "node:zlib";
import type { ZipCodec } from "./zip";

const asBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
// zlib.crc32 is Node 20.15's and later (engines says >=20): checked, not assumed.
const nativeCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export const ZLIB_CODEC: ZipCodec = {
  // Never more than the declared size (a part that inflates to more fails, and is told damaged).
  inflate: (raw, size) => asBytes(zlib.inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) })),
  deflate: (data) => asBytes(zlib.deflateRawSync(data, { level: 6 })),
  ...(typeof nativeCrc === "function" ? { crc32: (data: Uint8Array) => nativeCrc(data) } : {}),
};
