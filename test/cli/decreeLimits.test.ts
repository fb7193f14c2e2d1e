/**
 * renaksi decree with hostile or oddly saved metadata (issue 18): the meta file's size limit,
 * each field's and list's limit (named in the message, refused at once), and the encodings
 * editors save JSON in (UTF-8 with or without BOM, UTF-16 LE/BE with BOM).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { decodeMetaText } from "../../src/cli/metaText";
import { bytesOf } from "../app/fillSupport";
import type * as ExcelJS from "exceljs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };

const SEED = fs.readFileSync(path.resolve(__dirname, "../../examples/src/rencana-aksi-dinkop-nganjuk-2022.tsv"), "utf8");
const META_TEXT = fs.readFileSync(path.resolve(__dirname, "../fixtures/meta/dinkop-nganjuk-2022.json"), "utf8");
const META = JSON.parse(META_TEXT) as Record<string, unknown>;

let dir: string;
let plan: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-decree-limits-"));
  plan = path.join(dir, "plan.xlsx");
  fs.writeFileSync(plan, await bytesOf(workbookFromSource(SEED)));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** Run decree with this --meta file's bytes; a fresh OUT each time. */
async function decree(meta: Uint8Array | string, lang = "en"): Promise<{ code: number; out: string; err: string; written: boolean; ms: number }> {
  const metaFile = path.join(dir, `meta-${++n}.json`);
  fs.writeFileSync(metaFile, meta);
  const out = path.join(dir, `out-${n}.xlsx`);
  let stdout = "";
  let stderr = "";
  const io: CliIO = { out: (s) => (stdout += s), err: (s) => (stderr += s), errIsTTY: false, outIsTTY: false, env: {}, cwd: dir };
  const started = Date.now();
  const code = await main(["decree", plan, "--meta", metaFile, "-o", out, "--lang", lang], io);
  return { code, out: stdout, err: stderr, written: fs.existsSync(out), ms: Date.now() - started };
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

describe("the --meta file's encoding", () => {
  test("UTF-8 without and with BOM, UTF-16 LE and BE with BOM (Notepad's \"Unicode\") give the same text", () => {
    const text = '{"nama": "Drs. Ärif – Ṣ"}';
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), utf16le(text), utf16be(text)])
      expect(decodeMetaText(new Uint8Array(bytes))).toEqual({ ok: true, text });
  });

  test("UTF-16 without its mark and bytes that are not UTF-8 are told, never read garbled", () => {
    expect(decodeMetaText(new Uint8Array(Buffer.from("{}", "utf16le")))).toEqual({ ok: false, problem: "utf16WithoutBom" });
    expect(decodeMetaText(new Uint8Array([0x7b, 0xe9, 0x7d]))).toEqual({ ok: false, problem: "notUtf8" });
  });

  test("a meta.json saved as UTF-16 LE or BE with BOM makes the decree", async () => {
    for (const bytes of [utf16le(META_TEXT), utf16be(META_TEXT)]) {
      const r = await decree(bytes);
      expect(r.err).not.toMatch(/JSON/);
      expect(r.code).toBe(0);
      expect(r.written).toBe(true);
    }
  }, 60_000);

  test("a Latin-1 file gets one line saying how to save it, in both languages", async () => {
    const latin1 = Buffer.from(JSON.stringify({ ...META, tempat: "Nganjuk é" }), "latin1");
    const en = await decree(latin1);
    expect(en.code).toBe(2);
    expect(en.err).toBe("The metadata file (--meta) cannot be used: not UTF-8 or UTF-16 text; save it as UTF-8 (in Notepad: Save As, Encoding UTF-8)\n");
    const id = await decree(latin1, "id");
    expect(id.err).toMatch(/^Berkas metadata \(--meta\) tidak dapat dipakai: bukan teks UTF-8/);
    expect(en.written || id.written).toBe(false);
  });
});

describe("the metadata's size limits", () => {
  test("a meta file over 1 MB is refused before it is read (a 50 MB string), one line", async () => {
    const r = await decree(JSON.stringify({ ...META, tentang: "A".repeat(50 * 1024 * 1024) }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^The metadata file \(--meta\) cannot be used: the file is too large \(51,2\d\d KB; at most 1,024 KB\)\n$/);
    expect(r.written).toBe(false);
  });

  test("100,000 Mengingat items are refused at once by the list limit, naming the field", async () => {
    // One-character items: the file (about 500 KB) is within its limit, the list is not.
    const many = Array.from({ length: 100_000 }, (_, i) => String(i % 10));
    const r = await decree(JSON.stringify({ ...META, mengingat: many }));
    expect(r.code).toBe(2);
    expect(r.written).toBe(false);
    expect(r.err.trim().split("\n")).toEqual([
      "The decree metadata is invalid (1 error); nothing was written:",
      "  mengingat: Legal basis (Mengingat): too many items (100,000; at most 200).",
    ]);
    expect(r.ms).toBeLessThan(10_000);
  }, 30_000);

  test("a field and a list item over 4,000 characters are refused, each naming itself", async () => {
    const mengingat = [...(META.mengingat as string[]), "x ".repeat(2500)];
    const r = await decree(JSON.stringify({ ...META, tentang: "RENCANA ".repeat(600), mengingat }));
    expect(r.code).toBe(2);
    const lines = r.err.trim().split("\n").slice(1).map((l) => l.trim());
    expect(lines).toContain(`mengingat.${mengingat.length}: Legal basis (Mengingat), item ${mengingat.length} is too long (5,000 characters; at most 4,000).`);
    expect(lines.some((l) => /^tentang: .* is too long \(4,800 characters; at most 4,000\)\.$/.test(l))).toBe(true);
    expect(r.written).toBe(false);
  });
});
