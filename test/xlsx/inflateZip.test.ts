import { deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import * as fc from "fast-check";
import { inflateZip, writeStoredZip } from "../../src/xlsx/inflateZip";
import { loadWorkbook, saveWorkbook } from "../../src/xlsx/load";
import { sheetMerges } from "../../src/xlsx/internals";
import { crc32, storedZip } from "./bytes";
import { newBook, snapshot } from "./helpers";

/** Every file of a ZIP as JSZip (ExcelJS's reader) reads it, in its order. */
async function filesOf(zip: Uint8Array): Promise<[string, string][]> {
  const z = await JSZip.loadAsync(zip);
  const out: [string, string][] = [];
  for (const f of Object.values(z.files)) out.push([f.name, Buffer.from(await f.async("uint8array")).toString("base64")]);
  return out;
}

/** The size of a ZIP of these files when each is stored: headers, names twice, content once. */
function storedSize(files: readonly [string, string][]): number {
  return files.reduce((s, [name, b64]) => s + 30 + 46 + 2 * Buffer.byteLength(name) + Buffer.from(b64, "base64").length, 22);
}

function mustInflate(zip: Uint8Array): Uint8Array {
  const out = inflateZip(zip);
  if (!out) throw new Error("inflateZip gave null");
  return out;
}

const enc = new TextEncoder();

/** A one-entry ZIP with a deflated entry, its header fields patched by `patch` (central directory offsets). */
function oneDeflated(text: string, patch: (central: DataView) => void = () => {}): Uint8Array {
  const zip = storedZip({ "a.xml": text });
  const data = enc.encode(text);
  const packed = deflateRawSync(data);
  const name = enc.encode("a.xml");
  const out = new Uint8Array(30 + name.length + packed.length + 46 + name.length + 22);
  out.set(zip.subarray(0, 30 + name.length), 0);
  out.set(packed, 30 + name.length);
  const centralAt = 30 + name.length + packed.length;
  out.set(zip.subarray(30 + name.length + data.length), centralAt);
  const local = new DataView(out.buffer, 0, 30);
  local.setUint16(8, 8, true);
  local.setUint32(18, packed.length, true);
  const central = new DataView(out.buffer, centralAt, 46);
  central.setUint16(10, 8, true);
  central.setUint32(20, packed.length, true);
  patch(central);
  new DataView(out.buffer, out.length - 22).setUint32(16, centralAt, true);
  return out;
}

describe("inflateZip: the same ZIP with every part stored", () => {
  test("a saved workbook: the same parts, byte for byte, in the same order, each stored", async () => {
    const wb = newBook("Rencana Aksi", "Lain");
    const ws = wb.getWorksheet("Rencana Aksi")!;
    for (let r = 1; r <= 300; r++) {
      ws.getCell(r, 1).value = `Sub Kegiatan ${r}`;
      ws.getCell(r, 2).value = r / 400;
      ws.getCell(r, 2).numFmt = "0.00%";
    }
    ws.mergeCells("C1:C5");
    const original = await saveWorkbook(wb);
    const inflated = mustInflate(original);
    const files = await filesOf(original);
    expect(files.length).toBeGreaterThan(5);
    expect(await filesOf(inflated)).toEqual(files);
    expect(inflated.length).toBe(storedSize(files));
    expect(inflated.length).toBeGreaterThan(original.length);
  });

  test("ExcelJS reads the same workbook from either", async () => {
    const wb = newBook("Lampiran");
    const ws = wb.getWorksheet("Lampiran")!;
    ws.getCell("A1").value = "RENCANA AKSI 2026";
    ws.getCell("B2").value = { formula: "1+1", result: 2 };
    ws.getCell("C3").value = 0.25;
    ws.getCell("C3").numFmt = "0%";
    ws.mergeCells("A1:D1");
    const original = await saveWorkbook(wb);
    const a = await loadWorkbook(original);
    const b = await loadWorkbook(mustInflate(original));
    if (!a.ok || !b.ok) throw new Error("load failed");
    const sheetA = a.workbook.getWorksheet("Lampiran")!;
    const sheetB = b.workbook.getWorksheet("Lampiran")!;
    expect(snapshot(sheetB)).toEqual(snapshot(sheetA));
    expect(Object.keys(snapshot(sheetA))).toEqual(expect.arrayContaining(["A1", "B2", "C3"]));
    expect(sheetMerges(sheetB)).toEqual(sheetMerges(sheetA));
  });

  test("any files, deflated or stored, with or without data descriptors: JSZip reads the same files from the copy", async () => {
    const file = fc.tuple(
      fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,8}){0,2}\.(xml|bin)$/),
      fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.string({ maxLength: 3000 }).map((s) => enc.encode(s.repeat(3)))),
    );
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(file, { selector: (f) => f[0], minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean(), async (files, deflate, streamFiles) => {
        const z = new JSZip();
        for (const [name, data] of files) z.file(name, data);
        const zip = await z.generateAsync({ type: "uint8array", compression: deflate ? "DEFLATE" : "STORE", streamFiles });
        const want = await filesOf(zip);
        const got = mustInflate(zip);
        expect(await filesOf(got)).toEqual(want);
        expect(got.length).toBe(storedSize(want));
      }),
      { numRuns: 60 },
    );
  });

  test("a name that is not ASCII: the same name, and its UTF-8 flag kept", async () => {
    // JSZip marks such a name with an extra field (dropped in the copy) and reads names as UTF-8 anyway.
    const z = new JSZip();
    z.file("xl/media/peta-kecamatan-ñ.bin", "isi");
    z.file("xl/workbook.xml", "<workbook/>");
    const zip = await z.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const names = (await filesOf(mustInflate(zip))).map(([name]) => name);
    expect(names).toContain("xl/media/peta-kecamatan-ñ.bin");
    expect(names).toEqual((await filesOf(zip)).map(([name]) => name));
    // Other writers set general-purpose flag bit 11; the copy keeps it (first local header, offset 6).
    const data = enc.encode("isi");
    const flagged = writeStoredZip([{ name: enc.encode("peta-ñ.bin"), utf8: true, crc: crc32(data), data }]);
    const flags = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset).getUint16(6, true);
    expect(flags(flagged)).toBe(0x0800);
    expect(flags(mustInflate(flagged))).toBe(0x0800);
    expect(flags(mustInflate(storedZip({ "a.xml": "<a/>" })))).toBe(0);
  });

  test("a hand-made deflated entry is inflated", async () => {
    const text = "<x>" + "Indikator ".repeat(500) + "</x>";
    expect(await filesOf(mustInflate(oneDeflated(text)))).toEqual([["a.xml", Buffer.from(text).toString("base64")]]);
  });

  describe("anything but a plain ZIP gives null (the original bytes are loaded instead)", () => {
    const zip = storedZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" });

    test.each([
      ["no bytes", new Uint8Array(0)],
      ["not a ZIP", enc.encode("No,Sasaran,Target\n1,Meningkatnya,100%\n")],
      ["cut short", zip.subarray(0, zip.length - 30)],
      ["cut inside the end record", zip.subarray(0, zip.length - 5)],
    ])("%s", (_name, bytes) => {
      expect(inflateZip(bytes)).toBeNull();
    });

    const patched = (at: number, patch: (v: DataView) => void): Uint8Array => {
      const copy = zip.slice();
      patch(new DataView(copy.buffer, at));
      return copy;
    };
    const central = zip.length - 22 - (46 * 2 + "[Content_Types].xml".length + "xl/workbook.xml".length);

    test.each([
      ["an encrypted entry", patched(central, (v) => v.setUint16(8, 1, true))],
      ["another compression method (bzip2)", patched(central, (v) => v.setUint16(10, 12, true))],
      ["a ZIP64 end record", patched(zip.length - 22, (v) => v.setUint32(16, 0xffffffff, true))],
      ["a split archive", patched(zip.length - 22, (v) => v.setUint16(4, 1, true))],
      ["a local header that is not one", patched(0, (v) => v.setUint32(0, 0, true))],
      ["a central entry that is not one", patched(central, (v) => v.setUint32(0, 0, true))],
      ["an entry past the end", patched(central, (v) => v.setUint32(20, 1 << 30, true))],
    ])("%s", (_name, bytes) => {
      expect(inflateZip(storedZip({ "a.xml": "<a/>" }))).not.toBeNull(); // the unpatched shape is fine
      expect(inflateZip(bytes)).toBeNull();
    });

    test("a deflated entry larger than its declared size (a ZIP bomb) or damaged", () => {
      const text = "0".repeat(100_000);
      expect(inflateZip(oneDeflated(text))).not.toBeNull();
      expect(inflateZip(oneDeflated(text, (c) => c.setUint32(24, 1000, true)))).toBeNull();
      expect(inflateZip(oneDeflated(text, (c) => c.setUint32(24, 200_000, true)))).toBeNull();
      const damaged = oneDeflated(text);
      damaged.fill(0xff, 40, 48);
      expect(inflateZip(damaged)).toBeNull();
    });

    test("the CRC is carried over from the original", async () => {
      const text = "<worksheet/>";
      const out = mustInflate(oneDeflated(text));
      const z = await JSZip.loadAsync(out, { checkCRC32: true });
      expect(await z.file("a.xml")!.async("string")).toBe(text);
      expect(crc32(enc.encode(text))).toBe(new DataView(out.buffer, out.byteOffset).getUint32(14, true));
    });
  });
});
