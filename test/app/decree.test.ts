import * as fs from "fs";
import * as path from "path";
import { analyzeWorkbook } from "../../src/app/analyze";
import { createDecree, decreeIssues, INFO_SHEET, loadMeta, overrideMeta, saveMeta } from "../../src/app/decree";
import { defaultMeta, emptyMeta, mergeMeta, type DecreeMeta } from "../../src/core/decree";
import { invertEdits } from "../../src/core/edits";
import { GridView } from "../../src/core/grid";
import type { XlsxWorkbook } from "../../src/xlsx/workbook";
import { openSource, snapshot } from "./fillSupport";
import { excelFrom } from "../support/xlsx";

const SEED = fs.readFileSync(path.resolve(__dirname, "../../examples/src/rencana-aksi-dinkop-nganjuk-2022.tsv"), "utf8");
/** The seed without its "Lampiran I : ..." lines: five empty rows above the title. */
const SEED_WITH_ROOM = SEED.replace(/#at J1\n[\s\S]*?(?=#at A6)/, "");
const TODAY = "2024-06-01";

function fixtureMeta(): DecreeMeta {
  const json: unknown = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "../fixtures/meta/dinkop-nganjuk-2022.json"), "utf8"),
  );
  const merged = mergeMeta(emptyMeta(), json);
  expect(merged.issues).toEqual([]);
  return merged.meta;
}

/** Every non-empty cell's text of a sheet, in row order. */
async function texts(wb: XlsxWorkbook, sheet: string): Promise<string[]> {
  const view = new GridView(await wb.readGrid(sheet));
  const out: string[] = [];
  for (let r = view.top; r < view.top + view.rows; r++)
    for (let c = view.left; c < view.left + view.cols; c++) if (view.text(r, c) !== "") out.push(view.text(r, c));
  return out;
}

describe("loadMeta", () => {
  it("gives the plan's annex heading (number, date) over the defaults of its year and office when the Info sheet is missing", async () => {
    const wb = await openSource(SEED);
    const loaded = await loadMeta(wb);
    expect(loaded.existed).toBe(false);
    expect(loaded.issues).toEqual([]);
    const defaults = defaultMeta({ year: 2022, office: "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK" });
    expect(loaded.meta).toEqual({ ...defaults, nomor: "188 / 001.1 / K / 411.310 / 2022", tanggal: "2022-01-12" });
    expect(loaded.meta.pemerintah).toBe("PEMERINTAH KABUPATEN NGANJUK");
    expect(loaded.meta.tentang).toBe("RENCANA AKSI PENCAPAIAN KINERJA DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK TAHUN 2022");
    expect(loaded.plan?.year).toBe(2022);
    expect(loaded.plan?.sources).toEqual([
      { field: "nomor", cell: "Lampiran I!J3" },
      { field: "tentang", cell: "Lampiran I!J1" },
      { field: "tanggal", cell: "Lampiran I!J4" },
    ]);
    // the heading's "KEPUTUSAN DINAS ..." names the office: not taken, told when the decree is made
    expect(loaded.plan?.heading.penetap).toEqual({ value: "DINAS KOPERASI DAN USAHA MIKRO", cell: "Lampiran I!J1" });
    expect(decreeIssues(loaded.meta, loaded.plan, TODAY).map((i) => [i.field, i.severity])).toEqual([
      ["penandatangan.nama", "warning"], ["penandatangan.nip", "warning"], ["penetap", "warning"],
    ]);
  });

  it("reads the letterhead's government line and the signature block under the table", async () => {
    const source = [
      "#sheet Renaksi",
      "Pemerintah Kabupaten Pringsewu",
      "DINAS KESEHATAN",
      "TARGET DAN RENCANA AKSI",
      "Perangkat Daerah: Dinas Kesehatan - Tahun 2026",
      "",
      "No\tSasaran\tIndikator\tTarget\tRencana Aksi\tTW I\tTW II\tTW III\tTW IV",
      "1\tMeningkatnya derajat kesehatan\tAngka kematian bayi\t10\tPelayanan neonatal\t2\t5\t8\t10",
      "",
      "\t\t\t\tPringsewu, 5 Januari 2026",
      "\t\t\t\tPlt. KEPALA DINAS KESEHATAN",
      "\t\t\t\tSEKRETARIS DINAS KESEHATAN",
      "", "", "",
      "\t\t\t\tdr. NAMA CONTOH, M.Kes",
      "\t\t\t\tPembina Tk. I (IV/b)",
      "\t\t\t\tNIP. 19700101 199503 1 002",
    ].join("\n");
    const loaded = await loadMeta(await openSource(source));
    expect(loaded.issues).toEqual([]);
    expect(loaded.meta.pemerintah).toBe("PEMERINTAH KABUPATEN PRINGSEWU");
    expect(loaded.meta.penetap).toBe("KEPALA DINAS KESEHATAN KABUPATEN PRINGSEWU");
    expect([loaded.meta.tempat, loaded.meta.tanggal]).toEqual(["Pringsewu", "2026-01-05"]);
    expect(loaded.meta.penandatangan).toEqual({
      status: "Plt.", jabatan: "KEPALA DINAS KESEHATAN", jabatanAsal: "SEKRETARIS DINAS KESEHATAN",
      nama: "dr. NAMA CONTOH, M.Kes", pangkat: "Pembina Tk. I (IV/b)", nip: "19700101 199503 1 002",
    });
    expect(loaded.plan?.sources.map((s) => s.field)).toEqual([
      "pemerintah", "penandatangan.nip", "penandatangan.pangkat", "penandatangan.nama", "tanggal", "tempat", "penandatangan.jabatan",
    ]);
    // 2026: the regional plan and the number are for the user to give
    expect(decreeIssues(loaded.meta, loaded.plan, TODAY).map((i) => i.field)).toEqual(["nomor", "mengingat"]);
  });

  it("says when the heading's date cannot be read, until the Info sheet gives the date", async () => {
    const wb = await openSource(SEED.replace("Tanggal 12 Januari 2022", "Tanggal 12 Jnuari 2O22"));
    const loaded = await loadMeta(wb);
    expect(loaded.meta.tanggal).toBe("");
    expect(loaded.issues.map((i) => [i.field, i.severity, i.message.en])).toEqual([[
      "tanggal", "warning", 'The date in the annex heading (Lampiran I!J4) "12 Jnuari 2O22" cannot be read as a date; fill in the date of issue.',
    ]]);
    await saveMeta(wb, { ...loaded.meta, tanggal: "12 Januari 2022" });
    const again = await loadMeta(wb);
    expect(again.issues).toEqual([]);
    expect(again.meta.tanggal).toBe("2022-01-12");
  });

  it("never takes a position for the signer's name", async () => {
    const source = SEED + "\n#at J70\nPt. KEPALA DINAS KOPERASI DAN USAHA MIKRO\nKEPALA DINAS TENAGA KERJA\n\n\n\nNIP. 196310151989031016";
    const loaded = await loadMeta(await openSource(source));
    expect(loaded.meta.penandatangan).toMatchObject({
      status: "Pt.", jabatan: "KEPALA DINAS KOPERASI DAN USAHA MIKRO", jabatanAsal: "KEPALA DINAS TENAGA KERJA", nama: "", nip: "196310151989031016",
    });
  });

  it("reads back the annex heading it writes", async () => {
    const wb = await openSource(SEED_WITH_ROOM);
    const meta = { ...fixtureMeta(), penetap: "KEPALA DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK", tanggal: "12 Januari 2022" };
    await createDecree(wb, meta, { paper: "a4", lampiranHeading: true, today: TODAY });
    const loaded = await loadMeta(wb);
    expect(loaded.plan?.heading).toEqual({
      penetap: { value: meta.penetap, cell: "Lampiran I!A1" },
      nomor: { value: meta.nomor, cell: "Lampiran I!A2" },
      tanggal: { value: "2022-01-12", cell: "Lampiran I!A3" },
      tentang: { value: meta.tentang, cell: "Lampiran I!A1" },
    });
  });

  it("starts every field empty in a workbook without a plan table", async () => {
    const wb = await openSource("#sheet Catatan\nhanya catatan");
    expect(await loadMeta(wb)).toEqual({ meta: emptyMeta(), issues: [], existed: false, plan: null });
  });
});

describe("saveMeta", () => {
  it("creates the Info sheet, then edits it in place (undoably) on the next save", async () => {
    const wb = await openSource(SEED);
    const meta = fixtureMeta();
    const first = await saveMeta(wb, meta);
    expect(first).toEqual({ sheet: INFO_SHEET, created: true, edits: [] });
    expect(await wb.sheets()).toEqual(["Lampiran I", "Info Keputusan"]);
    // the plan stays the active sheet
    expect((await excelFrom(wb)).views?.[0]?.activeTab ?? 0).toBe(0);
    const reread = await loadMeta(wb);
    expect(reread.existed).toBe(true);
    expect(reread.issues).toEqual([]);
    expect(reread.meta).toEqual(meta);

    const changed: DecreeMeta = {
      ...meta,
      nomor: "188 / 002 / K / 411.310 / 2022",
      menimbang: meta.menimbang.slice(0, 2),
      penandatangan: { ...meta.penandatangan, status: "Plt.", nip: "19631015 198903 1 016" },
    };
    const second = await saveMeta(wb, changed);
    if (!("created" in second)) throw new Error(second.problem.en);
    expect(second.created).toBe(false);
    expect(second.sheet).toBe(INFO_SHEET);
    // nomor, status, nip, and menimbang.3 emptied
    expect(second.edits.map((e) => e.value)).toEqual(
      expect.arrayContaining(["188 / 002 / K / 411.310 / 2022", "Plt.", "19631015 198903 1 016", ""]),
    );
    expect(second.edits).toHaveLength(4);
    expect(await wb.sheets()).toEqual(["Lampiran I", "Info Keputusan"]);
    expect((await loadMeta(wb)).meta).toEqual(changed);

    await wb.applyEdits(invertEdits(second.edits));
    expect((await loadMeta(wb)).meta).toEqual(meta);
  });

  it("never writes into a sheet of that name that is not an Info sheet", async () => {
    const wb = await openSource(`${SEED}\n#sheet Info Keputusan\ncatatan bebas`);
    const before = await snapshot(wb);
    const result = await saveMeta(wb, fixtureMeta());
    expect(result).toEqual({ problem: expect.objectContaining({ en: expect.stringContaining("holds no decree info keys") }) });
    expect(await snapshot(wb)).toEqual(before);
    expect(await wb.sheets()).toEqual(["Lampiran I", "Info Keputusan"]);
  });
});

describe("overrideMeta", () => {
  it("drops the reading issues of fields the override gives again", async () => {
    const wb = await openSource(SEED);
    await saveMeta(wb, fixtureMeta());
    const view = new GridView(await wb.readGrid(INFO_SHEET));
    let row = -1;
    for (let r = view.top; r < view.top + view.rows; r++) if (view.text(r, 0) === "penandatangan.nip") row = r;
    await wb.applyEdits([{ sheet: INFO_SHEET, row, col: 2, value: 196310151989031000, format: "General", previous: { value: null, format: "@" } }]);
    const loaded = await loadMeta(wb);
    expect(loaded.issues.map((i) => [i.field, i.severity])).toEqual([["penandatangan.nip", "error"]]);

    expect(overrideMeta(loaded, { nomor: "188 / 1 / 2022" }).issues.map((i) => i.field)).toEqual(["penandatangan.nip"]);
    const fixed = overrideMeta(loaded, { penandatangan: { nip: "196310151989031016" }, bogus: 1 });
    expect(fixed.issues.map((i) => [i.field, i.severity])).toEqual([["bogus", "error"]]);
    expect(fixed.meta.penandatangan.nip).toBe("196310151989031016");
    expect(fixed.meta.nomor).toBe(loaded.meta.nomor);
  });
});

describe("createDecree", () => {
  it("refuses on a bad NIP and writes nothing", async () => {
    const wb = await openSource(SEED);
    const before = await snapshot(wb);
    const meta = fixtureMeta();
    meta.penandatangan.nip = "19631015198903101";
    const result = await createDecree(wb, meta, { paper: "a4", lampiranHeading: true, today: TODAY });
    expect(result.sheet).toBeNull();
    expect(result.lampiran).toBeUndefined();
    expect(result.issues.filter((i) => i.severity === "error").map((i) => i.field)).toEqual(["penandatangan.nip"]);
    expect(await wb.sheets()).toEqual(["Lampiran I"]);
    expect(await snapshot(wb)).toEqual(before);
  });

  it("refuses on an error among the known issues", async () => {
    const wb = await openSource(SEED);
    const known = [{ field: "bogus", severity: "error" as const, message: { id: "x", en: "x" } }];
    const result = await createDecree(wb, fixtureMeta(), { paper: "a4", knownIssues: known, today: TODAY });
    expect(result.sheet).toBeNull();
    expect(result.issues[0]).toBe(known[0]);
    expect(await wb.sheets()).toEqual(["Lampiran I"]);
  });

  it("adds Keputusan, then Keputusan (2), with the seed's warning about \"Pt.\"", async () => {
    const wb = await openSource(SEED);
    const meta = fixtureMeta();
    const first = await createDecree(wb, meta, { paper: "f4", today: TODAY });
    expect(first.sheet).toBe("Keputusan");
    // the seed's own warnings: issued by the office, citing what was replaced by 2022, "Pt."
    expect(first.issues.map((i) => [i.field, i.severity])).toEqual([
      ["penetap", "warning"], ["menimbang.2", "warning"], ["mengingat.2", "warning"], ["mengingat.6", "warning"],
      ["mengingat.8", "warning"], ["penandatangan.status", "warning"],
    ]);
    expect(first.lampiran).toBeUndefined();
    const second = await createDecree(wb, meta, { paper: "a4", nipGrouped: true, today: TODAY });
    expect(second.sheet).toBe("Keputusan (2)");
    expect(await wb.sheets()).toEqual(["Lampiran I", "Keputusan", "Keputusan (2)"]);

    const text = await texts(wb, "Keputusan");
    expect(text).toEqual(expect.arrayContaining([
      "PEMERINTAH KABUPATEN NGANJUK",
      "KEPUTUSAN DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK",
      "NOMOR 188 / 001.1 / K / 411.310 / 2022",
      "NIP. 196310151989031016",
    ]));
    expect(await texts(wb, "Keputusan (2)")).toContain("NIP. 19631015 198903 1 016");
  });

  it("leaves the seed's own Lampiran lines alone: noRoom", async () => {
    const wb = await openSource(SEED);
    const before = await snapshot(wb);
    const result = await createDecree(wb, fixtureMeta(), { paper: "a4", lampiranHeading: true, today: TODAY });
    expect(result.sheet).toBe("Keputusan");
    expect(result.lampiran).toEqual({ noRoom: expect.objectContaining({ en: expect.stringContaining("already has an annex heading in row 1") }) });
    const after = await snapshot(wb);
    for (const [key, cell] of before) expect(after.get(key)).toEqual(cell);
  });

  it("writes the Lampiran heading into the empty rows above the title, once", async () => {
    const wb = await openSource(SEED_WITH_ROOM);
    const analysis = await analyzeWorkbook(wb);
    const rec = analysis.plans[0].recognition;
    const result = await createDecree(wb, fixtureMeta(), { paper: "a4", lampiranHeading: true, today: TODAY, analysis });
    expect(result.lampiran).toEqual({ written: 4 });
    const ws = (await excelFrom(wb)).getWorksheet("Lampiran I")!;
    expect(String(ws.getCell("A1").value)).toMatch(/^Lampiran I\b.*KEPUTUSAN DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK/);
    expect(String(ws.getCell("A2").value)).toContain("188 / 001.1 / K / 411.310 / 2022");
    expect(String(ws.getCell("A3").value)).toContain("12 Januari 2022");
    expect(ws.getCell("A5").value).toBeNull();
    // the table is still found where it was
    expect((await analyzeWorkbook(wb)).plans[0].recognition.range).toEqual(rec.range);

    const again = await createDecree(wb, fixtureMeta(), { paper: "a4", lampiranHeading: true, today: TODAY });
    expect(again.sheet).toBe("Keputusan (2)");
    expect(again.lampiran).toEqual({ noRoom: expect.objectContaining({ en: expect.stringContaining("row 1") }) });
  });

  it("says there is no table to put the heading above", async () => {
    const wb = await openSource("#sheet Catatan\nhanya catatan");
    const result = await createDecree(wb, fixtureMeta(), { paper: "a4", lampiranHeading: true, today: TODAY });
    expect(result.sheet).toBe("Keputusan");
    expect(result.lampiran).toEqual({ noRoom: expect.objectContaining({ en: expect.stringMatching(/^No Rencana Aksi table/) }) });
  });
});
