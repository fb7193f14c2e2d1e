import { gridsFromFile } from "../../support/sourceGrid";
import { recognize } from "../../../src/core/layout/recognize";
import { parsePlan } from "../../../src/core/plan/parse";
import { countPlan } from "../../../src/core/plan/counts";
import { GridView, colToLetters } from "../../../src/core/grid";

describe("the seed's Lampiran", () => {
  const [grid] = gridsFromFile("examples/src/rencana-aksi-dinkop-nganjuk-2022.tsv");
  const view = new GridView(grid);
  const r = recognize(grid, view);
  if (!r.ok) throw new Error("not recognized");
  const rec = r.recognition;
  const plan = parsePlan(view, rec);

  it("finds the two-row header below the title block", () => {
    expect(rec.headerTop).toBe(8);
    expect(rec.headerRows).toBe(2);
    expect(rec.dataTop).toBe(10);
    expect(rec.dataBottom).toBe(60);
    const letters = Object.fromEntries(Object.entries(rec.columns).map(([k, v]) => [k, colToLetters(v as number)]));
    expect(letters).toEqual({
      sasaran: "A", indikatorSasaran: "B", indikatorProgram: "C", uraian: "D", indikator: "E", target: "F",
      kinerja1: "G", kinerja2: "H", kinerja3: "I", kinerja4: "J",
      pelaksanaan1: "K", pelaksanaan2: "L", pelaksanaan3: "M", pelaksanaan4: "N", keterangan: "O",
    });
  });

  it("reads the year and the office from the title", () => {
    expect(rec.year).toBe(2022);
    expect(rec.office).toBe("DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK");
  });

  it("counts 3 Sasaran, 5 Program, 12 Kegiatan and 32 Sub Kegiatan", () => {
    expect(countPlan(plan)).toMatchObject({ sasaran: 3, program: 5, kegiatan: 12, subKegiatan: 32 });
  });

  it("builds the tree from numbering and columns together", () => {
    const [s1, s1b, s2] = plan.roots;
    expect(plan.roots.map((n) => n.level)).toEqual(["sasaran", "sasaran", "sasaran"]);
    expect(s1.children.map((p) => p.name)).toEqual(["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"]);
    expect(s1.children[0].children.map((k) => k.numbering.raw)).toEqual(["A.", "B.", "C.", "D.", "E.", "F.", "G.", "H."]);
    expect(s1b.children.map((p) => p.name)).toEqual([
      "Program Pengawasan dan Pemeriksaan Koperasi",
      "Program Penilaian Kesehatan Koperasi",
      "Program Pemberdayaan dan Perlindungan Koperasi",
    ]);
    const pemberdayaan = s1b.children[2];
    expect(pemberdayaan.children).toHaveLength(1);
    expect(pemberdayaan.children[0].numbering.style).toBe("none");
    expect(s2.children[0].children[0].children).toHaveLength(3);
  });

  it("attaches indicator-only rows to the sub kegiatan above", () => {
    const h1 = plan.nodes.find((n) => n.name.startsWith("Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak"));
    expect(h1?.indikators.map((i) => [i.text, i.target?.quantity, i.target?.unit])).toEqual([
      ["Jumlah kendaraan dinas yang mendapatkan pemeliharaan", 3, "Unit"],
      ["Jumlah tenaga jasa administrasi yang dibayarkan", 6, "Orang"],
    ]);
    const sub3 = plan.roots[2].children[0].children[0].children[2];
    expect(sub3.indikators.map((i) => i.text)).toEqual([
      "Pelatihan kewirausahaan dan akuntansi", "Pelatihan batik", "Pelatihan anyaman plastik",
    ]);
  });

  it("keeps program indicators on the program and every node's cell", () => {
    const program = plan.roots[0].children[0];
    expect(program.indikators.map((i) => [i.kind, i.text])).toEqual([["program", "Hasil Survei Kepuasan Masyarakat (SKM)"]]);
    expect(program.cell()).toEqual({ row: 10, col: 1 });
    const c = program.children[2];
    expect(c.cell()).toEqual({ row: 18, col: 3 });
  });
});
