import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadMeta } from "../../src/app/decree";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { GridView } from "../../src/core/grid";
import { bytesOf, reopen, snapshot } from "../app/fillSupport";
import type * as ExcelJS from "exceljs";
import { excelFrom } from "../support/xlsx";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };

const SEED = fs.readFileSync(path.resolve(__dirname, "../../examples/src/rencana-aksi-dinkop-nganjuk-2022.tsv"), "utf8");
const META_FILE = path.resolve(__dirname, "../fixtures/meta/dinkop-nganjuk-2022.json");
const META = JSON.parse(fs.readFileSync(META_FILE, "utf8")) as Record<string, unknown>;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-decree-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function writePlan(source = SEED, name = "plan.xlsx"): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await bytesOf(workbookFromSource(source)));
  return file;
}

function writeJson(name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (s) => (out += s), err: (s) => (err += s), errIsTTY: false, outIsTTY: false, env: {}, cwd: dir };
  const code = await main(["decree", ...argv], io);
  return { code, out, err };
}

async function open(file: string) {
  return reopen(new Uint8Array(fs.readFileSync(file)));
}

describe("renaksi decree", () => {
  it("writes OUT = PLAN unchanged + Keputusan + Info Keputusan, and leaves PLAN's bytes alone", async () => {
    const plan = await writePlan();
    const planBytes = fs.readFileSync(plan);
    const out = path.join(dir, "out.xlsx");
    const r = await run([plan, "--meta", META_FILE, "-o", out, "--paper", "f4"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `Lembar "Keputusan" ditambahkan; disimpan ke ${out}\n` +
        "Dibaca dari rencana: Nomor keputusan (Lampiran I!J3), Tentang (judul keputusan) (Lampiran I!J1), Tanggal penetapan (Lampiran I!J4).\n" +
        'Lembar "Info Keputusan" dibuat berisi metadata keputusan.\n',
    );
    // the seed's "Pt." is a warning: printed, not fatal
    expect(r.err).toMatch(/^peringatan: penandatangan\.status: Awalan "Pt\." bukan singkatan baku; maksudnya "Plt\."\?$/m);
    expect(fs.readFileSync(plan).equals(planBytes)).toBe(true);

    const before = await snapshot(await open(plan));
    const written = await open(out);
    expect((await excelFrom(written)).worksheets.map((w) => w.name)).toEqual(["Keputusan", "Lampiran I", "_renaksi", "Info Keputusan"]);
    expect((await excelFrom(written)).getWorksheet("Info Keputusan")!.state).toBe("hidden");
    const after = await snapshot(written);
    const original = new Map([...after].filter(([key]) => key.startsWith("Lampiran I!")));
    expect(before.size).toBeGreaterThan(500);
    expect(original).toEqual(before);

    const view = new GridView(await written.readGrid("Keputusan"));
    const texts: string[] = [];
    for (let r0 = view.top; r0 < view.top + view.rows; r0++)
      for (let c = view.left; c < view.left + view.cols; c++) texts.push(view.text(r0, c));
    expect(texts).toEqual(expect.arrayContaining(["NOMOR 188 / 001.1 / K / 411.310 / 2022", "Pada tanggal 12 Januari 2022"]));
    // the Info sheet reads back as the metadata given
    const loaded = await loadMeta(written);
    expect(loaded.existed).toBe(true);
    expect(loaded.meta).toEqual(META);
  });

  it("makes the example's decree without --meta: number and date from its annex heading, the name a marked blank", async () => {
    const plan = await writePlan();
    const out = path.join(dir, "out.xlsx");
    const r = await run([plan, "-o", out, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Read from the plan: Decree number (Lampiran I!J3), Subject (decree title) (Lampiran I!J1), Date of issue (Lampiran I!J4).");
    expect(r.err.trim().split("\n").map((l) => l.split(":").slice(0, 2).join(":"))).toEqual([
      "warning: penandatangan.nama", "warning: penandatangan.nip", "warning: penetap",
    ]);
    expect(r.err).toContain('the plan (Lampiran I!J1) says "DINAS KOPERASI DAN USAHA MIKRO"');
    const view = new GridView(await (await open(out)).readGrid("Keputusan"));
    const texts: string[] = [];
    for (let r0 = view.top; r0 < view.top + view.rows; r0++) texts.push(view.text(r0, 0), view.text(r0, 3), view.text(r0, 4));
    expect(texts).toEqual(expect.arrayContaining([
      "KEPUTUSAN KEPALA DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK",
      "NOMOR 188 / 001.1 / K / 411.310 / 2022",
      "Pada tanggal 12 Januari 2022",
      "..............................",
    ]));
    expect(texts.join(" ")).not.toContain("Nomor 12 Tahun 2015");

    // the documented example file gives what the plan cannot; the name stays to fill in
    const withMeta = await run([plan, "--meta", path.resolve(__dirname, "../../examples/keputusan-dinkop-nganjuk-2022.json"), "-o", path.join(dir, "m.xlsx"), "--lang", "en"]);
    expect(withMeta.code).toBe(0);
    expect(withMeta.err).not.toContain("penandatangan.nip");
    expect(withMeta.err).toContain("warning: penandatangan.nama");
  });

  it("a 2026 plan: nothing replaced is cited, and every field it cannot fill is a warning", async () => {
    const plan = await writePlan(SEED.replace(/#at J1\n[\s\S]*?(?=#at A6)/, "").replace(/2022/g, "2026"));
    const out = path.join(dir, "out.xlsx");
    const r = await run([plan, "-o", out, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.err.trim().split("\n").map((l) => l.split(":")[1].trim())).toEqual([
      "nomor", "tanggal", "penandatangan.nama", "mengingat", "penandatangan.nip",
    ]);
    const view = new GridView(await (await open(out)).readGrid("Keputusan"));
    const text: string[] = [];
    for (let r0 = view.top; r0 < view.top + view.rows; r0++) for (let c = 0; c < 8; c++) text.push(view.text(r0, c));
    const all = text.join(" ");
    expect(all).toContain("Nomor 88 Tahun 2021");
    expect(all).not.toMatch(/Nomor 12 Tahun 2015|2018-2023|Nomor 15 Tahun 2016/);
    expect(all).toContain("NOMOR ..............................");
  });

  it("lists every invalid field, one line each, exits 2 and writes nothing", async () => {
    const plan = await writePlan();
    const bad = {
      ...META,
      tanggal: "2022-02-30",
      warna: "merah",
      penandatangan: { ...(META.penandatangan as object), nip: "19631315198903101" },
    };
    const out = path.join(dir, "out.xlsx");
    const id = await run([plan, "--meta", writeJson("bad.json", bad), "-o", out]);
    expect(id.code).toBe(2);
    expect(id.out).toBe("");
    expect(fs.existsSync(out)).toBe(false);
    const lines = id.err.trim().split("\n");
    expect(lines[0]).toBe("Metadata Keputusan tidak valid (3 kesalahan); tidak ada yang ditulis:");
    expect(lines.slice(1).map((l) => l.trim().split(/[ :]/)[0])).toEqual(["warna", "tanggal", "penandatangan.nip"]);
    expect(lines[2]).toContain('Tanggal "2022-02-30" bukan tanggal yang sah');
    expect(lines[3]).toContain("NIP harus 18 angka");

    const en = await run([plan, "--meta", writeJson("bad.json", bad), "-o", out, "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.err).toContain("The decree metadata is invalid (3 errors); nothing was written:");
    expect(en.err).toContain('Date "2022-02-30" is not a real date');
    expect(en.err).toContain("A NIP has 18 digits");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("refuses an existing OUT without --force and replaces it with --force", async () => {
    const plan = await writePlan();
    const out = path.join(dir, "out.xlsx");
    fs.writeFileSync(out, "old");
    const refused = await run([plan, "--meta", META_FILE, "-o", out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("Berkas keluaran sudah ada");
    expect(refused.out).toBe("");
    expect(fs.readFileSync(out, "utf8")).toBe("old");
    const forced = await run([plan, "--meta", META_FILE, "-o", out, "--force", "--lang", "en"]);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(`Sheet "Keputusan" added; saved to ${out}`);
    expect(forced.err).toMatch(/^warning: penandatangan\.status: Prefix "Pt\."/m);
    expect((await excelFrom(await open(out))).worksheets.map((w) => w.name)).toContain("Keputusan");
  });

  it("never writes over PLAN, even with --force", async () => {
    const plan = await writePlan();
    const before = fs.readFileSync(plan);
    const r = await run([plan, "--meta", META_FILE, "-o", plan, "--force", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/must not be the input file/);
    expect(fs.readFileSync(plan).equals(before)).toBe(true);
  });

  it("uses the workbook's Info Keputusan sheet when --meta is not given, and writes the Lampiran heading on request", async () => {
    const first = path.join(dir, "first.xlsx");
    const plan = await writePlan(SEED.replace(/#at J1\n[\s\S]*?(?=#at A6)/, ""));
    expect((await run([plan, "--meta", META_FILE, "-o", first])).code).toBe(0);
    const second = path.join(dir, "second.xlsx");
    const r = await run([first, "-o", second, "--lampiran", "--nip-grouped", "--lang", "en"]);
    expect(r.code).toBe(0);
    // The second run updates the sheet the first one made (known by its record), not a "Keputusan (2)".
    expect(r.out).toBe(`Sheet "Keputusan" (made by Renaksi) updated with the new content; saved to ${second}\nAnnex heading written above the table (4 rows).\n`);
    const wb = await open(second);
    expect((await excelFrom(wb)).worksheets.map((w) => w.name)).toEqual(["Keputusan", "Lampiran I", "_renaksi", "Info Keputusan"]);
    expect(String((await excelFrom(wb)).getWorksheet("Lampiran I")!.getCell("A2").value)).toContain("188 / 001.1 / K / 411.310 / 2022");

    const third = await run([second, "-o", path.join(dir, "third.xlsx"), "--lampiran", "--lang", "en"]);
    expect(third.code).toBe(0);
    expect(third.err).toContain("warning: Annex heading not written");
  });

  it("gives a workbook without a plan table a decree from a complete --meta only", async () => {
    const notes = await writePlan("#sheet Catatan\nhanya catatan", "notes.xlsx");
    const none = await run([notes, "-o", path.join(dir, "a.xlsx"), "--lang", "en"]);
    expect(none.code).toBe(2);
    expect(none.err).toBe(`${notes}: no Rencana Aksi table and no Info Keputusan sheet; give the complete metadata with --meta META.json.\n`);

    const partial = await run([notes, "--meta", writeJson("p.json", { nomor: "1/2022" }), "-o", path.join(dir, "b.xlsx"), "--lang", "en"]);
    expect(partial.code).toBe(2);
    expect(partial.err).toMatch(/^ {2}pemerintah: .*is required\.$/m);
    expect(partial.err).toMatch(/^ {2}menimbang: .*give at least one item\.$/m);

    const full = await run([notes, "--meta", META_FILE, "-o", path.join(dir, "c.xlsx")]);
    expect(full.code).toBe(0);
    expect((await excelFrom(await open(path.join(dir, "c.xlsx")))).worksheets.map((w) => w.name)).toEqual(["Catatan", "Keputusan", "_renaksi", "Info Keputusan"]);
  });

  it.each<[string, (plan: string) => string[], RegExp, RegExp]>([
    ["no PLAN", () => ["-o", "x.xlsx"], /berkas rencana/, /Name the plan file/],
    ["no OUT", (plan) => [plan], /-o KELUAR\.xlsx/, /-o OUT\.xlsx/],
    ["bad paper", (plan) => [plan, "-o", "x.xlsx", "--paper", "letter"], /"letter"/, /Unknown paper size: "letter"/],
    ["unknown option", (plan) => [plan, "-o", "x.xlsx", "--bogus"], /--bogus/, /Unknown option: --bogus/],
    ["missing meta file", (plan) => [plan, "-o", "x.xlsx", "--meta", "nope.json"], /\(--meta\).*nope\.json/, /metadata file \(--meta\) cannot be used: File not found/],
    ["invalid JSON", (plan) => [plan, "-o", "x.xlsx", "--meta", writeJson("m.json", "{nomor: 1")], /bukan JSON yang sah/, /is not valid JSON/],
    ["missing PLAN", () => [path.join(dir, "nope.xlsx"), "-o", "x.xlsx"], /Berkas tidak ditemukan/, /File not found/],
    ["PLAN not xlsx", () => [writeJson("plan.xlsx", "Sasaran;Program\n1;2\n"), "-o", "x.xlsx"], /CSV/, /CSV/],
    ["corrupt PLAN", () => [writeJson("plan.xlsx", "PK\u0003\u0004garbage"), "-o", "x.xlsx"], /rusak/, /damaged/],
  ])("exits 2 with one clear line: %s", async (_name, argv, id, en) => {
    const plan = await writePlan();
    for (const [lang, re] of [["id", id], ["en", en]] as const) {
      const r = await run([...argv(plan).map((a) => (a === "x.xlsx" ? path.join(dir, a) : a)), "--lang", lang]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(re);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.out).toBe("");
      expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
    }
  });

  it("prints its usage with --help", async () => {
    const r = await run(["--help", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: renaksi decree PLAN\.xlsx/);
    expect(r.out).toContain("still gets a decree when --meta holds the complete metadata");
  });
});
