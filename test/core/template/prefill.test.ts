import {
  kegiatanLetter,
  layoutFor,
  nomenclatureCode,
  prefillRows,
  PROGRAM_PENUNJANG,
  templateSheet,
} from "../../../src/core/template";
import { effectiveStyle, valueAt } from "./specHelpers";

const STANDARD_KEGIATAN = [
  "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
  "Administrasi Keuangan Perangkat Daerah",
  "Administrasi Barang Milik Daerah pada Perangkat Daerah",
  "Administrasi Pendapatan Daerah Kewenangan Perangkat Daerah",
  "Administrasi Kepegawaian Perangkat Daerah",
  "Administrasi Umum Perangkat Daerah",
  "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
  "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
  "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
];

describe("prefilled support programme", () => {
  const opts = { year: 2027, prefill: true, dataRows: 10 };
  const spec = templateSheet(opts);
  const l = layoutFor(opts);
  const rows: string[][] = [];
  for (let r = l.dataTop; r <= l.dataBottom; r++) {
    rows.push([String(valueAt(spec, r, l.columns.program!) ?? ""), String(valueAt(spec, r, l.columns.uraian!) ?? "")]);
  }

  test("the programme comes first, numbered 1., in the Program column, bold", () => {
    expect(rows[0][0]).toBe("1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota");
    expect(rows[0][1]).toBe("");
    expect(effectiveStyle(spec, l.dataTop, l.columns.program!).bold).toBe(true);
    expect(rows.slice(1).every(([p]) => p === "")).toBe(true);
  });

  test("every standard kegiatan, lettered A.. in order, in the Kegiatan / Sub Kegiatan column", () => {
    const kegiatan = rows.map(([, u]) => u).filter((u) => /^[A-Z]+\. /.test(u));
    expect(kegiatan).toEqual(STANDARD_KEGIATAN.map((name, i) => `${"ABCDEFGHI"[i]}. ${name}`));
    const rowOfA = l.dataTop + rows.findIndex(([, u]) => u.startsWith("A. "));
    expect(effectiveStyle(spec, rowOfA, l.columns.uraian!).bold).toBe(true);
  });

  test("sub kegiatan under each kegiatan numbered 1), 2), ... restarting per kegiatan", () => {
    let expected = 0;
    let kegiatanSeen = 0;
    let sawSalary = false;
    for (const [, u] of rows) {
      if (/^[A-Z]+\. /.test(u)) {
        kegiatanSeen++;
        expected = 1;
        continue;
      }
      const m = /^(\d+)\) (.+)$/.exec(u);
      if (!m) continue;
      expect(kegiatanSeen).toBeGreaterThan(0);
      expect(Number(m[1])).toBe(expected++);
      if (m[2] === "Penyediaan Gaji dan Tunjangan ASN") sawSalary = true;
    }
    expect(sawSalary).toBe(true);
    const subCount = PROGRAM_PENUNJANG.kegiatan.reduce((n, k) => n + k.subKegiatan.length, 0);
    expect(rows.filter(([, u]) => /^\d+\) /.test(u))).toHaveLength(subCount);
    // Every kegiatan has at least one sub kegiatan.
    for (const k of PROGRAM_PENUNJANG.kegiatan) expect(k.subKegiatan.length).toBeGreaterThan(0);
  });

  test("the empty rows to type in follow the prefilled ones", () => {
    const filled = prefillRows([PROGRAM_PENUNJANG]).length;
    expect(l.dataBottom - l.dataTop + 1).toBe(filled + 10);
    expect(rows.slice(filled).every(([p, u]) => p === "" && u === "")).toBe(true);
    expect(rows[filled - 1][1]).toMatch(/^\d+\) /);
  });

  test("without prefill the data rows are empty", () => {
    const plain = templateSheet({ year: 2027 });
    const pl = layoutFor({ year: 2027 });
    expect(plain.cells.filter((c) => c.row >= pl.dataTop && c.value !== null)).toEqual([]);
  });

  test("codes follow the nomenclature: 01, 01.2.01, 01.2.01.0001", () => {
    const pr = prefillRows([PROGRAM_PENUNJANG]);
    expect(pr[0]).toMatchObject({ level: "program", kode: "01" });
    expect(pr[1]).toMatchObject({ level: "kegiatan", kode: "01.2.01" });
    expect(pr[2]).toMatchObject({ level: "subKegiatan", kode: "01.2.01.0001" });
    const k = PROGRAM_PENUNJANG.kegiatan[1];
    expect(nomenclatureCode({ program: PROGRAM_PENUNJANG, kegiatan: k, sub: k.subKegiatan[0] })).toBe("X.XX.01.2.02.0001");
    expect(nomenclatureCode({ program: PROGRAM_PENUNJANG }, "2.17")).toBe("2.17.01");
  });

  test("kegiatan letters run A..Z then AA", () => {
    expect([0, 1, 8, 25, 26, 27].map(kegiatanLetter)).toEqual(["A", "B", "I", "Z", "AA", "AB"]);
  });
});
