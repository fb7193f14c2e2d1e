/**
 * A small workbook stored as ZIP64 (the sizes and offsets in the ZIP64 extra field, the 32-bit
 * fields 0xFFFFFFFF; optionally the ZIP64 end of central directory too), as some writers store
 * every package whatever its size. fflate (below), Python's zipfile and Info-ZIP's unzip read
 * it. It is valid and a few kilobytes: refused, it is called "too large" (over 256 MB a part)
 * or "damaged", neither of which is true.
 */
import { deflateSync, unzipSync } from "fflate";
import { loadWorkbook } from "../../../src/xlsx/load";
import { crc32 } from "../../../src/xlsx/zip";
import { exampleBytes } from "../../support/example";

/** The parts stored as ZIP64: every entry's sizes (and its offset) in the ZIP64 extra field. */
function zip64(parts: Record<string, Uint8Array>, endRecord: boolean): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const enc = new TextEncoder();
  const names = Object.keys(parts);
  for (const name of names) {
    const data = parts[name];
    const raw = deflateSync(data, { level: 6 });
    const n = enc.encode(name);
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 45, true);
    local.setUint16(8, 8, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, 0xffffffff, true);
    local.setUint32(22, 0xffffffff, true);
    local.setUint16(26, n.length, true);
    local.setUint16(28, 20, true);
    // The ZIP64 extra field (id 1): size and compressed size, after the name.
    const head = new Uint8Array(local.buffer);
    const extra = new DataView(new ArrayBuffer(20));
    extra.setUint16(0, 1, true);
    extra.setUint16(2, 16, true);
    extra.setBigUint64(4, BigInt(data.length), true);
    extra.setBigUint64(12, BigInt(raw.length), true);
    chunks.push(head, n, new Uint8Array(extra.buffer), raw);
    const c = new DataView(new ArrayBuffer(46));
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 45, true);
    c.setUint16(6, 45, true);
    c.setUint16(10, 8, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, 0xffffffff, true);
    c.setUint32(24, 0xffffffff, true);
    c.setUint16(28, n.length, true);
    c.setUint16(30, 28, true);
    c.setUint32(42, 0xffffffff, true);
    const cextra = new DataView(new ArrayBuffer(28));
    cextra.setUint16(0, 1, true);
    cextra.setUint16(2, 24, true);
    cextra.setBigUint64(4, BigInt(data.length), true);
    cextra.setBigUint64(12, BigInt(raw.length), true);
    cextra.setBigUint64(20, BigInt(offset), true);
    central.push(new Uint8Array(c.buffer), n, new Uint8Array(cextra.buffer));
    offset += 30 + n.length + 20 + raw.length;
  }
  const dirSize = central.reduce((s, x) => s + x.length, 0);
  const tail: Uint8Array[] = [];
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  if (endRecord) {
    const z64 = new DataView(new ArrayBuffer(56));
    z64.setUint32(0, 0x06064b50, true);
    z64.setBigUint64(4, 44n, true);
    z64.setUint16(12, 45, true);
    z64.setUint16(14, 45, true);
    z64.setBigUint64(24, BigInt(names.length), true);
    z64.setBigUint64(32, BigInt(names.length), true);
    z64.setBigUint64(40, BigInt(dirSize), true);
    z64.setBigUint64(48, BigInt(offset), true);
    const locator = new DataView(new ArrayBuffer(20));
    locator.setUint32(0, 0x07064b50, true);
    locator.setBigUint64(8, BigInt(offset + dirSize), true);
    locator.setUint32(16, 1, true);
    tail.push(new Uint8Array(z64.buffer), new Uint8Array(locator.buffer));
    eocd.setUint16(8, 0xffff, true);
    eocd.setUint16(10, 0xffff, true);
    eocd.setUint32(12, 0xffffffff, true);
    eocd.setUint32(16, 0xffffffff, true);
  } else {
    eocd.setUint16(8, names.length, true);
    eocd.setUint16(10, names.length, true);
    eocd.setUint32(12, dirSize, true);
    eocd.setUint32(16, offset, true);
  }
  tail.push(new Uint8Array(eocd.buffer));
  const all = [...chunks, ...central, ...tail];
  const out = new Uint8Array(all.reduce((s, x) => s + x.length, 0));
  let at = 0;
  for (const x of all) {
    out.set(x, at);
    at += x.length;
  }
  return out;
}

describe("a small workbook stored as ZIP64", () => {
  it.each([
    ["ZIP64 extra fields", false],
    ["ZIP64 extra fields and end record", true],
  ])("with %s is read like the same workbook stored plainly", async (_, endRecord) => {
    const example = await exampleBytes();
    const bytes = zip64(unzipSync(example), endRecord);
    expect(bytes.length).toBeLessThan(1_000_000);
    // The package's directory is sound: fflate lists every part. Only listed: fflate takes the 32-bit size
    // fields (0xFFFFFFFF) as the sizes and, inflating, reserves 4 GB for every part (the test worker's
    // child processes then failed to start, ENOMEM).
    const listed: string[] = [];
    unzipSync(bytes, { filter: (f) => (listed.push(f.name), false) });
    expect(listed.sort()).toEqual(Object.keys(unzipSync(example)).sort());
    const loaded = loadWorkbook(bytes);
    expect(loaded.ok ? "ok" : loaded.message.en).toBe("ok");
    const plain = loadWorkbook(example);
    if (!loaded.ok || !plain.ok) return;
    expect(await loaded.workbook.readGrid("Lampiran I")).toEqual(await plain.workbook.readGrid("Lampiran I"));
  });
});
