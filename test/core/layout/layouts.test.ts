import { gridsFromFile, gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids, summarizeTable } from "../../../src/core/analyze";
import { validateAnalysis } from "../../../src/core/rules";


function summaries(file: string) {
  return analyzeGrids(gridsFromFile(file)).plans.map(summarizeTable);
}

describe("recognition across layouts", () => {
  it("one header row at B7 with a Kode column, running numbers and a signature block below", () => {
    const [t] = summaries("test/fixtures/src/layout-one-row-codes.tsv");
    expect(t).toMatchObject({ sheet: "RENAKSI 2024", range: "B7:M18", headerRows: 1, year: 2024, office: "DINAS KESEHATAN KABUPATEN CONTOH" });
    expect(t.columns).toMatchObject({ no: "B", kode: "C", uraian: "D", indikator: "E", target: "F", satuan: "G", kinerja1: "H", kinerja4: "K", penanggungJawab: "L", keterangan: "M" });
    expect(t.counts).toEqual({ sasaran: 1, program: 2, kegiatan: 3, subKegiatan: 5, indikator: 11, aksi: 0 });
  });

  it("takes each node's code from the Kode column, also when the name says its level", () => {
    const [plan] = analyzeGrids(gridsFromFile("test/fixtures/src/layout-one-row-codes.tsv")).plans;
    expect(plan.nodes.filter((n) => n.level !== "sasaran").map((n) => [n.level, n.code])).toEqual([
      ["program", "1.02.01"], ["kegiatan", "1.02.01.2.01"], ["subKegiatan", "1.02.01.2.01.0001"], ["subKegiatan", "1.02.01.2.01.0007"],
      ["kegiatan", "1.02.01.2.02"], ["subKegiatan", "1.02.01.2.02.0001"],
      ["program", "1.02.02"], ["kegiatan", "1.02.02.2.02"], ["subKegiatan", "1.02.02.2.02.0001"], ["subKegiatan", "1.02.02.2.02.0002"],
    ]);
  });

  it("three header rows, a column per level merged down, Volume + Satuan, (%) row", () => {
    const [t] = summaries("test/fixtures/src/layout-three-rows-levels.tsv");
    expect(t).toMatchObject({ headerRows: 3, year: 2025, office: "BADAN PERENCANAAN PEMBANGUNAN DAERAH KOTA CONTOH" });
    expect(t.columns).toMatchObject({ sasaran: "A", program: "B", kegiatan: "C", subKegiatan: "D", indikator: "E", target: "F", satuan: "G", kinerja1: "H", kinerja4: "K", anggaran: "L" });
    expect(t.counts).toEqual({ sasaran: 1, program: 1, kegiatan: 2, subKegiatan: 4, indikator: 8, aksi: 0 });
  });

  it("two tables on two sheets; the notes sheet is skipped", () => {
    const ts = summaries("test/fixtures/src/layout-two-sheets-tw.tsv");
    expect(ts.map((t) => [t.sheet, t.year])).toEqual([["RA 2023", 2023], ["RA 2024", 2024]]);
    for (const t of ts) {
      expect(t.office).toBe("KECAMATAN CONTOH");
      expect(t.columns).toMatchObject({ sasaran: "A", indikatorSasaran: "B", program: "C", indikatorProgram: "D", uraian: "E", pelaksanaan1: "L", keterangan: "P" });
      expect(t.counts).toEqual({ sasaran: 1, program: 1, kegiatan: 2, subKegiatan: 3, indikator: 8, aksi: 0 });
    }
  });
  it("an empty row between groups does not end the table where the next row's Penanggung Jawab is a Kepala", () => {
    const source = [
      "#sheet RA",
      "RENCANA AKSI DINAS CONTOH TAHUN 2026",
      "",
      "No\tSasaran\tIndikator\tSatuan\tTarget\tRencana Aksi\tTW I\tTW II\tTW III\tTW IV\tPenanggung Jawab",
      "1\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\tNilai\t80\tPenyusunan LKjIP\t80\t80\t80\t80\tSekretaris",
      "",
      "2\tMeningkatnya kualitas pelayanan\tIndeks kepuasan masyarakat\tIndeks\t85\tSurvei kepuasan\t85\t85\t85\t85\tKepala Bidang Pelayanan",
      "3\t\tJumlah inovasi pelayanan\tInovasi\t4\tPengembangan inovasi\t1\t2\t3\t4\tKepala Seksi Inovasi",
      "",
      "\t\t\t\t\t\t\tContoh, 5 Januari 2026",
      "\t\t\t\t\t\t\tKEPALA DINAS CONTOH",
      "",
      "\t\t\t\t\t\t\tNIP. 19700101 199003 1 001",
    ].join("\n");
    const [t] = analyzeGrids(gridsFromSource(source)).plans.map(summarizeTable);
    expect(t.range).toBe("A3:K7");
    expect(t.counts).toMatchObject({ sasaran: 2, indikator: 3 });
  });
  it("nor where the next row is a Kegiatan name with only its Penanggung Jawab beside it", () => {
    const source = [
      "#sheet RA",
      "RENCANA AKSI DINAS CONTOH TAHUN 2026",
      "",
      "No\tUraian\tIndikator Kinerja\tTarget\tSatuan\tTW I\tTW II\tTW III\tTW IV\tPenanggung Jawab",
      "\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tPersentase dokumen tepat waktu\t100\t%\t25\t50\t75\t100\tSekretaris",
      "",
      "\tKegiatan Administrasi Keuangan Perangkat Daerah\t\t\t\t\t\t\t\tKepala Sub Bagian Keuangan",
      "\tSub Kegiatan Penyediaan Gaji dan Tunjangan ASN\tJumlah bulan pembayaran gaji\t12\tBulan\t3\t6\t9\t12\tKepala Sub Bagian Keuangan",
    ].join("\n");
    const [t] = analyzeGrids(gridsFromSource(source)).plans.map(summarizeTable);
    expect(t.range).toBe("A3:J7");
    expect(t.counts).toMatchObject({ program: 1, kegiatan: 1, subKegiatan: 1 });
  });

  it("the header repeated inside the table (a second table of the same columns, a page of a converted PDF) is no data row", () => {
    const header = ["No\tSasaran\tIndikator\tSatuan\tTarget\tRencana Aksi\tTarget Triwulan\t\t\t\tPenanggung Jawab", "\t\t\t\t\t\tI\tII\tIII\tIV"];
    const source = [
      "#sheet RA",
      "RENCANA AKSI DINAS CONTOH TAHUN 2026",
      "",
      ...header,
      "1\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\tNilai\t80\tPenyusunan LKjIP\t80\t80\t80\t80\tSekretaris",
      "",
      "RENCANA AKSI PEJABAT PENGAWAS TAHUN 2026",
      ...header,
      "2\tMeningkatnya kualitas pelayanan\tIndeks kepuasan masyarakat\tIndeks\t85\tSurvei kepuasan\t85\t85\t85\t85\tKepala Seksi Pelayanan",
      "#merge G3:J3 G8:J8",
    ].join("\n");
    const analysis = analyzeGrids(gridsFromSource(source));
    expect(summarizeTable(analysis.plans[0]).counts).toMatchObject({ sasaran: 2, indikator: 2 });
    expect(validateAnalysis(analysis).filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual([]);
  });
  describe("quarter headers with their months, a year or \"ke-\"", () => {
    const table = (top: string[], sub?: string[]) => [
      "#sheet RA",
      "RENCANA AKSI DINAS CONTOH TAHUN 2026",
      "",
      ["No", "Sasaran", "Indikator", "Satuan", "Target", "Rencana Aksi", ...top, "Penanggung Jawab"].join("\t"),
      ...(sub ? [["", "", "", "", "", "", ...sub].join("\t")] : []),
      "1\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\tNilai\t80\tPenyusunan LKjIP\t80\t80\t80\t80\tSekretaris",
      "2\t\tJumlah dokumen\tDokumen\t12\tPenyusunan dokumen\t3\t6\t9\t12\tSekretaris",
      ...(sub ? ["#merge G3:J3"] : []),
    ].join("\n");
    it.each([
      ["Triwulan I (Jan-Mar)", ["Triwulan I (Jan-Mar)", "Triwulan II (Apr-Jun)", "Triwulan III (Jul-Sep)", "Triwulan IV (Okt-Des)"], undefined],
      ["TW I (Januari - Maret)", ["TW I (Januari - Maret)", "TW II (April - Juni)", "TW III (Juli - September)", "TW IV (Oktober - Desember)"], undefined],
      ["Triwulan Ke-1", ["Triwulan Ke-1", "Triwulan Ke-2", "Triwulan Ke-3", "Triwulan Ke-4"], undefined],
      ["TW I 2026", ["TW I 2026", "TW II 2026", "TW III 2026", "TW IV 2026"], undefined],
      ["Jan-Mar under Target Triwulan", ["Target Triwulan", "", "", ""], ["Jan-Mar", "Apr-Jun", "Jul-Sep", "Okt-Des"]],
    ])("%s", (_name, top, sub) => {
      const [t] = analyzeGrids(gridsFromSource(table(top, sub))).plans.map(summarizeTable);
      expect(t.columns).toMatchObject({ kinerja1: "G", kinerja2: "H", kinerja3: "I", kinerja4: "J", penanggungJawab: "K" });
      expect(t.counts).toMatchObject({ sasaran: 1, indikator: 2 });
    });
  });
  it("a column per level with its own indicator (Indikator Kegiatan, Indikator Sub Kegiatan): each indicator to its level", () => {
    const source = [
      "#sheet RA",
      "RENCANA AKSI TAHUN 2026",
      "BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN CONTOH",
      "",
      "Sasaran\tIndikator Sasaran\tProgram\tIndikator Program\tKegiatan\tIndikator Kegiatan\tSub Kegiatan\tIndikator Sub Kegiatan\tTarget\tSatuan\tTW I\tTW II\tTW III\tTW IV",
      "Meningkatnya kualitas perencanaan\tPersentase konsistensi RKPD dengan RPJMD\tProgram Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah\tPersentase dokumen tepat waktu\tPenyusunan Perencanaan dan Pendanaan\tJumlah dokumen perencanaan yang disusun\tAnalisis Data dan Informasi Perencanaan Pembangunan Daerah\tJumlah dokumen hasil analisis data\t2\tDokumen\t0\t1\t1\t2",
      "\t\t\t\t\t\tPenyusunan Dokumen Perencanaan Pembangunan Daerah\tJumlah dokumen RKPD\t1\tDokumen\t0\t0\t1\t1",
      "#merge A5:A6 B5:B6 C5:C6 D5:D6 E5:E6 F5:F6",
    ].join("\n");
    const analysis = analyzeGrids(gridsFromSource(source));
    const [plan] = analysis.plans;
    expect(summarizeTable(plan).columns).toMatchObject({ indikatorKegiatan: "F", indikator: "H" });
    const of = (level: string) => plan.nodes.filter((n) => n.level === level).map((n) => n.indikators.map((i) => i.text));
    expect(of("kegiatan")).toEqual([["Jumlah dokumen perencanaan yang disusun"]]);
    expect(of("subKegiatan")).toEqual([["Jumlah dokumen hasil analisis data"], ["Jumlah dokumen RKPD"]]);
    expect(validateAnalysis(analysis).filter((f) => f.rule.startsWith("hierarchy.")).map((f) => f.rule)).toEqual([]);
  });
  it("a sign-off block right under the last row (no empty row between) is not read as Sasaran and quarters", () => {
    const source = [
      "#sheet RA",
      "RENCANA AKSI DINAS CONTOH TAHUN 2026",
      "",
      "No\tSasaran\tIndikator\tSatuan\tTarget\tRencana Aksi\tTW I\tTW II\tTW III\tTW IV\tPenanggung Jawab",
      "1\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\tNilai\t80\tPenyusunan LKjIP\t80\t80\t80\t80\tSekretaris",
      "\tMengetahui,\t\t\t\t\t\tContoh, 5 Januari 2026",
      "\tSEKRETARIS DAERAH\t\t\t\t\t\tKEPALA DINAS CONTOH",
      "",
      "\tNIP. 19700101 199003 1 001\t\t\t\t\t\tNIP. 19700101 199003 1 002",
    ].join("\n");
    const analysis = analyzeGrids(gridsFromSource(source));
    expect(summarizeTable(analysis.plans[0]).range).toBe("A3:K4");
    expect(validateAnalysis(analysis).filter((f) => f.severity !== "info")).toEqual([]);
  });
  it("a draft's sign-off with the day left blank (\"Klaten,      Januari 2026\") ends the table: its lines are no Rencana Aksi steps", () => {
    const source = [
      "#sheet RA",
      "RENCANA AKSI DINAS CONTOH TAHUN 2026",
      "",
      "No\tSasaran\tIndikator\tSatuan\tTarget\tRencana Aksi\tTW I\tTW II\tTW III\tTW IV\tPenanggung Jawab",
      "1\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\tNilai\t80\tPenyusunan LKjIP\t80\t80\t80\t80\tSekretaris",
      "",
      "\t\t\t\t\tKlaten,        Januari 2026",
      "\t\t\t\t\tPlt. KEPALA DINAS CONTOH",
      "",
      "\t\t\t\t\tDrs. SUTRISNO, M.Si",
      "\t\t\t\t\tPembina Utama Muda",
    ].join("\n");
    const analysis = analyzeGrids(gridsFromSource(source));
    expect(summarizeTable(analysis.plans[0]).range).toBe("A3:K4");
    expect(summarizeTable(analysis.plans[0]).counts).toMatchObject({ indikator: 1, aksi: 1 });
    expect(validateAnalysis(analysis).map((f) => f.rule)).toEqual([]);
  });

  it("the notes under the table (\"Catatan:\" then numbered points written across) end it; a note between pages does not", () => {
    const rows = [
      "#sheet RA",
      "RENCANA AKSI DINAS CONTOH TAHUN 2026",
      "",
      "No\tSasaran\tIndikator\tSatuan\tTarget\tRencana Aksi\tTW I\tTW II\tTW III\tTW IV\tPenanggung Jawab",
      "1\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\tNilai\t80\tPenyusunan LKjIP\t80\t80\t80\t80\tSekretaris",
      "",
      "Catatan:",
      "1.\tTarget Nilai SAKIP adalah target tahunan yang dicapai pada akhir tahun.",
      "2.\tRencana aksi dapat direviu setelah penetapan APBD Perubahan.",
      "#merge B7:K7 B8:K8",
    ];
    const notes = analyzeGrids(gridsFromSource(rows.join("\n")));
    expect(summarizeTable(notes.plans[0]).range).toBe("A3:K4");
    expect(summarizeTable(notes.plans[0]).counts).toMatchObject({ sasaran: 1, indikator: 1 });
    expect(validateAnalysis(notes).filter((f) => f.severity !== "info")).toEqual([]);
    // The same note, then the table's header again and more rows: the table goes on.
    const more = [...rows, rows[3], "2\tMeningkatnya kualitas pelayanan\tIndeks kepuasan masyarakat\tIndeks\t85\tSurvei kepuasan\t85\t85\t85\t85\tKepala Bidang"];
    const both = analyzeGrids(gridsFromSource(more.join("\n")));
    // ... and its notes between the pages are no Sasaran.
    expect(summarizeTable(both.plans[0]).counts).toMatchObject({ sasaran: 2, indikator: 2 });
    expect(validateAnalysis(both).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a total row (\"JUMLAH\" with the budget's sum) is no Sasaran", () => {
    const source = [
      "#sheet RA",
      "RENCANA AKSI DINAS CONTOH TAHUN 2026",
      "",
      "No\tSasaran\tIndikator\tSatuan\tTarget\tRencana Aksi\tAnggaran (Rp)\tTW I\tTW II\tTW III\tTW IV\tPenanggung Jawab",
      "1\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\tNilai\t80\tPenyusunan LKjIP\t150000000\t80\t80\t80\t80\tSekretaris",
      "2\tMeningkatnya kualitas pelayanan\tIndeks kepuasan masyarakat\tIndeks\t85\tSurvei kepuasan\t75000000\t85\t85\t85\t85\tKepala Bidang",
      "\tJUMLAH\t\t\t\t\t225000000",
    ].join("\n");
    const analysis = analyzeGrids(gridsFromSource(source));
    expect(summarizeTable(analysis.plans[0]).counts).toMatchObject({ sasaran: 2, indikator: 2 });
    expect(validateAnalysis(analysis).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("subtotal rows naming what they sum (\"JUMLAH KEGIATAN\", \"Sub Total Program\") with amounts only are no Sub Kegiatan nor indicator", () => {
    const source = [
      "#sheet RA",
      "RENCANA AKSI DINAS CONTOH TAHUN 2026",
      "",
      "Kode\tProgram / Kegiatan / Sub Kegiatan\tIndikator\tTarget\tSatuan\tTW I\tTW II\tTW III\tTW IV\tPagu (Rp)",
      "1.03.01\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\tPersentase dokumen yang tersusun\t100\t%\t25\t50\t75\t100\tRp 90.000.000",
      "1.03.01.2.01\tPerencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\tJumlah dokumen perencanaan\t5\tDokumen\t25\t50\t75\t100\tRp 90.000.000",
      "1.03.01.2.01.0001\tPenyusunan Dokumen Perencanaan Perangkat Daerah\tJumlah Dokumen Perencanaan Perangkat Daerah\t3\tDokumen\t25\t50\t75\t100\tRp 90.000.000",
      "\tJUMLAH KEGIATAN\t\t\t\t\t\t\t\tRp 90.000.000",
      "\tSub Total Program 1\t\t\t\t\t\t\t\t90000000",
      "\tJumlah Kegiatan\t\t12\tKegiatan\t3\t6\t9\t12\t",
    ].join("\n");
    const analysis = analyzeGrids(gridsFromSource(source));
    // The last row is an entity named "Jumlah Kegiatan" with a target: no total.
    expect(summarizeTable(analysis.plans[0]).counts).toMatchObject({ program: 1, kegiatan: 1, subKegiatan: 2 });
    // Rows 7 and 8 (0-based 6 and 7) are the totals: no finding above info stands on them.
    const onTotals = validateAnalysis(analysis).filter((f) => f.severity !== "info" && f.range.top >= 6 && f.range.top <= 7);
    expect(onTotals.map((f) => f.rule)).toEqual([]);
  });

  it("a Realisasi group whose heading stands over its first column only (not merged) is no quarter group of the plan", () => {
    const source = [
      "#sheet RA",
      "RENCANA AKSI DINAS CONTOH TAHUN 2026",
      "",
      "No\tSasaran\tIndikator\tSatuan\tTarget\tRencana Aksi\tTarget Triwulan\t\t\t\tRealisasi Triwulan\t\t\t\tPenanggung Jawab",
      "\t\t\t\t\t\tI\tII\tIII\tIV\tI\tII\tIII\tIV\t",
      "#merge A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:F4 O3:O4",
      "1\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\tNilai\t80\tPenyusunan LKjIP\t80\t80\t80\t80\t78\t79\t80\t81\tSekretaris",
      "2\tMeningkatnya kualitas perencanaan\tJumlah dokumen perencanaan\tDokumen\t4\tMenyusun dokumen\t1\t2\t3\t4\t1\t2\t\t\tSekretaris",
    ].join("\n");
    const analysis = analyzeGrids(gridsFromSource(source));
    const [t] = analysis.plans.map(summarizeTable);
    expect(t.columns).toMatchObject({ kinerja1: "G", kinerja4: "J" });
    expect(Object.keys(t.columns).filter((k) => k.startsWith("pelaksanaan"))).toEqual([]);
    expect(validateAnalysis(analysis).filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual([]);
  });
});

describe("another table below the plan on the same sheet", () => {
  const plan = [
    "#sheet Renaksi",
    "RENCANA AKSI TAHUN 2026",
    "KECAMATAN CONTOH",
    "",
    "No\tSasaran\tIndikator Kinerja\tTarget\tSatuan\tRencana Aksi\tTW I\tTW II\tTW III\tTW IV",
    "1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\t85\tIndeks\tSurvei kepuasan masyarakat\t85\t85\t85\t85",
    "2\tMeningkatnya partisipasi masyarakat\tJumlah musrenbang desa yang didampingi\t16\tDesa\tPendampingan musrenbang desa\t4\t8\t12\t16",
    "",
  ];
  it("a Perjanjian Kinerja under its Rencana Aksi ends the table: its header and rows are no plan rows, one info says it is not checked", () => {
    const source = [
      ...plan,
      "PERJANJIAN KINERJA TAHUN 2026",
      "No\tSasaran Strategis\tIndikator Kinerja\tTarget\tSatuan",
      "1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\t85\tIndeks",
      "2\tMeningkatnya partisipasi masyarakat\tJumlah musrenbang desa yang didampingi\t16\tDesa",
    ].join("\n");
    const analysis = analyzeGrids(gridsFromSource(source));
    const [t] = analysis.plans.map(summarizeTable);
    expect(t.range).toBe("A4:J6");
    expect(t.counts).toMatchObject({ sasaran: 2, indikator: 2 });
    const findings = validateAnalysis(analysis);
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(findings.filter((f) => f.rule === "layout.nextTable").map((f) => f.range.top + 1)).toEqual([9]);
  });

  it("the table's own header repeated after an empty row (the next printed page) does not end it", () => {
    const source = [
      ...plan,
      "No\tSasaran\tIndikator Kinerja\tTarget\tSatuan\tRencana Aksi\tTW I\tTW II\tTW III\tTW IV",
      "3\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\t70\tNilai\tPenyusunan LKjIP\t70\t70\t70\t70",
    ].join("\n");
    const analysis = analyzeGrids(gridsFromSource(source));
    const [t] = analysis.plans.map(summarizeTable);
    expect(t.range).toBe("A4:J9");
    expect(t.counts).toMatchObject({ sasaran: 3, indikator: 3 });
    expect(validateAnalysis(analysis).filter((f) => f.rule === "layout.nextTable")).toEqual([]);
  });
});

describe("a header of three rows repeated on the next printed page", () => {
  it("skips every repeated header row, the group label alone over its merged quarters included", () => {
    const head = (r: number) => [
      "No\tSasaran\tIndikator Kinerja\tTarget\tTarget Kinerja\t\t\t",
      "\t\t\t\tTriwulan\t\t\t",
      "\t\t\t\tI\tII\tIII\tIV",
      `#merge A${r}:A${r + 2} B${r}:B${r + 2} C${r}:C${r + 2} D${r}:D${r + 2} E${r}:H${r} E${r + 1}:H${r + 1}`,
    ];
    const source = [
      "#sheet RA",
      "RENCANA AKSI TAHUN 2026",
      ...head(2),
      "1\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\t70 Nilai\t70\t70\t70\t70",
      ...head(6),
      "2\tMeningkatnya kualitas pelayanan\tIndeks kepuasan masyarakat\t85 Indeks\t85\t85\t85\t85",
    ].join("\n");
    const analysis = analyzeGrids(gridsFromSource(source));
    expect(summarizeTable(analysis.plans[0]).counts).toMatchObject({ sasaran: 2, indikator: 2 });
    expect(validateAnalysis(analysis).filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("two target columns of different years", () => {
  it("\"Target 2025\" (last year's) before \"Target 2026\": the later year's is the plan's target", () => {
    const source = [
      "#sheet RA",
      "RENCANA AKSI TAHUN 2026",
      "DINAS CONTOH",
      "No\tSasaran\tIndikator Kinerja\tTarget 2025\tTarget 2026\tSatuan\tRencana Aksi\tTW I\tTW II\tTW III\tTW IV",
      "1\tMeningkatnya ketahanan pangan\tJumlah desa mandiri pangan\t20\t45\tDesa\tPembinaan desa\t10\t20\t35\t45",
    ].join("\n");
    const analysis = analyzeGrids(gridsFromSource(source));
    const [t] = analysis.plans.map(summarizeTable);
    expect(t.columns).toMatchObject({ target: "E", satuan: "F" });
    expect(validateAnalysis(analysis).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("Renstra targets for 2025 / 2026 / 2027 beside the quarters of a plan titled 2026: the 2026 column is the target", () => {
    const source = [
      "#sheet RA",
      "RENCANA AKSI TAHUN 2026",
      "DINAS CONTOH",
      "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget Renstra\t\t\tTarget Triwulan\t\t\t",
      "\t\t\t\t2025\t2026\t2027\tI\tII\tIII\tIV",
      "#merge A3:A4 B3:B4 C3:C4 D3:D4 E3:G3 H3:K3",
      "1\tMeningkatnya iklim investasi\tIndeks Kepuasan Masyarakat\tIndeks\t82\t83\t84\t83\t83\t83\t83",
      "2\t\tPersentase perizinan terbit tepat waktu\t%\t95\t96\t97\t96\t96\t96\t96",
    ].join("\n");
    const analysis = analyzeGrids(gridsFromSource(source));
    expect(summarizeTable(analysis.plans[0]).columns).toMatchObject({ target: "F" });
    expect(validateAnalysis(analysis).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("\"Target Awal\" then \"Target Perubahan\": the changed target where written, else the first one", () => {
    const source = [
      "#sheet RA",
      "RENCANA AKSI TAHUN 2026",
      "DINAS CONTOH",
      "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget Awal\tTarget Perubahan\tRencana Aksi\tTW I\tTW II\tTW III\tTW IV",
      "1\tMeningkatnya pelestarian budaya\tJumlah cagar budaya yang ditetapkan\tObjek\t5\t4\tKajian cagar budaya\t1\t2\t3\t5",
      "2\t\tJumlah event budaya\tEvent\t12\t\tFestival budaya\t3\t6\t9\t12",
      "3\t\tPersentase guru bersertifikat pendidik\t%\t\t75\tFasilitasi PPG\t0\t0\t40\t75",
    ].join("\n");
    const analysis = analyzeGrids(gridsFromSource(source));
    const [t] = analysis.plans.map(summarizeTable);
    expect(t.columns).toMatchObject({ target: "F", targetAwal: "E", satuan: "D" });
    expect(analysis.plans[0].rows.map((r) => r.target?.quantity)).toEqual([4, 12, 75]);
    // The unchanged row's target is its "Target Awal" cell (E, column 4 from 0), where it was read.
    expect(analysis.plans[0].rows.map((r) => r.targetCell()?.col)).toEqual([5, 4, 5]);
    // 1 / 2 / 3 / 5 against the changed 4 Objek is the one mistake.
    const shown = validateAnalysis(analysis).filter((f) => f.severity !== "info");
    expect(shown.map((f) => [f.rule, f.range.top])).toEqual([["percent.noConvention", 3]]);
  });
});
