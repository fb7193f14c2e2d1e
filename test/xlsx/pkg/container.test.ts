/**
 * The container and the XML reader: parts copied as stored, inflation
 * bounded before it starts, damaged entries caught by their CRC, and no DTD.
 */
import * as zlib from "node:zlib";
import { strToU8, zipSync } from "fflate";
import { loadWorkbook } from "../../../src/xlsx/load";
import { parseXml, XmlError } from "../../../src/xlsx/xml";
import { crc32, crc32Js, readZip, useCodec, writeZip, ZipError, type ZipCodec } from "../../../src/xlsx/zip";
import { FFLATE_CODEC } from "../../../src/xlsx/fflateCodec";
import { ZLIB_CODEC } from "../../../src/xlsx/nodeCodec";
import { exampleBytes } from "../../support/example";

describe("zip container", () => {
  it("writes unchanged entries as the bytes they came with, and new ones that read back", async () => {
    const original = await exampleBytes();
    const zip = readZip(original);
    const out = writeZip([...zip.entries.map((copy) => ({ copy })), { name: "xl/new.xml", data: strToU8("<x>baru</x>") }]);
    const again = readZip(out);
    for (const e of zip.entries) expect(Buffer.compare(Buffer.from(again.entry(e.name)!.raw), Buffer.from(e.raw))).toBe(0);
    expect(again.text("xl/new.xml")).toBe("<x>baru</x>");
    // Part names are case-insensitive, as OPC says.
    expect(again.text("XL/WORKBOOK.XML")).toBe(zip.text("xl/workbook.xml"));
  });

  it("refuses a part over the limits before inflating it", () => {
    const bytes = zipSync({ "a.xml": new Uint8Array(2_000_000), "b.xml": new Uint8Array(10) });
    const zip = readZip(bytes, { part: 1_000_000, total: 1_000_010 });
    expect(() => zip.bytes("a.xml")).toThrow(ZipError);
    expect(zip.bytes("b.xml")?.length).toBe(10);
    const total = readZip(bytes, { part: 3_000_000, total: 1_500_000 });
    expect(() => total.bytes("a.xml")).toThrow(expect.objectContaining({ reason: "tooLarge" }));
  });

  it("catches a part whose content does not match its CRC or its declared size", () => {
    const bytes = zipSync({ "a.xml": strToU8("<a>halo</a>") }, { level: 0 });
    const damaged = bytes.slice();
    const at = Buffer.from(damaged).indexOf("halo");
    damaged[at] = "j".charCodeAt(0);
    expect(() => readZip(damaged).bytes("a.xml")).toThrow(expect.objectContaining({ reason: "corrupt" }));
  });

  it("tells a package over the limits from a damaged one, with its own message", async () => {
    const big = loadWorkbook(await exampleBytes(), { limits: { part: 1000, total: 1_000_000 } });
    expect(big.ok).toBe(false);
    if (!big.ok) expect([big.reason, big.message.en]).toEqual(["tooLarge", expect.stringContaining("too large")]);
    const cut = loadWorkbook((await exampleBytes()).slice(0, 3000));
    expect(cut.ok ? "ok" : cut.reason).toBe("corrupt");
  });
});

describe("codecs: fflate (the browser's) and Node's zlib (the CLI's)", () => {
  const CODECS: [string, ZipCodec][] = [["fflate", FFLATE_CODEC], ["zlib", ZLIB_CODEC]];
  afterAll(() => useCodec(FFLATE_CODEC)); // as the suite's setup installed it

  /** Random text of some repetition: deflated for real, with back references. */
  function sample(n: number, seed: number): Uint8Array {
    let x = seed;
    const words = ["<c r=\"A1\">", "<v>12</v>", "</c>", "Jumlah dokumen", "Persentase", "\n", "&amp;", "ü€"];
    let text = "";
    while (text.length < n) {
      x = (x * 1103515245 + 12345) >>> 0;
      text += words[x % words.length] + (x % 7 === 0 ? String(x) : "");
    }
    return strToU8(text);
  }

  it.each(CODECS)("a package written with %s reads back the same with both", (_, writer) => {
    useCodec(writer);
    const parts = [0, 65, 5_000, 300_000].map((n, i) => ({ name: `xl/p${i}.xml`, data: sample(n, i + 1) }));
    const bytes = writeZip(parts);
    expect(writeZip(parts)).toEqual(bytes); // the same input, the same bytes
    for (const [, reader] of CODECS) {
      useCodec(reader);
      const zip = readZip(bytes);
      for (const p of parts) expect(Buffer.from(zip.bytes(p.name)!).equals(Buffer.from(p.data))).toBe(true);
    }
  });

  it.each(CODECS)("with %s, a part inflating to more than it declares, or a broken stream, is damaged", (_, codec) => {
    useCodec(codec);
    const data = sample(50_000, 7);
    const bytes = writeZip([{ name: "a.xml", data }]);
    const lying = bytes.slice();
    const view = new DataView(lying.buffer);
    // The central directory's uncompressed size (at 24 from its signature) told smaller than the part.
    const central = Buffer.from(lying).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    view.setUint32(central + 24, 1000, true);
    expect(() => readZip(lying).bytes("a.xml")).toThrow(expect.objectContaining({ reason: "corrupt" }));
    const broken = bytes.slice();
    for (let i = 40; i < 60; i++) broken[i] ^= 0xff;
    expect(() => readZip(broken).bytes("a.xml")).toThrow(expect.objectContaining({ reason: "corrupt" }));
    // Node's zlib brings its own CRC-32 (Node 20.15 and later); fflate's codec uses the one in zip.ts.
    if (codec === ZLIB_CODEC && typeof (zlib as { crc32?: unknown }).crc32 === "function") expect(codec.crc32).toBeDefined();
    if (codec.crc32) expect(codec.crc32(data) >>> 0).toBe(crc32Js(data));
    expect(crc32(data)).toBe(crc32Js(data));
  });

  it("without a codec installed, reading says so (a wiring fault, never told as a damaged file)", () => {
    const bytes = writeZip([{ name: "a.xml", data: sample(1000, 3) }]);
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require("../../../src/xlsx/zip") as typeof import("../../../src/xlsx/zip");
      let thrown: unknown;
      try {
        fresh.readZip(bytes).bytes("a.xml");
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(Error);
      expect(thrown).not.toBeInstanceOf(fresh.ZipError);
      expect(String(thrown)).toContain("no codec installed");
    });
  });
});

describe("XML reader", () => {
  it("refuses a DOCTYPE (entity expansion, external entities) and malformed XML", () => {
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY x "xxxxxxxx">]><a>&x;</a>', {})).toThrow(XmlError);
    expect(() => parseXml('<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>', {})).toThrow(XmlError);
    expect(() => parseXml("<a><b></a>", {})).toThrow(XmlError);
  });

  it("gives local names, offsets of tags, and expanded text", () => {
    const xml = '<x:row xmlns:x="u" r="3"><x:c r="B3"><x:v>1 &amp; 2</x:v></x:c></x:row>';
    const seen: string[] = [];
    parseXml(xml, {
      open: (name, a, start, end) => seen.push(`${name}:${a.r ?? ""}:${xml.slice(start, end)}`),
      text: (t) => seen.push(`text:${t}`),
    });
    expect(seen).toEqual(['row:3:<x:row xmlns:x="u" r="3">', 'c:B3:<x:c r="B3">', "v::<x:v>", "text:1 & 2"]);
  });
});
