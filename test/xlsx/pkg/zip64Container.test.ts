/**
 * ZIP64 in the container (zip.ts with zip64.ts), beside the reviewer's zip64.test.ts (a ZIP64
 * workbook is read): what is written is ZIP64 only where a value needs 64 bits, and it reads
 * back (here, with fflate and Python's reading in mind); the limits hold on the 64-bit sizes;
 * a ZIP64 record or field that is missing or wrong is "corrupt", never a crash or a guess.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import { readZip, writeZip, type ZipEntry } from "../../../src/xlsx/zip";

const TEXT = (n: number) => strToU8(`<x>${"bagian ".repeat(n)}</x>`);

describe("ZIP64 on writing", () => {
  it("is not used when every value fits in 32 bits (version 20, no extra field)", () => {
    const out = writeZip([{ name: "a.xml", data: TEXT(50) }, { name: "b.xml", data: TEXT(1) }]);
    const v = new DataView(out.buffer, out.byteOffset, out.byteLength);
    expect([v.getUint16(4, true), v.getUint16(28, true)]).toEqual([20, 0]);
    expect(v.getUint32(out.length - 22 - 20, true)).not.toBe(0x07064b50); // no ZIP64 end record's locator
  });

  it("keeps a copied entry's size over 4 GB (never inflated) and its stored bytes, and still refuses to read it", () => {
    const plain = readZip(zipSync({ "xl/media/image1.png": new Uint8Array(1000) }));
    const copy: ZipEntry = { ...plain.entries[0], size: 5 * 2 ** 32 + 7 };
    const back = readZip(writeZip([{ copy }, { name: "xl/a.xml", data: TEXT(3) }]));
    const e = back.entry("xl/media/image1.png")!;
    expect(e.size).toBe(5 * 2 ** 32 + 7);
    expect(Buffer.from(e.raw).equals(Buffer.from(copy.raw))).toBe(true);
    expect(() => back.bytes("xl/media/image1.png")).toThrow(expect.objectContaining({ reason: "tooLarge" }));
    expect(back.text("xl/a.xml")).toBe(`<x>${"bagian ".repeat(3)}</x>`);
  });

  it("writes the ZIP64 end record for 65,535 entries or more, which fflate and this reader read back", () => {
    const items = Array.from({ length: 65_540 }, (_, i) => ({ name: `d/${i}.txt`, data: strToU8(String(i)) }));
    const out = writeZip(items);
    const back = readZip(out);
    expect(back.entries.length).toBe(65_540);
    expect(back.text("d/65539.txt")).toBe("65539");
    expect(Object.keys(unzipSync(out)).length).toBe(65_540);
  });
});

describe("ZIP64 that is not right", () => {
  /** A one-entry ZIP written as ZIP64 by writeZip (a size over 4 GB), its bytes editable. */
  function wideZip(): Uint8Array {
    const plain = readZip(zipSync({ "a.bin": new Uint8Array(100) }));
    return writeZip(Array.from({ length: 65_535 }, (_, i) => (i ? { name: `n${i}`, data: new Uint8Array(0) } : { copy: { ...plain.entries[0], size: 2 ** 32 + 1 } })));
  }

  it("a locator naming no ZIP64 end record is corrupt", () => {
    const bytes = wideZip();
    const v = new DataView(bytes.buffer);
    const locator = bytes.length - 22 - 20;
    expect(v.getUint32(locator, true)).toBe(0x07064b50);
    v.setUint32(locator + 8, v.getUint32(locator + 8, true) + 1, true);
    expect(() => readZip(bytes)).toThrow(expect.objectContaining({ reason: "corrupt" }));
  });

  it("a saturated size without its ZIP64 extra field is corrupt", () => {
    const bytes = wideZip();
    const v = new DataView(bytes.buffer);
    const central = Buffer.from(bytes).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    v.setUint16(central + 46 + v.getUint16(central + 28, true), 0x9999, true); // the extra field's id
    expect(() => readZip(bytes)).toThrow(expect.objectContaining({ reason: "corrupt" }));
  });
});
