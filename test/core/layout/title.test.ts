/** The year and office from the title rows above the table, as real plans write them. */
import { GridView, type Grid } from "../../../src/core/grid";
import { readTitle } from "../../../src/core/layout/title";

function titleOf(lines: string[]): { year: number | null; office: string | null } {
  const rows = [...lines.map((l) => [l, ""]), ["No", "Sasaran"]];
  const grid: Grid = {
    sheet: "RA", origin: { row: 0, col: 0 }, values: rows, text: rows, formats: rows.map((r) => r.map(() => "General")), merges: [],
  };
  const { year, office } = readTitle(new GridView(grid), lines.length, 0, 1);
  return { year, office };
}

describe("the title above the table", () => {
  it("finds the year on a line of its own below the title", () => {
    expect(titleOf(["RENCANA AKSI KINERJA", "BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN SLEMAN", "TAHUN ANGGARAN 2026"])).toEqual({
      year: 2026, office: "BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN SLEMAN",
    });
  });

  it("reads the office out of a 'Perangkat Daerah: ... - Tahun N' line", () => {
    expect(titleOf(["Pemerintah Kabupaten Pringsewu", "DINAS KESEHATAN", "TARGET DAN RENCANA AKSI", "Perangkat Daerah: Dinas Kesehatan - Tahun 2026"])).toEqual({
      year: 2026, office: "Dinas Kesehatan",
    });
  });

  it("reads the office, not the official, out of the plan of a head or a secretary (one sheet per eselon)", () => {
    expect(titleOf(["RENCANA AKSI KINERJA KEPALA DINAS KESEHATAN KOTA MAGELANG TAHUN 2027"])).toEqual({ year: 2027, office: "DINAS KESEHATAN KOTA MAGELANG" });
    expect(titleOf(["RENCANA AKSI KINERJA SEKRETARIS DINAS KESEHATAN TAHUN 2027"])).toEqual({ year: 2027, office: "DINAS KESEHATAN" });
    expect(titleOf(["RENCANA AKSI SEKRETARIAT DPRD KABUPATEN CONTOH TAHUN 2026"])).toEqual({ year: 2026, office: "SEKRETARIAT DPRD KABUPATEN CONTOH" });
  });

  it("keeps the seed's title line as it was read", () => {
    expect(titleOf(["RENCANA AKSI TAHUN 2022", "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK"])).toEqual({
      year: 2022, office: "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK",
    });
  });

  it("a title that says the plan is monitored too names the office from its own word, not \"DAN CAPAIAN KINERJA ...\"", () => {
    expect(titleOf(["RENCANA AKSI DAN CAPAIAN KINERJA INSPEKTORAT DAERAH KABUPATEN GROBOGAN TAHUN 2026"])).toEqual({
      year: 2026, office: "INSPEKTORAT DAERAH KABUPATEN GROBOGAN",
    });
    expect(titleOf(["RENCANA AKSI DAN REALISASI KINERJA KECAMATAN WONOSARI TAHUN 2026"])).toEqual({ year: 2026, office: "KECAMATAN WONOSARI" });
  });

  it("an office named on the title line, its region and year on the next, is not the title line itself", () => {
    expect(titleOf(["RENCANA AKSI BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "KABUPATEN BOYOLALI TAHUN 2026"])).toEqual({
      year: 2026, office: "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KABUPATEN BOYOLALI",
    });
  });
});
