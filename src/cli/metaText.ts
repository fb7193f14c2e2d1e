/**
 * The text of a --meta file as editors save it: UTF-8 with or without a byte order mark
 * (Notepad's "UTF-8", most editors), UTF-16 LE or BE with one (Notepad's "Unicode" and
 * "Unicode big endian"). Anything else is told, never read as garbled text.
 */
export type MetaText = { ok: true; text: string } | { ok: false; problem: "notUtf8" | "utf16WithoutBom" };

export function decodeMetaText(bytes: Uint8Array): MetaText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: utf16le(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: utf16le(swapped(bytes.subarray(2))) };
  // JSON starts with an ASCII character: a zero byte beside it is UTF-16 saved without its mark.
  if (bytes.length >= 2 && (bytes[0] === 0) !== (bytes[1] === 0)) return { ok: false, problem: "utf16WithoutBom" };
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): MetaText {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: "notUtf8" };
  }
}

function utf16le(bytes: Uint8Array): string {
  return new TextDecoder("utf-16le").decode(bytes);
}

/** The bytes of UTF-16 BE as UTF-16 LE (an odd last byte is kept: the decoder marks it). */
function swapped(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  if (bytes.length % 2 === 1) out[bytes.length - 1] = bytes[bytes.length - 1];
  return out;
}
