/**
 * What a file's bytes are, before any parser sees them. Pure and synchronous;
 * works in Node and in the browser.
 */
export type ByteKind = "empty" | "zip" | "xls" | "encrypted" | "csv" | "other";

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** Streams that only an encrypted (password-protected) OOXML package has. */
const ENCRYPTION_STREAMS = ["EncryptionInfo", "EncryptedPackage"];
const CFB_HEADER = 512;
const CFB_DIR_ENTRY = 128;
const TEXT_SAMPLE = 64 * 1024;

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** Name of a CFB directory entry at `offset` (UTF-16LE, length in bytes with its terminator at +64). */
function dirEntryName(bytes: Uint8Array, offset: number): string | null {
  const len = bytes[offset + 64] | (bytes[offset + 65] << 8);
  if (len < 4 || len > 64 || len % 2 !== 0) return null;
  let name = "";
  for (let i = 0; i < len - 2; i += 2) name += String.fromCharCode(bytes[offset + i] | (bytes[offset + i + 1] << 8));
  return name;
}

/**
 * An OLE compound file is an old .xls, or an OOXML workbook encrypted with a
 * password (Excel wraps it in a compound file with EncryptionInfo and
 * EncryptedPackage streams). Directory entries are 128-byte records aligned
 * on sector boundaries after the 512-byte header, so every aligned record is
 * checked: no need to follow the FAT, and a damaged file is still told apart.
 */
function compoundFileKind(bytes: Uint8Array): "xls" | "encrypted" {
  for (let off = CFB_HEADER; off + CFB_DIR_ENTRY <= bytes.length; off += CFB_DIR_ENTRY) {
    const name = dirEntryName(bytes, off);
    if (name && ENCRYPTION_STREAMS.includes(name)) return "encrypted";
  }
  return "xls";
}

function decodeText(sample: Uint8Array): string | null {
  if (sample[0] === 0xff && sample[1] === 0xfe) return new TextDecoder("utf-16le").decode(sample);
  if (sample[0] === 0xfe && sample[1] === 0xff) return new TextDecoder("utf-16be").decode(sample);
  if (sample.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(sample);
  } catch {
    // Not UTF-8 (or cut inside a character at the sample's end): read it as a single-byte text.
    return new TextDecoder("latin1").decode(sample);
  }
}

/** Text, with at most 1% control characters other than tab and line breaks. */
function looksLikeText(s: string): boolean {
  let control = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control <= s.length / 100;
}

/** Delimited text: a separator on one of the first lines, and not markup (HTML saved as .xls). */
function looksLikeCsv(s: string): boolean {
  const body = s.replace(/^\ufeff/, "").trimStart();
  if (body.startsWith("<")) return false;
  return body.split(/\r\n|\n|\r/).slice(0, 20).some((line) => /[,;\t|]/.test(line));
}

export function sniffBytes(bytes: Uint8Array): ByteKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_SIGNATURE)) return "zip";
  if (startsWith(bytes, CFB_SIGNATURE)) return compoundFileKind(bytes);
  const text = decodeText(bytes.subarray(0, TEXT_SAMPLE));
  if (text !== null && looksLikeText(text) && looksLikeCsv(text)) return "csv";
  return "other";
}

/** True when the ZIP holds an Excel workbook part (file names in a ZIP are stored as plain bytes). */
export function zipHasWorkbookPart(bytes: Uint8Array): boolean {
  const needle = [..."xl/workbook"].map((ch) => ch.charCodeAt(0));
  outer: for (let i = 0; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
