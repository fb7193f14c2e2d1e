import { LIST_VERSIONS, governingVersion, loadList } from "../../../src/core/nomenclature/versions";
import { Matcher } from "../../../src/core/nomenclature/match";
import type { NomenclatureList } from "../../../src/core/nomenclature/list";
import { nameKey } from "../../../src/core/rules/nameKey";
// The seeded generator of the benchmarks (mulberry32): the same slips on every run.
import { seededRandom as random } from "../../../bench/synthetic";


type Slip = (name: string, r: () => number) => string;

const pick = (n: number, r: () => number): number => Math.floor(r() * n);

/** The typing errors of the issue: a word split, a letter missing, case changed, extra spaces, words swapped, a word missing. */
const SLIPS: Record<string, Slip> = {
  split: (s, r) => {
    const words = s.split(" ");
    const w = pick(words.length, r);
    if (words[w].length < 4) return s.replace(" ", "  ");
    const at = 2 + pick(words[w].length - 3, r);
    words[w] = `${words[w].slice(0, at)} ${words[w].slice(at)}`;
    return words.join(" ");
  },
  missingLetter: (s, r) => {
    const letters = [...s.matchAll(/[A-Za-z]/g)].map((m) => m.index ?? 0);
    const at = letters[pick(letters.length, r)];
    return s.slice(0, at) + s.slice(at + 1);
  },
  case: (s, r) => (r() < 0.5 ? s.toUpperCase() : s.toLowerCase()),
  spaces: (s) => `  ${s.replace(/ /g, "   ")} `,
  swapped: (s, r) => {
    const words = s.split(" ");
    if (words.length < 3) return s;
    const i = pick(words.length - 1, r);
    [words[i], words[i + 1]] = [words[i + 1], words[i]];
    return words.join(" ");
  },
};

/** Slips that change more of a name: found less often (the bar is lower). */
const WORD_SLIPS: Record<string, Slip> = {
  twoSlips: (s, r) => SLIPS.missingLetter(SLIPS.split(s, r), r),
  missingWord: (s, r) => {
    const words = s.split(" ");
    if (words.length < 5) return s;
    words.splice(1 + pick(words.length - 1, r), 1);
    return words.join(" ");
  },
};

/** Names no list has: made of plan words, close to none. */
const MADE_UP = [
  "Pengembangan Sistem Informasi Perikanan Tangkap Modern",
  "Festival Budaya Kuliner Nusantara",
  "Penyediaan Armada Bus Sekolah Gratis",
  "Program Penguatan Ketahanan Pangan Keluarga Nelayan",
  "Pembangunan Menara Pandang Wisata Alam",
  "Pelatihan Barista dan Wirausaha Kopi",
  "Lomba Desa Bersih dan Hijau",
  "Pengadaan Drone Pemetaan Lahan",
  "Operasional Rumah Singgah Pasien",
  "Kampanye Gerakan Gemar Membaca Buku Anak",
];

describe("the official list", () => {
  let list: NomenclatureList;
  let matcher: Matcher;
  beforeAll(async () => {
    const version = governingVersion(2024);
    if (!version) throw new Error("no version governs 2024");
    list = await loadList(version);
    matcher = new Matcher(list);
  });

  it("has the versions' years: 1317/2023 governs 2024 onwards, nothing governs 2022 or 2023", () => {
    expect(LIST_VERSIONS.map((v) => [v.decree, v.from, v.to])).toEqual([["Kepmendagri 900.1.15.5-1317/2023", 2024, null]]);
    expect(governingVersion(2022)).toBeNull();
    expect(governingVersion(2023)).toBeNull();
    expect(governingVersion(2030)?.from).toBe(2024);
  });

  it("holds the counts its README states: 188 program, 729 kegiatan, 3,395 sub kegiatan", () => {
    expect(list.level("program")).toHaveLength(188);
    expect(list.level("kegiatan")).toHaveLength(729);
    expect(list.level("subKegiatan")).toHaveLength(3395);
    const sub = list.byListCode("X.XX.01.2.05.0001");
    expect(sub?.name).toBe("Peningkatan Sarana dan Prasarana Disiplin Pegawai");
    expect(sub?.parent?.name).toBe("Administrasi Kepegawaian Perangkat Daerah");
    expect(sub?.satuan).toBe("Unit");
  });

  it("finds every entry by its own name and by its code", () => {
    const misses = list.entries.filter((e) => !list.named(e.name, e.level).includes(e) || list.byListCode(e.code) !== e);
    expect(misses).toEqual([]);
  });

  it("reads the list's artefacts and the typing of names loosely", () => {
    expect(list.named("Koordinasi dan Penyusunan Dokumen RKA- SKPD", "subKegiatan")[0]?.code).toBe("X.XX.01.2.01.0002");
    expect(list.named("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "program")[0]?.code).toBe("X.XX.01");
    expect(list.named("Program Penunjang Urusan Pemerintahan Daerah Kabupaten / Kota", "program")[0]?.code).toBe("X.XX.01");
  });

  /** The share of a sample of entries found again after a slip. */
  function foundRate(slip: Slip, seed: number): number {
    const r = random(seed);
    const sample = list.entries.filter((_, i) => i % 19 === 0);
    let right = 0;
    for (const e of sample) {
      const typed = slip(e.name, r);
      const exact = list.named(typed, e.level);
      const near = exact.length ? null : matcher.closest(typed, e.level);
      const found = exact.length ? exact : near?.confident ? near.entries : [];
      if (found.some((f) => f.key === e.key)) right++;
    }
    return right / sample.length;
  }

  it("suggests the right name for typing slips at least 95% of the time, per kind of slip", () => {
    for (const [kind, slip] of Object.entries(SLIPS)) {
      const rate = foundRate(slip, 20);
      expect({ kind, rate: rate >= 0.95 ? "ok" : rate }).toEqual({ kind, rate: "ok" });
    }
  });

  it("finds most names with two slips (a word split and a letter missing) or a word left out", () => {
    expect(foundRate(WORD_SLIPS.twoSlips, 22)).toBeGreaterThanOrEqual(0.9);
    expect(foundRate(WORD_SLIPS.missingWord, 21)).toBeGreaterThanOrEqual(0.85);
  });

  it("catches the issue's slips: \"Pemberday aan\", \"Meningkatn ya\", a missing word, swapped words", () => {
    const sub = list.byListCode("X.XX.01.2.01.0001")!; // Penyusunan Dokumen Perencanaan Perangkat Daerah
    expect(matcher.closest("Penyusunan Perencanaan Perangkat Daerah", "subKegiatan")).toMatchObject({ name: sub.name, confident: true });
    expect(matcher.closest("Penyusunan Dokumen Perangkat Daerah Perencanaan", "subKegiatan")).toMatchObject({ name: sub.name, confident: true });
    const withSplit = list.entries.find((e) => /Pemberdayaan/i.test(e.name) && e.level === "program")!;
    expect(list.named(withSplit.name.replace(/Pemberdayaan/i, "Pemberday aan"), "program")).toContain(withSplit);
    const meningkat = list.entries.find((e) => /Meningkatnya/i.test(e.name));
    if (meningkat) expect(matcher.closest(meningkat.name.replace(/Meningkatnya/i, "Meningkatn ya"), meningkat.level)?.name).toBe(meningkat.name);
    expect(matcher.closest("Penyusunan Dokumen Perencanan Perangkat Daerah", "subKegiatan")).toMatchObject({ name: sub.name, confident: true });
  });

  it("never finds a made-up name with confidence", () => {
    for (const name of MADE_UP) {
      for (const level of ["program", "kegiatan", "subKegiatan"] as const) {
        const m = matcher.closest(name, level);
        expect({ name, level, confident: m?.confident ?? false, near: m?.name }).toMatchObject({ name, level, confident: false });
      }
    }
  });

  it("tries the children of the parent the plan puts a name under first, each parent on its own", () => {
    // A kegiatan listed under two programmes (the same name, two codes): a slip of it under each.
    const kegiatan = list.level("kegiatan");
    const twice = kegiatan.find((k) => kegiatan.some((o) => o !== k && o.key === k.key && o.parent !== k.parent && o.parent && k.parent));
    if (!twice?.parent) throw new Error("the list has no kegiatan under two programmes");
    const other = kegiatan.find((o) => o !== twice && o.key === twice.key && o.parent !== twice.parent)!;
    const typed = twice.name.replace(/a/, "");
    // Each parent's entries one array, as the list gives them, asked twice: a kept answer stays its parent's.
    const under = new Map([twice, other].map((k) => [k, [k.parent as NonNullable<typeof k.parent>]]));
    for (let round = 0; round < 2; round++) {
      for (const k of [twice, other]) expect(matcher.closest(typed, "kegiatan", under.get(k))).toMatchObject({ confident: true, entries: [k] });
    }
    expect(matcher.closest(typed, "kegiatan")?.entries).toEqual(expect.arrayContaining([twice, other]));
  });

  it("finds a programme written without the word Program", () => {
    const p = list.byListCode("X.XX.01")!;
    expect(matcher.closest("Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "program")).toMatchObject({ name: p.name, score: 1 });
    expect(nameKey(p.name)).toBe(p.key);
  });
});
