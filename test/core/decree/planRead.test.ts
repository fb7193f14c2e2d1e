import { parseHeading, planConflicts } from "../../../src/core/decree/planRead";
import { seedMeta } from "./seed";

describe("parseHeading and planConflicts", () => {
  test("the seed's heading: its parts, whatever the line breaks and keyword case", () => {
    const text = "Lampiran I : KEPUTUSAN DINAS KOPERASI DAN USAHA MIKRO TENTANG RENCANA AKSI TAHUN 2022 NOMOR 188 / 001.1 / K / 411.310 / 2022 Tanggal 12 Januari 2022";
    expect(parseHeading(text)).toEqual({
      lampiran: "I",
      parts: {
        penetap: "DINAS KOPERASI DAN USAHA MIKRO",
        tentang: "RENCANA AKSI TAHUN 2022",
        nomor: "188 / 001.1 / K / 411.310 / 2022",
        tanggal: "12 Januari 2022",
      },
    });
    // a second KEPUTUSAN inside the subject is part of it; a dotted number is no number
    expect(parseHeading("LAMPIRAN II KEPUTUSAN CAMAT BERBEK TENTANG PERUBAHAN ATAS KEPUTUSAN CAMAT NOMOR : ........").parts).toEqual({
      penetap: "CAMAT BERBEK",
      tentang: "PERUBAHAN ATAS KEPUTUSAN CAMAT",
    });
  });

  test("a keyword right after an empty value is the next keyword, never the value (the blank heading renaksi template writes)", () => {
    // The template's heading rows: "Lampiran I :", "NOMOR :", "Tanggal :", their values left blank.
    expect(parseHeading("Lampiran I : NOMOR : Tanggal :")).toEqual({ lampiran: "I", parts: {} });
    expect(parseHeading("Lampiran I : NOMOR : Tanggal : 12 Januari 2022").parts).toEqual({ tanggal: "12 Januari 2022" });
    expect(parseHeading("Lampiran I KEPUTUSAN TENTANG RENCANA AKSI NOMOR Tanggal 3 Mei 2026").parts).toEqual({
      tentang: "RENCANA AKSI",
      tanggal: "3 Mei 2026",
    });
  });

  test("planConflicts: one warning per heading value the decree does not share; an office as issuer is left to checkMeta", () => {
    const m = seedMeta();
    const heading = {
      penetap: { value: "DINAS KOPERASI DAN USAHA MIKRO", cell: "Lampiran I!J1" },
      nomor: { value: "188/001.1/K/411.310/2022", cell: "Lampiran I!J3" },
      tanggal: { value: "2022-01-12", cell: "Lampiran I!J4" },
    };
    expect(planConflicts(heading, { ...m, tanggal: "12 Januari 2022" })).toEqual([]);
    const official = { ...m, penetap: "KEPALA DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK", nomor: "188/2/2022" };
    expect(planConflicts(heading, official).map((i) => [i.field, i.severity])).toEqual([["penetap", "warning"], ["nomor", "warning"]]);
    expect(planConflicts(heading, official)[1].message.en).toBe(
      'Decree number: the plan (Lampiran I!J3) says "188/001.1/K/411.310/2022", the decree uses "188/2/2022"; make them agree (the plan is not changed).',
    );
  });
});
