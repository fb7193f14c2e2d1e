/**
 * Recognition failures the generated-plans property found (shrunk by fast-check, then
 * written out by hand), kept as regression tests now that they are fixed.
 */
import { analyzeGrids } from "../../src/core/analyze";
import { gridFromRows, type CellValue } from "../../src/core/grid";
import { countPlan } from "../../src/core/plan/counts";

const QUARTERS = ["TW I", "TW II", "TW III", "TW IV"];

function analyzed(rows: CellValue[][]) {
  const width = Math.max(...rows.map((r) => r.length));
  const [plan] = analyzeGrids([gridFromRows("Lampiran", rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]))]).plans;
  return plan;
}

test("1: quarter columns labelled 1, 2, 3, 4 under \"Target Kinerja\" are quarters, not a column-number row", () => {
  const plan = analyzed([
    ["Uraian", "Indikator", "Target", "Target Kinerja", "Target Kinerja", "Target Kinerja", "Target Kinerja"],
    [null, null, null, 1, 2, 3, 4],
    ["1) Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah dokumen", "2 Dokumen", "0%", "50%", "100%", "100%"],
  ]);
  expect(plan.recognition.headerRows).toBe(2);
  expect(plan.recognition.columns).toMatchObject({ kinerja1: 3, kinerja2: 4, kinerja3: 5, kinerja4: 6 });
});

test("2: under a one-row header, a lone Sasaran row and a lone Program row are data, not header rows 2 and 3", () => {
  const plan = analyzed([
    ["Sasaran", "Program", "Kegiatan", "Sub Kegiatan", "Indikator", "Target", ...QUARTERS],
    ["Meningkatnya kualitas layanan perangkat daerah"],
    [null, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"],
    [null, null, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"],
    [null, null, null, "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah dokumen", "2 Dokumen"],
  ]);
  expect(plan.recognition.headerRows).toBe(1);
  expect(countPlan(plan)).toEqual({ sasaran: 1, program: 1, kegiatan: 1, subKegiatan: 1, indikator: 1, aksi: 0 });
});

test("3: a short Sub Kegiatan alone on its row, after a new Kegiatan, is a new Sub Kegiatan, not the end of the previous name", () => {
  const plan = analyzed([
    ["Sasaran", "Program", "Kegiatan", "Sub Kegiatan", "Indikator", "Target", ...QUARTERS],
    ["Meningkatnya kualitas layanan perangkat daerah", null, null, null, "Indeks Kepuasan Masyarakat", "100%"],
    [null, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", null, null, "Nilai SAKIP", "70 Nilai"],
    [null, null, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"],
    [null, null, null, "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah dokumen", "2 Dokumen"],
    [null, null, "Administrasi Keuangan Perangkat Daerah"],
    [null, null, null, "Fasilitasi Kunjungan Tamu"],
  ]);
  expect(countPlan(plan)).toEqual({ sasaran: 1, program: 1, kegiatan: 2, subKegiatan: 2, indikator: 3, aksi: 0 });
  expect(plan.nodes.map((n) => n.name)).toContain("Penyusunan Dokumen Perencanaan Perangkat Daerah");
});
