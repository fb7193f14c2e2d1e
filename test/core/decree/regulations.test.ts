import {
  citation, citationPattern, evaluationRegulation, inForce, nationalBasis, regionalBasis, regulationById, REGULATIONS,
} from "../../../src/core/decree/regulations";

const reg = (id: string) => regulationById(id)!;

describe("regulations as data", () => {
  test("every replacement and parent named exists; a replacement applies from the year its predecessor stops", () => {
    for (const r of REGULATIONS) {
      if (r.replacedBy) expect(reg(r.replacedBy).from).toBe(r.replacedIn);
      if (r.implements) expect(regulationById(r.implements)).toBeDefined();
    }
  });

  test("SAKIP evaluation: 12/2015 up to 2021, 88/2021 from 2022", () => {
    expect([2015, 2021, 2022, 2026].map((y) => evaluationRegulation(y).id)).toEqual([
      "permenpanrb-12-2015", "permenpanrb-12-2015", "permenpanrb-88-2021", "permenpanrb-88-2021",
    ]);
    expect(nationalBasis(2026).map((r) => r.id)).not.toContain("permenpanrb-12-2015");
  });

  test("a regional plan only within its period; a rule carrying out a revoked one is no longer offered", () => {
    expect([2018, 2023, 2024].map((y) => inForce(reg("perda-nganjuk-2-2019"), y))).toEqual([true, true, false]);
    expect(regionalBasis("KABUPATEN NGANJUK", 2020).map((r) => r.id)).toEqual(["perda-nganjuk-2-2019", "perbup-nganjuk-15-2016"]);
    expect(regionalBasis("KABUPATEN NGANJUK", 2026)).toEqual([]);
    expect(regionalBasis("KABUPATEN PRINGSEWU", 2022)).toEqual([]);
  });

  test("UU 23/2014 is cited with the last amendment of the year", () => {
    const uu = reg("uu-23-2014");
    expect(citation(uu, 2019)).toBe(
      "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah beberapa kali, terakhir dengan Undang-Undang Nomor 9 Tahun 2015",
    );
    expect(citation(uu, 2021)).toMatch(/terakhir dengan Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja$/);
    expect(citation(uu, 2026)).toMatch(/terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti/);
  });

  test.each([
    ["Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 12 Tahun 2015 tentang ...", true],
    ["PermenPAN-RB No. 12 Tahun 2015", true],
    ["Permenpan RB Nomor 12 Tahun 2015", true],
    ["Peraturan Menteri PANRB Nomor 88 Tahun 2021", false],
    ["Peraturan Menteri Dalam Negeri Nomor 12 Tahun 2015", false],
  ])("citationPattern(12/2015) on %p: %p", (text, found) => {
    expect(citationPattern(reg("permenpanrb-12-2015")).test(text)).toBe(found);
  });

  test("a regional rule is found with its region only", () => {
    const perbup = citationPattern(reg("perbup-nganjuk-15-2016"));
    expect(perbup.test("Peraturan Bupati Nganjuk Nomor 15 Tahun 2016 tentang ...")).toBe(true);
    expect(perbup.test("Peraturan Bupati Kediri Nomor 15 Tahun 2016 tentang ...")).toBe(false);
  });
});
