import { CLEAN_UNITS, findingsOf, inCategory, inject, where } from "./support";

/**
 * The notes on rows that fit a reading but look wrong (rules/quarterNotes.ts): each shown firing
 * on one rewritten row of CLEAN_UNITS, and silent on a clean form of the same row.
 */
const notesOf = (source: string) => inCategory(findingsOf(source), "percent").filter((f) => f.rule !== "percent.mixedReadings");
const SASARAN_2 = "Jumlah usaha mikro yang naik kelas\t120\tUnit Usaha\t20\t30\t40\t30";
const row15 = (indicator: string, target: string, quarters: string) => inject(CLEAN_UNITS, SASARAN_2, `${indicator}\t${target}\t${quarters}`);

describe("notes on quarterly rows", () => {
  describe("a rate accumulated over the year", () => {
    it("warns about a lower-is-better indicator rising from near 0 (15 / 30 / 45 / 61)", () => {
      const found = notesOf(row15("Angka Kematian Ibu", "61\tper 100.000 KH", "15\t30\t45\t61"));
      expect(where(found)).toEqual(["percent.rateCumulative@G15:J15"]);
      expect(found[0].severity).toBe("warning");
      expect(found[0].message.en).toContain("\"Angka Kematian Ibu\" is a lower-is-better indicator, yet its quarters rise from 15 to 61");
    });

    it("tells a lower-is-better count (cases do add up over the year) apart from a rate, by its own message", () => {
      const found = notesOf(row15("Jumlah kasus DBD", "50\tKasus", "15\t30\t40\t50"));
      expect(where(found)).toEqual(["percent.rateCumulative@G15:J15"]);
      expect(found[0].message.en).toContain("\"Jumlah kasus DBD\" counts events where fewer is better, and its quarters rise from 15 to 50");
      expect(found[0].message.en).not.toContain("such a rate or level is not added up");
      expect(found[0].message.id).toContain("menghitung kejadian yang makin sedikit makin baik");
      // Each reason its own message key: a report groups only findings that give the same reason.
      const rate = notesOf(row15("Angka Kematian Ibu", "61\tper 100.000 KH", "15\t30\t45\t61"))[0];
      const scale = notesOf(row15("Indeks Kepuasan Masyarakat", "80\tIndeks", "20\t40\t60\t80"))[0];
      expect(new Set([found[0].key, rate.key, scale.key]).size).toBe(3);
      // An average time in days is no count of events, whatever its unit.
      const wait = notesOf(row15("Rata-rata waktu tunggu pembayaran gaji (hari)", "2\tHari", "0,5\t1\t1,5\t2"))[0];
      expect(wait.key).toBe(rate.key);
    });

    it("warns about a score rising from near 0", () => {
      const found = notesOf(row15("Indeks Kepuasan Masyarakat", "80\tIndeks", "20\t40\t60\t80"));
      expect(where(found)).toEqual(["percent.rateCumulative@G15:J15"]);
      expect(found[0].message.en).toContain("a score on its own scale");
    });

    it("is silent on an amount of money named \"Nilai ...\" (omzet, investasi, \"(juta rupiah)\"): it adds up over the year; \"Nilai Tukar Petani\" stays a scale", () => {
      expect(where(notesOf(row15("Nilai omzet UMKM binaan (juta rupiah)", "1.250,5\t", "312,6\t625,3\t937,9\t1.250,5")))).toEqual([]);
      expect(where(notesOf(row15("Nilai investasi PMDN", "80\tMiliar Rupiah", "20\t40\t60\t80")))).toEqual([]);
      expect(where(notesOf(row15("Nilai Tukar Petani", "104\tIndeks", "26\t52\t78\t104")))).toEqual(["percent.rateCumulative@G15:J15"]);
      // Its Satuan its own abbreviation ("NTP") is no thing counted: still a scale.
      expect(where(notesOf(row15("Nilai Tukar Petani", "105\tNTP", "26,25\t52,5\t78,75\t105")))).toEqual(["percent.rateCumulative@G15:J15"]);
      // Its unit is in its name: no "target without a unit" either.
      expect(findingsOf(row15("Nilai omzet UMKM binaan (juta rupiah)", "1.250,5\t", "312,6\t625,3\t937,9\t1.250,5")).filter((f) => f.rule === "target.noUnit")).toEqual([]);
    });

    it("is silent on the level, the year-end value, and a higher-is-better coverage of cases", () => {
      expect(where(notesOf(row15("Angka Kematian Ibu", "61\tper 100.000 KH", "61\t61\t61\t61")))).toEqual([]);
      expect(where(notesOf(row15("Angka Kematian Ibu", "61\tper 100.000 KH", "-\t-\t-\t61")))).toEqual([]);
      expect(where(notesOf(row15("Indeks Kepuasan Masyarakat", "80\tIndeks", "78\t79\t80\t80")))).toEqual([]);
      expect(where(notesOf(row15("Cakupan notifikasi kasus TBC", "90\tPersen", "22,5\t45\t67,5\t90")))).toEqual([]);
      // Resolving audit findings is higher-is-better though "temuan" is in the name; counting them is not.
      expect(where(notesOf(row15("Persentase penyelesaian tindak lanjut temuan BPK", "90\tPersen", "22,5\t45\t67,5\t90")))).toEqual([]);
      expect(where(notesOf(row15("Jumlah temuan BPK", "40\tTemuan", "10\t20\t30\t40")))).toEqual(["percent.rateCumulative@G15:J15"]);
    });
  });

  describe("a cumulative ladder", () => {
    it("warns about one rung slightly off an even ladder (22,5 / 44 / 67,5 / 90: probably 45)", () => {
      const found = notesOf(row15("Jumlah usaha mikro yang naik kelas", "90\tUnit Usaha", "22,5\t44\t67,5\t90"));
      expect(where(found)).toEqual(["percent.ladderOff@G15:J15"]);
      expect(found[0].message.en).toContain("quarter II (44) breaks the even steps of the other quarters (22.5 a quarter); probably 45");
      expect(found[0].message.id).toContain("kemungkinan seharusnya 45");
    });

    it("warns about an uneven jump in TW IV (10,8 / 21,7 / 32,5 / 76)", () => {
      const found = notesOf(row15("Cakupan kepesertaan aktif JKN", "76\tPersen", "10,8\t21,7\t32,5\t76"));
      expect(where(found)).toEqual(["percent.ladderJump@G15:J15"]);
      expect(found[0].message.en).toContain("rise evenly by about 10.83 (as for a target of about 43.33), then quarter IV jumps to 76");
    });

    it("says as info that a rung is rounded when its exact value has two decimals (65,3 for 65,25)", () => {
      const found = notesOf(row15("Persentase ibu hamil K6", "87\tPersen", "21,75\t43,5\t65,3\t87"));
      expect(where(found)).toEqual(["percent.rounded@G15:J15"]);
      expect(found[0].severity).toBe("info");
      expect(found[0].message.en).toContain("quarter III 65.3 is rounded; the exact value is 65.25");
    });

    it("is silent on even ladders, unavoidable rounding and plans that load the work their own way", () => {
      for (const q of ["30\t60\t90\t120", "10\t30\t60\t120", "0\t0\t120\t120", "40\t80\t100\t120"]) {
        expect([q, where(notesOf(row15("Jumlah usaha mikro yang naik kelas", "120\tUnit Usaha", q)))]).toEqual([q, []]);
      }
      expect(where(notesOf(row15("Persentase kompetensi SDM", "6,59\tPersen", "1,6\t3,2\t4,9\t6,59")))).toEqual([]);
      expect(where(notesOf(row15("Persentase desa", "100\tPersen", "10\t20\t30\t100")))).toEqual([]); // progress, not units
    });
  });

  describe("quarterly parts of a percentage", () => {
    it("warns about parts of a percentage of a state that rise and fall (10 / 30 / 40 / 15 of 95%)", () => {
      const found = notesOf(row15("Persentase cakupan pemenuhan administrasi", "95\tPersen", "10\t30\t40\t15"));
      expect(where(found)).toEqual(["percent.partsRiseFall@G15:J15"]);
      expect(found[0].message.en).toContain("the percentage target \"95 Persen\" is split into quarterly parts that rise and then fall");
    });

    it("is silent on back-loaded parts (10 / 20 / 30 / 40 of 100%) and on counts that rise and fall", () => {
      expect(where(notesOf(row15("Persentase dokumen", "100\tPersen", "10\t20\t30\t40")))).toEqual([]);
      expect(where(notesOf(row15("Jumlah usaha mikro yang naik kelas", "120\tUnit Usaha", "20\t30\t40\t30")))).toEqual([]);
    });
  });

  describe("unit words in quarter cells", () => {
    it("reads the numbers and warns once for the row", () => {
      const found = notesOf(row15("Jumlah dokumen perencanaan", "7\tDokumen", "1 dokumen\t3 dokumen\t2 dokumen\t1 dokumen"));
      expect(where(found)).toEqual(["percent.unitWord@G15:J15"]);
      expect(found[0].message.en).toContain("read as 1 / 3 / 2 / 1");
    });

    it("reads amounts in Rupiah (\"Rp 250.000.000\") as their numbers, the currency as a unit word", () => {
      const found = notesOf(row15("Realisasi anggaran pelayanan", "Rp 1.250.000.000\tRupiah", "Rp 250.000.000\tRp. 500.000.000,-\tRp 900.000.000\tRp 1.250.000.000"));
      expect(where(found)).toEqual(["percent.unitWord@G15:J15"]);
    });

    it("tells unit words only as style (info) in a table with no Satuan column, whose targets write their unit in their cell", () => {
      const source = [
        "#sheet RA",
        "RENCANA AKSI TAHUN 2026",
        "No\tSasaran\tIndikator Kinerja\tTarget\tRencana Aksi\tTW I\tTW II\tTW III\tTW IV",
        "1\tMeningkatnya akuntabilitas keuangan\tLaporan keuangan BLUD\t1 Laporan\tPenyusunan laporan\t-\t-\t-\t1 Laporan",
        "2\t\tPembayaran jasa pelayanan tepat waktu\t12 Bulan\tVerifikasi jasa pelayanan\t3 bln\t6 bln\t9 bln\t12 bln",
      ].join("\n");
      const found = notesOf(source);
      expect(found.map((f) => [f.rule, f.severity])).toEqual([["percent.unitWord", "info"], ["percent.unitWord", "info"]]);
    });

    it("reads a scale word before the number silently (Level 3 every quarter)", () => {
      expect(where(notesOf(row15("Level maturitas SPIP", "3\tLevel", "Level 3\tLevel 3\tLevel 3\tLevel 3")))).toEqual([]);
    });
  });
});
