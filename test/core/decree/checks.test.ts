import { checkMeta } from "../../../src/core/decree/checks";
import { defaultMeta } from "../../../src/core/decree/defaults";
import type { DecreeMeta } from "../../../src/core/decree/meta";
import { seedMeta } from "./seed";

const TODAY = { today: "2024-06-01", year: 2022 };

/** The seed made clean: standard "Plt.", the head as issuer, the legal basis of 2022. */
function cleanSeed(): DecreeMeta {
  const m = seedMeta();
  const d = defaultMeta({ year: 2022, office: "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK" });
  m.penandatangan.status = "Plt.";
  m.penetap = d.penetap;
  m.menimbang = d.menimbang;
  m.mengingat = d.mengingat;
  return m;
}

function issuesOf(edit: (m: DecreeMeta) => void, opts: { today?: string; year?: number | null } = TODAY) {
  const m = cleanSeed();
  edit(m);
  return checkMeta(m, opts);
}

const fields = (list: { field: string }[]) => list.map((i) => i.field);

describe("checkMeta", () => {
  test("the seed: warnings only, for its 'Pt.', its office as issuer and what it cites that was replaced by 2022", () => {
    const issues = checkMeta(seedMeta(), TODAY);
    expect(issues.map((i) => [i.field, i.severity])).toEqual([
      ["penetap", "warning"],
      ["menimbang.2", "warning"],
      ["mengingat.2", "warning"],
      ["mengingat.6", "warning"],
      ["mengingat.8", "warning"],
      ["penandatangan.status", "warning"],
    ]);
    const text = (field: string) => issues.find((i) => i.field === field)!.message;
    expect(text("penandatangan.status").id).toContain("\"Plt.\"");
    expect(text("penandatangan.status").en).toContain("\"Pt.\"");
    expect(text("penetap").id).toContain("\"KEPALA DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK\"");
    expect(text("mengingat.6").en).toMatch(/Nomor 12 Tahun 2015 was revoked and replaced by .*Nomor 88 Tahun 2021/);
    expect(text("mengingat.2").id).toContain("terakhir dengan Undang-Undang Nomor 1 Tahun 2022");
    expect(text("mengingat.8").en).toContain("Peraturan Bupati Nganjuk Nomor 15 Tahun 2016 carries out");
    // in 2020 the seed's basis was in force: its prefix and issuer remain
    expect(checkMeta(seedMeta(), { ...TODAY, year: 2020 }).map((i) => i.field)).toEqual(["penetap", "penandatangan.status"]);
  });

  test("a 2026 decree: the RPJMD 2018-2023 no longer covers the year; none at all is said too", () => {
    const m = cleanSeed();
    m.mengingat.push("Peraturan Daerah Kabupaten Nganjuk Nomor 2 Tahun 2019 tentang RPJMD Kabupaten Nganjuk Tahun 2018-2023.");
    const y2026 = checkMeta(m, { ...TODAY, year: 2026 });
    expect(y2026.map((i) => i.field)).toEqual(["mengingat.2", "mengingat.7", "mengingat.8"]);
    expect(y2026[2].message.en).toBe("The regional plan cited covers 2018-2023, not 2026; cite the RPJMD or RPD in force in 2026.");
    const none = checkMeta({ ...m, mengingat: m.mengingat.slice(0, 6) }, { ...TODAY, year: 2026 });
    expect(none.map((i) => i.field)).toEqual(["mengingat.2", "mengingat"]);
    // without a plan year, the date's year is used
    expect(checkMeta({ ...m, tanggal: "2026-01-05", nomor: "188/1/2026" }, { today: TODAY.today }).map((i) => i.field)).toEqual(
      ["mengingat.2", "mengingat.7", "mengingat.8"],
    );
  });

  test("number, date and signer's name may be left to fill in: a warning each, printed as a dotted blank", () => {
    const issues = issuesOf((m) => {
      m.nomor = "";
      m.tanggal = " ";
      m.penandatangan.nama = "";
    });
    expect(issues.map((i) => [i.field, i.severity])).toEqual([
      ["nomor", "warning"], ["tanggal", "warning"], ["penandatangan.nama", "warning"],
    ]);
    expect(issues[0].message.id).toBe(
      "Nomor keputusan belum diisi: keputusan dicetak dengan titik-titik untuk diisi sebelum ditandatangani. Isi di lembar Info Keputusan, formulir Keputusan, atau --meta.",
    );
  });

  test("a clean baseline has no issues", () => {
    expect(issuesOf(() => {})).toEqual([]);
  });

  test("required fields, each named, as errors", () => {
    const issues = issuesOf((m) => {
      for (const k of ["pemerintah", "instansi", "penetap", "tentang", "tempat"] as const) m[k] = " ";
      m.penandatangan.jabatan = "";
    });
    expect(fields(issues)).toEqual(["pemerintah", "instansi", "penetap", "tentang", "tempat", "penandatangan.jabatan"]);
    expect(issues.every((i) => i.severity === "error")).toBe(true);
    expect(issues[5].message.id).toBe("Jabatan penandatangan wajib diisi.");
  });

  test("optional fields may be empty", () => {
    expect(issuesOf((m) => {
      m.alamat = m.telepon = m.faksimile = m.email = m.laman = "";
      m.penandatangan.pangkat = "";
      m.tembusan = [];
    })).toEqual([]);
  });

  test("menimbang, mengingat and diktum need an item; blank items are warnings", () => {
    const issues = issuesOf((m) => {
      m.menimbang = [];
      m.mengingat = ["  "];
      m.diktum = ["KESATU text", ""];
      m.tembusan = ["Bupati Nganjuk", " "];
    });
    expect(issues.map((i) => [i.field, i.severity])).toEqual([
      ["menimbang", "error"], ["mengingat", "error"], ["diktum.2", "warning"], ["tembusan.2", "warning"],
    ]);
  });

  test.each(["12 Januari 2022", "2022-01-12", "12/01/2022", "1 Agustus 2022"])("tanggal %p is accepted (ISO or Indonesian)", (tanggal) => {
    expect(issuesOf((m) => (m.tanggal = tanggal))).toEqual([]);
  });

  test.each(["2022-02-30", "31 Februari 2022", "2022-1-12", "12 Bulan 2022"])("tanggal %p is not a real date", (tanggal) => {
    const issues = issuesOf((m) => (m.tanggal = tanggal));
    expect(fields(issues)).toEqual(["tanggal"]);
    expect(issues[0].message.id).toContain(tanggal);
  });

  test("the number's last segment must be the date's year", () => {
    expect(fields(issuesOf((m) => (m.tanggal = "2023-01-12")))).toEqual(["nomor"]);
    const noYear = issuesOf((m) => (m.nomor = "188/001.1/K/411.310"));
    expect(fields(noYear)).toEqual(["nomor"]);
    expect(noYear[0].message.id).toContain("\"411.310\"");
    expect(noYear[0].message.id).toContain("2022");
    expect(issuesOf((m) => (m.nomor = "188/5/2022 "))).toEqual([]);
  });

  describe("NIP", () => {
    const nipIssues = (nip: string, today = TODAY.today) =>
      issuesOf((m) => (m.penandatangan.nip = nip), { today });

    test("grouped 8 6 1 3 is accepted", () => expect(nipIssues("19631015 198903 1 016")).toEqual([]));

    test.each([
      ["19631015198903101", /18 angka; "19631015198903101" berisi 17 angka/],
      ["1963101519890310166", /berisi 19 angka/],
      ["1963-1015-1989031016", /hanya boleh berisi angka/],
      ["1963 1015 1989 0310 16", /kelompok 8 6 1 3/],
      ["196313151989031016", /19631315.*tanggal lahir/],
      ["196310151989151016", /198915.*bulan pengangkatan/],
      ["196310151989033016", /angka ke-15 \(3\)/],
    ])("%p is an error", (nip, pattern) => {
      const issues = nipIssues(nip);
      expect(fields(issues)).toEqual(["penandatangan.nip"]);
      expect(issues[0].severity).toBe("error");
      expect(issues[0].message.id).toMatch(pattern);
    });

    test("appointment less than 18 years after birth", () => {
      const issues = nipIssues("199001012007121001");
      expect(issues).toHaveLength(1);
      expect(issues[0].message.en).toContain("2007-12");
      expect(issues[0].message.en).toContain("1990-01-01");
      expect(nipIssues("199001012008011001")).toEqual([]); // the month of the 18th birthday
    });

    test("appointment in the future", () => {
      const issues = nipIssues("199001012024071001", "2024-06-30");
      expect(issues).toHaveLength(1);
      expect(issues[0].message.id).toContain("2024-07");
      expect(nipIssues("199001012024061001", "2024-06-01")).toEqual([]);
    });

    test("empty NIP is a warning only", () => {
      const issues = nipIssues("  ");
      expect(issues.map((i) => i.severity)).toEqual(["warning"]);
    });
  });

  describe("signer prefix", () => {
    const statusIssues = (status: string, jabatanAsal = "KEPALA DINAS TENAGA KERJA") =>
      issuesOf((m) => {
        m.penandatangan.status = status;
        m.penandatangan.jabatanAsal = jabatanAsal;
      });

    test.each(["Plt.", "Pj.", "a.n."])("%p is standard", (s) => expect(statusIssues(s)).toEqual([]));

    test.each([["Pt.", "Plt."], ["PLT", "Plt."], ["plh", "Plh."], ["Pj", "Pj."], ["an", "a.n."], ["Atas Nama", "a.n."]])(
      "%p suggests %p",
      (status, suggestion) => {
        const issues = statusIssues(status);
        expect(fields(issues)).toEqual(["penandatangan.status"]);
        expect(issues[0].severity).toBe("warning");
        expect(issues[0].message.id).toContain(`"${suggestion}"`);
      },
    );

    test("an unknown prefix lists the standard ones", () => {
      const issues = statusIssues("Wakil");
      expect(issues[0].message.id).toMatch(/Plt\., Plh\., Pj\., a\.n\./);
    });

    test("Plh. may not issue binding decisions: a warning", () => {
      const issues = statusIssues("Plh.");
      expect(issues.map((i) => [i.field, i.severity])).toEqual([["penandatangan.status", "warning"]]);
      expect(issues[0].message.id).toMatch(/tidak berwenang/);
      expect(issues[0].message.en).toMatch(/binding/);
    });

    test("an own position without an acting prefix is a warning", () => {
      expect(fields(statusIssues(""))).toEqual(["penandatangan.jabatanAsal"]);
      expect(statusIssues("", "")).toEqual([]);
    });
  });

  test("lampiran must be a Roman numeral; e-mail must look like one", () => {
    expect(fields(issuesOf((m) => (m.lampiran = "1")))).toEqual(["lampiran"]);
    expect(issuesOf((m) => (m.lampiran = "II"))).toEqual([]);
    expect(fields(issuesOf((m) => (m.email = "dinkop at nganjuk")))).toEqual(["email"]);
    expect(issuesOf((m) => (m.email = "dinkopum@nganjukkab.go.id"))).toEqual([]);
  });

  test("without 'today' the local date is used (an appointment in 2999 is in the future)", () => {
    const issues = issuesOf((m) => (m.penandatangan.nip = "198001012999011001"), {} as { today: string });
    expect(fields(issues)).toEqual(["penandatangan.nip"]);
  });
});
