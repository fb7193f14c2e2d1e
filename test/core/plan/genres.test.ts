/** The three genres of Rencana Aksi table (DOMAIN.md): each read in its own terms. */
import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids, summarizeTable } from "../../../src/core/analyze";
import { genreOf } from "../../../src/core/layout/genre";
import { splitSteps } from "../../../src/core/plan/steps";
import { validate } from "../../../src/core/rules";
import type { Grid } from "../../../src/core/grid";
import type { Plan } from "../../../src/core/plan/types";

/** Grids of a source, with "⏎" inside a cell read as a line break (as Alt+Enter writes it). */
function grids(source: string): Grid[] {
  return gridsFromSource(source).map((g) => ({
    ...g,
    values: g.values.map((row) => row.map((v) => (typeof v === "string" ? v.replace(/⏎/g, "\n") : v))),
    text: g.text.map((row) => row.map((v) => v.replace(/⏎/g, "\n"))),
  }));
}

function planOf(source: string): Plan {
  const { plans } = analyzeGrids(grids(source));
  expect(plans).toHaveLength(1);
  return plans[0];
}

const PK = `#sheet Rencana Aksi
#merge A1:H1 A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:I3 J3:J4 B5:B6
RENCANA AKSI TAHUN 2026 DINAS CONTOH

No	Sasaran	Indikator Kinerja	Satuan	Target	Target Triwulan				Rencana Aksi
					I	II	III	IV
1	Meningkatnya kualitas pelayanan kesehatan	Persentase puskesmas terakreditasi	%	80	20	40	60	80	1. Menyusun dokumen akreditasi⏎2. Melaksanakan survei akreditasi
2		Indeks kepuasan masyarakat	Nilai	85	85	85	85	85	Melaksanakan survei kepuasan masyarakat, menganalisis hasil survei
3	Meningkatnya akuntabilitas kinerja	Nilai SAKIP	Predikat	BB	BB	BB	BB	BB	1. Menyusun Renstra 2. Menyusun LKjIP 3. Evaluasi internal
`;

describe("genre of a table", () => {
  it("pk: Sasaran and Indikator with no programme column", () => {
    expect(genreOf({ sasaran: 1, indikator: 2, target: 3, aksi: 4 })).toBe("pk");
    expect(genreOf({ sasaran: 1, indikator: 2, target: 3 })).toBe("pk");
    expect(genreOf({ sasaran: 1, indikatorSasaran: 2, target: 3 })).toBe("pk");
    // Sasaran written as group rows over their indicators ("Sasaran / Indikator Kinerja"), with the Rencana Aksi column.
    expect(genreOf({ no: 0, indikatorSasaran: 1, satuan: 2, target: 3, aksi: 4 })).toBe("pk");
    expect(genreOf({ no: 0, indikator: 1, target: 3, aksi: 4 })).toBe("pk");
  });

  it("campuran: the indicator stands left of the programme columns", () => {
    expect(genreOf({ tujuan: 0, sasaran: 1, indikator: 2, target: 3, program: 4, kegiatan: 5, aksi: 10 })).toBe("campuran");
    // Its one indicator column headed "Indikator Sasaran", left of Program, Kegiatan and Sub Kegiatan columns.
    expect(genreOf({ no: 0, sasaran: 1, indikatorSasaran: 2, target: 3, program: 4, kegiatan: 5, subKegiatan: 6, aksi: 11 })).toBe("campuran");
  });

  it("nomenklatur: the seed's columns, or a programme column left of the indicator", () => {
    expect(genreOf({ sasaran: 0, indikatorSasaran: 1, program: 2, indikatorProgram: 3, uraian: 4, indikator: 5 })).toBe("nomenklatur");
    expect(genreOf({ sasaran: 0, program: 1, kegiatan: 2, subKegiatan: 3, indikator: 4 })).toBe("nomenklatur");
    expect(genreOf({ uraian: 1, indikator: 2, target: 3 })).toBe("nomenklatur");
    expect(genreOf({ uraian: 1, indikator: 2, target: 3, aksi: 4 })).toBe("nomenklatur");
    expect(genreOf({ indikator: 1, target: 2 })).toBe("nomenklatur");
  });
});

describe("Rencana Aksi steps", () => {
  const at = { row: 1, col: 1 };
  it("a line is a step, numbering and bullets taken off", () => {
    expect(splitSteps("1. Menyusun dokumen\n2) Melaksanakan survei\n\n- Evaluasi", at).map((s) => s.text)).toEqual([
      "Menyusun dokumen", "Melaksanakan survei", "Evaluasi",
    ]);
  });

  it("numbered steps on one line are split only where the numbers run 1, 2, 3", () => {
    expect(splitSteps("1. Menyusun Renstra 2. Menyusun LKjIP 3. Evaluasi", at).map((s) => s.text)).toEqual(["Menyusun Renstra", "Menyusun LKjIP", "Evaluasi"]);
    expect(splitSteps("Pengadaan 2. Paket alat", at).map((s) => s.text)).toEqual(["Pengadaan 2. Paket alat"]);
  });

  it("a line numbered on from the lines above splits as the first line does (a line break forgotten before \"3.\")", () => {
    expect(splitSteps("1. Penerimaan berkas\n2. Verifikasi berkas 3. Penerbitan dokumen", at).map((s) => s.text))
      .toEqual(["Penerimaan berkas", "Verifikasi berkas", "Penerbitan dokumen"]);
    // A line whose number does not follow the lines above stays one step.
    expect(splitSteps("Persiapan\n2. Rapat koordinasi 3. Pelaporan", at).map((s) => s.text)).toEqual(["Persiapan", "Rapat koordinasi 3. Pelaporan"]);
  });

  it("a sentence with commas is one step; a cell of numbers only is none", () => {
    expect(splitSteps("Pembinaan, pengawasan, dan evaluasi", at)).toHaveLength(1);
    expect(splitSteps("12", at)).toHaveLength(0);
  });
});

describe("the Perjanjian Kinerja genre", () => {
  it("reads Sasaran > Indikator > Rencana Aksi, never a Kegiatan", () => {
    const plan = planOf(PK);
    const sum = summarizeTable(plan);
    expect(sum.genre).toBe("pk");
    expect(sum.counts).toEqual({ sasaran: 2, program: 0, kegiatan: 0, subKegiatan: 0, indikator: 3, aksi: 6 });
    const [s1, s2] = plan.roots;
    expect(s1.indikators.map((i) => i.text)).toEqual(["Persentase puskesmas terakreditasi", "Indeks kepuasan masyarakat"]);
    expect(s1.indikators[0].aksi.map((a) => a.text)).toEqual(["Menyusun dokumen akreditasi", "Melaksanakan survei akreditasi"]);
    expect(s1.indikators[0].aksi[0].cell).toEqual({ row: 4, col: 9 });
    expect(s2.indikators[0].aksi).toHaveLength(3);
  });

  it("a Sasaran repeated on the next row instead of merged is one Sasaran; further down it is another", () => {
    const plan = planOf(
      "#sheet RA\n" +
        "Sasaran\tIndikator\tTarget\tTW I\tTW II\tTW III\tTW IV\n" +
        "Meningkatnya akuntabilitas\tNilai SAKIP\t70 Nilai\t70\t70\t70\t70\n" +
        "Meningkatnya akuntabilitas\tIndeks RB\t65 Nilai\t65\t65\t65\t65\n" +
        "Meningkatnya pelayanan\tIKM\t80 Nilai\t80\t80\t80\t80\n" +
        "Meningkatnya akuntabilitas\tOpini BPK\tWTP\tWTP\tWTP\tWTP\tWTP\n",
    );
    expect(plan.roots.map((n) => [n.name, n.indikators.length])).toEqual([
      ["Meningkatnya akuntabilitas", 2], ["Meningkatnya pelayanan", 1], ["Meningkatnya akuntabilitas", 1],
    ]);
  });

  it("gives no hierarchy finding: each Sasaran has its indicator on its row", () => {
    const rules = validate(planOf(PK)).map((f) => f.rule);
    expect(rules.filter((r) => r.startsWith("hierarchy."))).toEqual([]);
  });

  it("warns about an indicator with no Rencana Aksi step (empty or \"-\"), not one under a Rencana Aksi cell merged over several indicators", () => {
    const noAksi = PK.replace("Melaksanakan survei kepuasan masyarakat, menganalisis hasil survei", "-");
    const found = validate(planOf(noAksi)).filter((f) => f.rule === "hierarchy.noAksi");
    expect(found.map((f) => [f.severity, f.range.top, f.range.left])).toEqual([["warning", 5, 9]]);
    expect(found[0].message.en).toContain("Indicator \"Indeks kepuasan masyarakat\" has no Rencana Aksi");
    expect(found[0].message.id).toContain("tidak memiliki Rencana Aksi");
    // One action merged down over both indicators of the first Sasaran: each has it.
    const merged = PK.replace("B5:B6", "B5:B6 J5:J6").replace("Melaksanakan survei kepuasan masyarakat, menganalisis hasil survei", "");
    expect(validate(planOf(merged)).filter((f) => f.rule === "hierarchy.noAksi")).toEqual([]);
  });

  it("steps on rows of their own belong to the indicator merged over them", () => {
    const plan = planOf(
      "#sheet RA\n#merge A2:A4 B2:B4 C2:C4 E2:E4 F2:F4 G2:G4 H2:H4\n" +
        "Sasaran\tIndikator\tTarget\tRencana Aksi\tTW I\tTW II\tTW III\tTW IV\n" +
        "Meningkatnya tata kelola\tNilai SAKIP\t70 Nilai\tMenyusun Renstra\t70\t70\t70\t70\n" +
        "\t\t\tMenyusun Renja\n" +
        "\t\t\tMenyusun LKjIP\n",
    );
    expect(plan.roots[0].indikators[0].aksi.map((a) => a.text)).toEqual(["Menyusun Renstra", "Menyusun Renja", "Menyusun LKjIP"]);
    expect(summarizeTable(plan).counts.aksi).toBe(3);
  });

  it("a step row under merged quarter and target cells is no row of its own (its findings would repeat the indicator's)", () => {
    const plan = planOf(
      "#sheet RA\n#merge C2:C4 E2:E4 F2:F4 G2:G4 H2:H4\n" +
        "Sasaran\tIndikator\tTarget\tRencana Aksi\tTW I\tTW II\tTW III\tTW IV\n" +
        "Meningkatnya tata kelola\tNilai SAKIP\t70 Nilai\tMenyusun Renstra\t10\t20\t30\t95\n" +
        "\t\t\tMenyusun Renja\n" +
        "\t\t\tMenyusun LKjIP\n",
    );
    expect(plan.rows.map((r) => r.row)).toEqual([1]);
    expect(plan.roots[0].indikators[0].aksi).toHaveLength(3);
  });
});

describe("Rencana Aksi written per quarter", () => {
  const SOURCE =
    "#sheet RA\n#merge A1:A2 B1:B2 C1:C2 D1:D2 E1:H1 I1:L1\n" +
    "Sasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tTarget Triwulan\t\t\t\tRencana Aksi Triwulan\t\t\t\n" +
    "\t\t\t\tI\tII\tIII\tIV\tI\tII\tIII\tIV\n" +
    "Meningkatnya akuntabilitas\tNilai SAKIP\tNilai\t70\t70\t70\t70\t70\tMenyusun Renstra\tMenyusun LKjIP\tEvaluasi internal\tMenyusun Renja\n";

  it("the action columns are the indicator's steps, not a second group of quarterly targets", () => {
    const plan = planOf(SOURCE);
    const rec = plan.recognition;
    expect(rec.columns.pelaksanaan1).toBeUndefined();
    expect(rec.aksiColumns).toEqual([8, 9, 10, 11]);
    expect(plan.roots[0].indikators[0].aksi.map((a) => a.text)).toEqual(["Menyusun Renstra", "Menyusun LKjIP", "Evaluasi internal", "Menyusun Renja"]);
    expect(validate(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("the mixed genre", () => {
  const MIXED = `#sheet Renaksi
No	Tujuan	Sasaran	Indikator	Target	Program	Kegiatan/Sub Kegiatan	TW 1	TW 2	TW 3	TW 4	Aksi / Kegiatan Pendukung
1	Meningkatkan tata kelola	Meningkatnya akuntabilitas kinerja	Nilai SAKIP	70 Nilai	Program Penunjang Urusan Pemerintahan Daerah	Penyusunan Dokumen Perencanaan	70	70	70	70	Menyusun LKjIP
						Evaluasi Kinerja Perangkat Daerah
2		Meningkatnya kualitas pelayanan	Indeks kepuasan	80	Program Pelayanan Publik	Survei Kepuasan Masyarakat	80	80	80	80	Survei
			masyarakat
`;

  it("the programme beside a Sasaran's indicator supports it and is no node of the tree", () => {
    const plan = planOf(MIXED);
    const sum = summarizeTable(plan);
    expect(sum.genre).toBe("campuran");
    expect(sum.counts).toMatchObject({ sasaran: 2, program: 0, kegiatan: 0, subKegiatan: 0, indikator: 2, aksi: 2 });
    const ind = plan.roots[0].indikators[0];
    expect(ind.support.map((s) => [s.level, s.text])).toEqual([
      ["program", "Program Penunjang Urusan Pemerintahan Daerah"],
      ["kegiatan", "Penyusunan Dokumen Perencanaan"],
      ["kegiatan", "Evaluasi Kinerja Perangkat Daerah"],
    ]);
  });

  it("an indicator's name wrapped onto the next row is one name", () => {
    expect(planOf(MIXED).roots[1].indikators[0].text).toBe("Indeks kepuasan masyarakat");
  });

  it("names wrapped onto the next row (a converted PDF) are one name each; a second action there is a step of its own", () => {
    const plan = planOf(
      "#sheet Renaksi\n" +
        "No\tSasaran\tIndikator\tTarget\tProgram\tKegiatan\tTW 1\tTW 2\tTW 3\tTW 4\tAksi / Kegiatan Pendukung\n" +
        "1\tMeningkatnya kualitas air,\tIndeks Kualitas Air\t55,20\tProgram Pengendalian Pencemaran dan/atau\tPemantauan Kualitas Air dan\t55,20\t55,20\t55,20\t55,20\tUji sampel air sungai\n" +
        "\tudara dan tutupan lahan\t\t\tKerusakan Lingkungan Hidup\tSumber Pencemar\t\t\t\t\tdi 12 titik pantau\n" +
        "\tdan limbah\t\t\t\t\t\t\t\t\tOperasional TPST\n" +
        "2\tMeningkatnya pengelolaan sampah\tPersentase sampah tertangani\t75\tProgram Persampahan\tPenanganan Sampah\t70\t72\t74\t75\tPengangkutan sampah\n",
    );
    expect(plan.roots.map((n) => n.name)).toEqual(["Meningkatnya kualitas air, udara dan tutupan lahan dan limbah", "Meningkatnya pengelolaan sampah"]);
    const ind = plan.roots[0].indikators[0];
    expect(ind.support.map((x) => x.text)).toEqual([
      "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup", "Pemantauan Kualitas Air dan Sumber Pencemar",
    ]);
    expect(ind.aksi.map((a) => a.text)).toEqual(["Uji sampel air sungai di 12 titik pantau", "Operasional TPST"]);
  });

  it("a row that says something of its own is no wrapped name", () => {
    const plan = planOf(
      "#sheet Renaksi\n" +
        "No\tSasaran\tIndikator\tTarget\tProgram\tTW 1\tTW 2\tTW 3\tTW 4\n" +
        "1\tMeningkatnya kualitas air\tIndeks Kualitas Air\t55,20\tProgram Pengendalian Pencemaran dan\t55,20\t55,20\t55,20\t55,20\n" +
        "2\tmeningkatnya kualitas udara\tIndeks Kualitas Udara\t80\tProgram Udara\t80\t80\t80\t80\n",
    );
    expect(plan.roots.map((n) => n.name)).toEqual(["Meningkatnya kualitas air", "meningkatnya kualitas udara"]);
  });

  it("gives no hierarchy finding", () => {
    expect(validate(planOf(MIXED)).filter((f) => f.rule.startsWith("hierarchy."))).toEqual([]);
  });
});
