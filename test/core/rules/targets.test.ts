import { analyzeGrids } from "../../../src/core/analyze";
import { buildContext } from "../../../src/core/rules";
import { gridsFromSource } from "../../support/sourceGrid";
import { targetsRule } from "../../../src/core/rules/targets";
import { levelSumRule } from "../../../src/core/rules/levelSum";
import { countsSameThing } from "../../../src/core/rules/similar";
import { unitFamily } from "../../../src/core/rules/units";
import { CLEAN_CUMULATIVE as CLEAN, CLEAN_UNITS, findingsOf, fixture, inCategory, inject, planOf, where } from "./support";

const targetsOf = (source: string) => {
  const ctx = buildContext(planOf(source));
  return [...targetsRule(ctx), ...levelSumRule(ctx)];
};

describe("target rules", () => {
  it("are silent on clean plans (one cell, Volume + Satuan, percent targets)", () => {
    expect(where(targetsOf(CLEAN))).toEqual([]);
    expect(where(targetsOf(CLEAN_UNITS))).toEqual([]);
    expect(where(targetsOf(fixture("rules-clean-text.tsv")))).toEqual([]);
  });

  it("report a target that cannot be read, quoting it", () => {
    const found = inCategory(findingsOf(inject(CLEAN, "24 Kali", "2 4 Kali")), "target");
    expect(where(found)).toEqual(["target.unreadable@G16"]);
    expect(found[0].severity).toBe("error");
    expect(found[0].message.en).toBe("Target \"2 4 Kali\" cannot be read as a quantity and a unit.");
    expect(found[0].hint?.en).toContain("12 Bulan");
  });

  it("report a missing quantity (error) and a bare number under a counting indicator (info: it reads, the unit is style)", () => {
    expect(where(targetsOf(inject(CLEAN, "15 Ruas", "Ruas")))).toEqual(["target.noQuantity@G19"]);
    const bare = targetsOf(inject(CLEAN, "2 Terminal", "2"));
    expect(where(bare)).toEqual(["target.noUnit@G23"]);
    expect(bare[0].severity).toBe("info");
    expect(bare[0].message.en).toContain("\"Jumlah terminal tipe C yang dikelola\" says what is counted");
  });

  it("warn about a bare number only when nothing gives it a meaning: no Satuan, no telling words", () => {
    const found = targetsOf(inject(CLEAN, "Jumlah terminal tipe C yang dikelola\t2 Terminal", "Pengelolaan terminal tipe C\t2"));
    expect(where(found)).toEqual(["target.noUnit@G23"]);
    expect(found[0].severity).toBe("warning");
    expect(found[0].message.en).toContain("nothing gives it one");
    expect(found[0].hint?.id).toContain("kolom Satuan");
  });

  it("read a bare number under a percentage, index or score indicator as that, silently", () => {
    expect(where(targetsOf(inject(CLEAN, "100%", "100")))).toEqual([]); // "Persentase dokumen ..."
    expect(where(targetsOf(inject(CLEAN, "85 Nilai", "85")))).toEqual([]); // "Indeks kepuasan masyarakat ..."
    expect(where(targetsOf(inject(CLEAN, "Jumlah rambu lalu lintas yang diadakan\t120 Unit", "Prosentase rambu lalu lintas yang diadakan\t85")))).toEqual([]);
    expect(where(targetsOf(inject(CLEAN, "Jumlah rambu lalu lintas yang diadakan\t120 Unit", "Skor kinerja rambu\t3,5")))).toEqual([]);
  });

  it("read grades, levels and ranges as such: no missing quantity, no unreadable text", () => {
    for (const grade of ["BB", "A", "WTP", "WBK", "Level 3", "80-90 (A)", "70 - 80", "≥ 80"])
      expect([grade, where(targetsOf(inject(CLEAN, "85 Nilai", grade)))]).toEqual([grade, []]);
    expect(where(targetsOf(inject(CLEAN_UNITS, "72\tNilai", "BB\tNilai")))).toEqual([]);
  });

  it("report a month where a quantity belongs as an error saying a target is a quantity", () => {
    const found = targetsOf(inject(CLEAN_UNITS, "12\tBulan", "November\tBulan"));
    expect(where(found)).toEqual(["target.month@E12"]);
    expect(found[0].severity).toBe("error");
    expect(found[0].message.en).toBe(
      "Target \"November\" is a month or a date, not a quantity: a target says how much is reached, e.g. \"11 Bulan\" or \"100%\"; a deadline is not a target.",
    );
    expect(found[0].hint?.id).toContain("\"11 Bulan\"");
    expect(where(targetsOf(inject(CLEAN, "24 Kali", "30 Desember 2024")))).toEqual(["target.month@G16"]);
  });

  it("report an Excel error in a target cell as unreadable, with a sensible example, never the error as a unit", () => {
    // The sheet's value is the error itself, {error: "#VALUE!"}, shown as "#VALUE!".
    const [grid] = gridsFromSource(inject(CLEAN, "15 Ruas", "x"));
    const r = grid.values.findIndex((row) => row.includes("x"));
    const c = grid.values[r].indexOf("x");
    grid.values[r][c] = { error: "#VALUE!" };
    grid.text[r][c] = "#VALUE!";
    const [plan] = analyzeGrids([grid]).plans;
    const found = targetsRule(buildContext(plan));
    expect(where(found)).toEqual(["target.unreadable@G19"]);
    expect(found[0].message.en).toBe("Target \"#VALUE!\" cannot be read as a quantity and a unit.");
    for (const lang of ["id", "en"] as const) {
      expect(found[0].hint?.[lang]).toContain("\"12 Dokumen\"");
      expect(found[0].hint?.[lang]).not.toContain("#VALUE!");
    }
    // The same text typed, and an error in a Satuan column, read the same way.
    expect(where(targetsOf(inject(CLEAN, "15 Ruas", "#REF!")))).toEqual(["target.unreadable@G19"]);
    const satuan = targetsOf(inject(CLEAN_UNITS, "disusun\t2\tDokumen", "disusun\t2\t#N/A"));
    expect(satuan.map((f) => f.rule)).toEqual(["target.unreadable"]);
    expect(satuan[0].hint?.en).toContain("\"25%\"");
  });

  it("a target without a quantity quotes its unit in the example only when it is a word", () => {
    const ruas = targetsOf(inject(CLEAN, "15 Ruas", "Ruas"));
    expect(ruas[0].message.en).toBe("Target \"Ruas\" has no quantity; expected e.g. \"12 Ruas\".");
    const odd = targetsOf(inject(CLEAN, "15 Ruas", "(?)"));
    expect(where(odd)).toEqual(["target.noQuantity@G19"]);
    expect(odd[0].message.en).toBe("Target \"(?)\" has no quantity; expected e.g. \"12 Dokumen\" or \"25%\".");
    expect(odd[0].message.id).toBe("Target \"(?)\" tidak memuat jumlah; diharapkan mis. \"12 Dokumen\" atau \"25%\".");
  });

  it("read Volume + Satuan columns and report what is missing there", () => {
    const bare = targetsOf(inject(CLEAN_UNITS, "250\tOrang", "250\t"));
    expect(where(bare)).toEqual(["target.noUnit@E19"]);
    expect(bare[0].severity).toBe("info"); // "Jumlah pelaku usaha mikro yang dilatih" says what is counted
    const found = targetsOf(inject(CLEAN_UNITS, "disusun\t2\tDokumen", "disusun\t\tDokumen"));
    expect(where(found)).toEqual(["target.noQuantity@E10"]);
    expect(found[0].message.en).toContain("e.g. \"12 Dokumen\"");
  });

  it("read a dash under a Satuan as no target, not as a unit without a quantity", () => {
    expect(where(targetsOf(inject(CLEAN_UNITS, "disusun\t2\tDokumen", "disusun\t-\tDokumen")))).toEqual([]);
    expect(where(targetsOf(inject(CLEAN_UNITS, "disusun\t2\tDokumen", "disusun\t–\tDokumen")))).toEqual([]);
  });

  it("report more than 12 Bulan", () => {
    const found = targetsOf(inject(CLEAN, "Jumlah bulan operasional terminal\t12 Bulan", "Jumlah bulan operasional terminal\t14 Bulan"));
    expect(where(found)).toEqual(["target.months@G25"]);
    expect(found[0].message.id).toContain("\"14 Bulan\" melebihi 12 bulan");
  });

  it("report a percentage indicator whose own target is not in % (error), over the indicator and the target", () => {
    const found = targetsOf(inject(CLEAN, "Jumlah rambu lalu lintas yang diadakan", "Persentase rambu lalu lintas yang diadakan"));
    expect(where(found)).toEqual(["target.percentUnit@F20:G20"]);
    expect(found[0].severity).toBe("error");
    expect(found[0].message.en).toBe("Indicator \"Persentase rambu lalu lintas yang diadakan\" is a percentage but its target \"120 Unit\" is not in percent.");
  });

  it("do not read an attendance (Presensi) as a percentage, nor its count of people as a wrong unit", () => {
    const rows = (name: string) => targetsOf(inject(CLEAN, "Jumlah rambu lalu lintas yang diadakan\t120 Unit", `${name}\t120 Orang`));
    expect(where(rows("Presensi pegawai tepat waktu"))).toEqual([]);
    expect(where(rows("Prosentase pegawai tepat waktu"))).toEqual(["target.percentUnit@F20:G20"]);
  });

  it("warn of a percentage indicator's own scale unit (a person should look), and read a bare number as its percentage", () => {
    const scale = targetsOf(inject(CLEAN, "Jumlah rambu lalu lintas yang diadakan\t120 Unit", "Persentase rambu lalu lintas yang diadakan\t85 Nilai"));
    expect(where(scale)).toEqual(["target.percentUnit@F20:G20"]);
    expect(scale[0].severity).toBe("warning");
    expect(where(targetsOf(inject(CLEAN, "Jumlah rambu lalu lintas yang diadakan\t120 Unit", "Persentase rambu lalu lintas yang diadakan\t85")))).toEqual([]);
  });

  it("compare a percentage indicator only with its own target: a Program indicator beside the row's own indicator has none", () => {
    // A Program indicator "Persentase X" beside a row indicator "Jumlah X" whose target is a count (the seed's row 46):
    // the count is right for "Jumlah X"; what is missing is the percentage's own target.
    const lines = CLEAN.split("\n");
    const p = lines.findIndex((l) => l.includes("1. Program Penyelenggaraan Lalu Lintas"));
    const program = lines[p].split("\t");
    const kegiatan = lines[p + 1].split("\t");
    const row = (indicator: string) => {
      const copy = lines.slice();
      copy.splice(p, 2, [...program.slice(0, 3), indicator, ...kegiatan.slice(4)].join("\t"));
      return copy.join("\n");
    };
    const found = targetsOf(row("Persentase ruas jalan dengan perlengkapan jalan memadai"));
    expect(where(found)).toEqual(["target.percentNoTarget@D18:G18"]);
    expect(found[0].severity).toBe("warning");
    expect(found[0].message.en).toBe(
      "Indicator \"Persentase ruas jalan dengan perlengkapan jalan memadai\" is a percentage but has no target of its own: the target on its row, \"15 Ruas\", belongs to the row's indicator \"Jumlah ruas jalan dengan perlengkapan jalan memadai\", which counts the same thing as a number.",
    );
    expect(found[0].hint?.en).toContain("neither indicator needs renaming");
    expect(found[0].hint?.en).not.toContain("rename the indicator");
    // Another thing counted on the row: the row's target is simply not the Program's; nothing to say here.
    expect(where(targetsOf(row("Persentase fasilitas perlengkapan jalan dalam kondisi baik")))).toEqual([]);
  });

  it("accept percentage indicators with % targets in either column layout", () => {
    expect(where(targetsOf(inject(CLEAN_UNITS, "Jumlah usaha mikro yang naik kelas\t120\tUnit Usaha", "Persentase usaha mikro yang naik kelas\t20\t%")))).toEqual([]);
  });
});

describe("sums across levels", () => {
  it("warn when a kegiatan adds up sub kegiatan that count different things (262 = 250 + 12)", () => {
    const src = inject(inject(CLEAN_UNITS, "Jumlah usaha mikro yang didampingi", "Jumlah usaha mikro yang didata"), "250\tOrang", "250\tKoperasi");
    const found = targetsOf(src);
    expect(where(found)).toEqual(["target.levelDoubleCount@E17"]);
    expect(found[0].severity).toBe("warning");
    expect(found[0].message.en).toContain("(1000 Unit Usaha + 250 Koperasi)");
    expect(found[0].message.en).toContain("expected 1,000");
  });

  it("give info when a kegiatan target differs from the sum of same-family sub kegiatan targets", () => {
    const found = targetsOf(inject(CLEAN_UNITS, "250\tOrang", "200\tUnit Usaha"));
    expect(where(found)).toEqual(["target.levelSum@E17"]);
    expect(found[0].severity).toBe("info");
    expect(found[0].message.en).toContain("1000 Unit Usaha + 200 Unit Usaha = 1,200");
  });

  it("stay silent when a sub kegiatan counts what the kegiatan counts, or units differ in kind", () => {
    expect(where(targetsOf(inject(CLEAN_UNITS, "250\tOrang", "200\tUnit Usaha").replace("Jumlah usaha mikro yang didampingi\t1250", "Jumlah usaha mikro yang didata\t1000")))).toEqual([]);
    expect(where(targetsOf(CLEAN_UNITS))).toEqual([]);
  });

  it("never sum scores, rates or grades, however alike their units", () => {
    // The kegiatan 1300 against its sub kegiatan 1000 + 250: a levelSum info in counts, nothing in scores ("Nilai").
    const kegiatan = "Jumlah usaha mikro yang didampingi\t1250";
    const counts = inject(inject(CLEAN_UNITS, kegiatan, "Jumlah usaha mikro yang didampingi\t1300"), "250\tOrang", "250\tUnit Usaha");
    expect(where(targetsOf(counts))).toEqual(["target.levelSum@E17"]);
    const scores = counts.split("\n").map((l) => (l.includes("usaha mikro yang d") ? l.replace("Unit Usaha", "Nilai") : l)).join("\n");
    expect(scores.split("\tNilai\t").length).toBe(6); // Sasaran 1, the Program, the Kegiatan and its two Sub Kegiatan
    expect(where(targetsOf(scores))).toEqual([]);
    const rates = counts.split("\n").map((l) => (l.includes("usaha mikro yang d") ? l.replace("Unit Usaha", "Orang/Hari") : l)).join("\n");
    expect(where(targetsOf(rates))).toEqual([]);
  });

  it("group units by what they count and indicators by their words", () => {
    expect(unitFamily("Koperasi")).toBe(unitFamily("Unit Usaha"));
    expect(unitFamily("Orang")).not.toBe(unitFamily("Unit"));
    for (const u of ["%", "Persen", "persen", "Prosen", "Percent", "Persentase", "Presentase", "Persen (%)", "(%)"]) expect([u, unitFamily(u)]).toEqual([u, "percent"]);
    expect(countsSameThing("Jumlah Koperasi yang dinilai", "Jumlah koperasi yang dinilai kesehatannya")).toBe(true);
    expect(countsSameThing("Persentase Koperasi yang diawasi", "Jumlah Koperasi yang diawasi")).toBe(true);
    expect(countsSameThing("Jumlah Koperasi yang dinilai", "Jumlah koperasi yang mendapatkan penghargaan Kesehatan")).toBe(false);
    expect(countsSameThing("Persentase layanan tepat waktu", "Jumlah rapat koordinasi")).toBe(false);
  });
});

describe("targets of a Perjanjian Kinerja table (Satuan column, one indicator a row)", () => {
  const header = [
    "#sheet Rencana Aksi",
    "RENCANA AKSI TAHUN 2026",
    "DINAS CONTOH KABUPATEN CONTOH",
    "#at A4",
    "No\tSasaran\tIndikator\tSatuan\tTarget\tRencana Aksi\tTarget Triwulan\t\t\t\tPenanggung Jawab",
    "\t\t\t\t\t\tI\tII\tIII\tIV\t",
    "#merge A4:A5 B4:B5 C4:C5 D4:D5 E4:E5 F4:F5 G4:J4 K4:K5",
  ];
  const table = (...rows: string[][]) =>
    planOf([...header, ...rows.map((r, i) => [String(i + 1), `Meningkatnya kinerja ${i + 1}`, ...r].join("\t"))].join("\n"));
  const found = (...rows: string[][]) => {
    const ctx = buildContext(table(...rows));
    return [...targetsRule(ctx), ...levelSumRule(ctx)];
  };

  it("is the pk genre", () => {
    expect(table(["Nilai SAKIP", "Nilai", "75", "Menyusun LKjIP", "75", "75", "75", "75", "Sekretaris"]).recognition.genre).toBe("pk");
  });

  it("read what real plans write as correct targets, silently", () => {
    expect(where(found(
      ["Nilai SAKIP", "Nilai", "BB", "Menyusun LKjIP", "BB", "BB", "BB", "BB", "Sekretaris"],
      ["Angka Kematian Ibu", "100.000/kh", "61", "Skrining ibu hamil", "61", "61", "61", "61", "Kabid"],
      ["Rasio konektivitas", "Nilai", "0,46", "Pembangunan jalan", "0,46", "0,46", "0,46", "0,46", "Kabid"],
      ["Rata-rata waktu tempuh", "Menit/Km", "4", "Rekayasa lalu lintas", "4", "4", "4", "4", "Kabid"],
      ["Persentase kendaraan laik jalan", "Persen", "87,75", "Uji kir", "10%", "30%", "50%", "87,75%", "Kabid"],
      ["Persentase tindak lanjut pengaduan", "", "85", "Menindaklanjuti", "20", "40", "60", "85", "Kabid"],
      ["Indeks kepuasan masyarakat", "", "80-90 (A)", "Survei", "", "", "", "80-90 (A)", "Kabid"],
      ["Tingkat maturitas SPIP", "", "Level 3", "Penilaian mandiri", "", "", "", "Level 3", "Inspektur"],
      ["Jumlah dokumen perencanaan", "Dokumen", "7", "Menyusun dokumen", "1", "3", "5", "7", "Kasubag"],
      ["Jumlah paket listrik", "Paket", "22", "Pengadaan", "5", "5", "6", "6", "Kasubag"],
      ["Jumlah paket logistik", "Paket", "4", "Pengadaan", "1", "1", "1", "1", "Kasubag"],
    ))).toEqual([]);
  });

  it("say that a direction ('Meningkat', 'Menurun') is no quantity, without a nonsense example such as '12 Meningkat'", () => {
    const f = found(
      ["Pendapatan asli daerah", "", "Meningkat", "Intensifikasi", "Meningkat", "Meningkat", "Meningkat", "Meningkat", "Kabid"],
      ["Prevalensi stunting", "%", "Menurun", "Intervensi", "-", "-", "-", "Menurun", "Kabid"],
    );
    expect(f.map((x) => [where([x])[0], x.severity])).toEqual([["target.noQuantity@E6", "error"], ["target.noQuantity@E7", "error"]]);
    expect(f[0].message.en).toContain("a direction");
    expect(f[0].message.en).not.toContain("12 Meningkat");
    expect(f[1].message.id).toContain("arah");
  });

  it("report the month target, a percentage indicator counted in documents, and a bare number nothing explains", () => {
    const f = found(
      ["Ketepatan penetapan Perda APBD", "Bulan", "November", "Pembahasan", "0", "0", "0", "November", "Sekretaris"],
      ["Persentase dokumen yang tersusun", "Dokumen", "7", "Menyusun dokumen", "1", "3", "5", "7", "Kasubag"],
      ["Ketepatan waktu penyampaian laporan", "", "80", "Menyampaikan laporan", "20", "40", "60", "80", "Kasubag"],
    );
    expect(f.map((x) => [where([x])[0], x.severity])).toEqual([
      ["target.month@E6", "error"],
      ["target.noUnit@E8", "warning"],
      ["target.percentUnit@C7:E7", "error"],
    ]);
  });
});

describe("one indicator, one unit", () => {
  const header = [
    "#sheet Rencana Aksi",
    "RENCANA AKSI TAHUN 2026",
    "DINAS CONTOH KABUPATEN CONTOH",
    "#at A4",
    "No\tSasaran\tIndikator\tSatuan\tTarget\tRencana Aksi\tTarget Triwulan\t\t\t\tPenanggung Jawab",
    "\t\t\t\t\t\tI\tII\tIII\tIV\t",
    "#merge A4:A5 B4:B5 C4:C5 D4:D5 E4:E5 F4:F5 G4:J4 K4:K5",
  ];
  const found = (...rows: string[][]) => {
    const plan = planOf([...header, ...rows.map((r, i) => [String(i + 1), `Meningkatnya kinerja ${i + 1}`, ...r].join("\t"))].join("\n"));
    return targetsRule(buildContext(plan));
  };
  const vc = (satuan: string) => ["Volume / Capacity (VC) Ratio", satuan, "0,2", "Rekayasa lalu lintas", "0,2", "0,2", "0,2", "0,2", "Kabid"];

  it("warns over both Satuan cells when the same indicator is measured in another unit on the next row", () => {
    const f = found(vc("Nilai"), vc("Rasio"));
    expect(where(f)).toEqual(["target.unitMismatch@D6:D7"]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.en).toBe("Indicator \"Volume / Capacity (VC) Ratio\" is in \"Rasio\" here but in \"Nilai\" at D6: one indicator, one unit.");
  });

  it("warns at the later Satuan cell when the rows stand apart", () => {
    const other = ["Indeks Kepuasan Masyarakat", "Nilai", "80", "Survei", "80", "80", "80", "80", "Kabid"];
    expect(where(found(vc("Nilai"), other, vc("Rasio")))).toEqual(["target.unitMismatch@D8"]);
  });

  it("accepts units of one family, and one unit named more closely", () => {
    expect(where(found(vc("Nilai"), vc("Nilai")))).toEqual([]);
    expect(where(found(vc("%"), vc("Persen")))).toEqual([]);
    // Every unit read as a percentage is one family, however written.
    expect(where(found(vc("%"), vc("Persentase")))).toEqual([]);
    expect(where(found(vc("Persen"), vc("Persen (%)")))).toEqual([]);
    expect(where(found(vc("Prosentase"), vc("(%)")))).toEqual([]);
    expect(where(found(vc("%"), vc("Orang")))).toEqual(["target.unitMismatch@D6:D7"]);
    expect(where(found(vc("Nilai"), vc("Nilai VC")))).toEqual([]);
  });
});

describe("a Kegiatan row with a Satuan and nothing else (no indicator, the Target cell empty)", () => {
  it("is told once, as a Kegiatan without an indicator or a target, not also as a target without a quantity or with no quarters", () => {
    const src = [
      "#sheet RA",
      "RENCANA AKSI TAHUN 2024",
      "#at A3",
      "Kode\tProgram / Kegiatan / Sub Kegiatan\tIndikator Kinerja\tTarget\tSatuan\tTriwulan I\tTriwulan II\tTriwulan III\tTriwulan IV",
      "\tSasaran 1 Meningkatnya akuntabilitas kinerja\tNilai AKIP\t72\tNilai\t-\t-\t-\t72",
      "1.01.01\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\tPersentase pemenuhan layanan administrasi\t100\t%\t25\t50\t75\t100",
      "1.01.01.2.02\tAdministrasi Keuangan Perangkat Daerah\t\t\tBulan\t\t\t\t",
      "1.01.01.2.02.0001\tPenyediaan Gaji dan Tunjangan ASN\tJumlah Orang yang Menerima Gaji dan Tunjangan ASN\t4850\tOrang\t4850\t4850\t4850\t4850",
    ].join("\n");
    const f = findingsOf(src).filter((x) => x.severity !== "info");
    expect(f.map((x) => [x.rule, x.severity, x.message.en])).toEqual([
      ["hierarchy.kegiatanNoIndicator", "warning", "Kegiatan \"Administrasi Keuangan Perangkat Daerah\" has neither an indicator nor a target."],
    ]);
  });
});
