/**
 * The legal basis (Mengingat) of a Rencana Aksi decree, kept as data with each
 * regulation's validity, so the defaults of a year cite only what is in force that
 * year and the checks can tell a citation that was replaced since.
 *
 * Years are plan years: `from` is the first year whose decree (signed in January of
 * that year, as these decrees are) can cite the regulation; `replacedIn` the first year
 * it can no longer. Sources: the texts themselves (Berita Negara 2021 No. 1569 for
 * PermenPANRB 88/2021, which revokes 12/2015); the amendments of UU 23/2014 as
 * regional regulations cite them. Known up to 2026: a regulation issued later than
 * that is not here, and a decree of a later year should be read by a person.
 */

export type RegulationKind = "uu" | "pp" | "perpres" | "permenpanrb" | "perda" | "perbup";

/** How each kind is written in full, and the spellings a person may use instead. */
export const KIND_NAMES: Record<RegulationKind, { full: string; pattern: string }> = {
  uu: { full: "Undang-Undang", pattern: "Undang[- ]Undang|UU" },
  pp: { full: "Peraturan Pemerintah", pattern: "Peraturan Pemerintah|PP" },
  perpres: { full: "Peraturan Presiden", pattern: "Peraturan Presiden|Perpres" },
  permenpanrb: {
    full: "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    pattern:
      "Peraturan Menteri Pendayagunaan Aparatur Negara(?: dan Reformasi Birokrasi)?|Peraturan Menteri PAN ?-? ?RB|Permen ?PAN ?-? ?RB",
  },
  perda: { full: "Peraturan Daerah", pattern: "Peraturan Daerah|Perda" },
  perbup: { full: "Peraturan Bupati", pattern: "Peraturan Bupati|Perbup" },
};

export interface Amendment {
  number: number;
  year: number;
  /** "tentang ..." of the amending law, when the citation names it. */
  title?: string;
  from: number;
}

export interface Regulation {
  id: string;
  kind: RegulationKind;
  number: number;
  year: number;
  /** What follows "tentang". */
  title: string;
  /** The issuer after the kind, for regional regulations: "Kabupaten Nganjuk" (Perda), "Nganjuk" (Perbup). */
  issuer?: string;
  from: number;
  replacedIn?: number;
  replacedBy?: string;
  /** Amendments, oldest first: the citation names the last one in force. */
  amendments?: readonly Amendment[];
  /** A regional development plan (RPJMD/RPD): the years it covers. */
  period?: readonly [number, number];
  /** A regional rule carrying out a national one: it is offered only while that one is in force. */
  implements?: string;
  /** Regional: the region it belongs to, "KABUPATEN NGANJUK". */
  region?: string;
}

const SAKIP = "Sistem Akuntabilitas Kinerja Instansi Pemerintah";

export const REGULATIONS: readonly Regulation[] = [
  { id: "uu-25-2004", kind: "uu", number: 25, year: 2004, title: "Sistem Perencanaan Pembangunan Nasional", from: 2005 },
  {
    id: "uu-23-2014", kind: "uu", number: 23, year: 2014, title: "Pemerintahan Daerah", from: 2015,
    amendments: [
      { number: 2, year: 2015, from: 2015 },
      { number: 9, year: 2015, from: 2015 },
      { number: 11, year: 2020, title: "Cipta Kerja", from: 2021 },
      { number: 1, year: 2022, title: "Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah", from: 2022 },
      {
        number: 6, year: 2023, from: 2023,
        title: "Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang",
      },
    ],
  },
  { id: "pp-8-2006", kind: "pp", number: 8, year: 2006, title: "Pelaporan Keuangan dan Kinerja Instansi Pemerintah", from: 2006 },
  { id: "perpres-29-2014", kind: "perpres", number: 29, year: 2014, title: SAKIP, from: 2014 },
  {
    id: "permenpanrb-53-2014", kind: "permenpanrb", number: 53, year: 2014, from: 2015,
    title: "Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah",
  },
  {
    id: "permenpanrb-12-2015", kind: "permenpanrb", number: 12, year: 2015, from: 2015,
    title: `Pedoman Evaluasi Atas Implementasi ${SAKIP}`, replacedIn: 2022, replacedBy: "permenpanrb-88-2021",
  },
  {
    id: "permenpanrb-88-2021", kind: "permenpanrb", number: 88, year: 2021, from: 2022,
    title: "Evaluasi Akuntabilitas Kinerja Instansi Pemerintah",
  },
  // Kabupaten Nganjuk (the seed's own citations): offered for Nganjuk only, never renamed for another region.
  {
    id: "perda-nganjuk-2-2019", kind: "perda", number: 2, year: 2019, issuer: "Kabupaten Nganjuk", region: "KABUPATEN NGANJUK",
    title: "Rencana Pembangunan Jangka Menengah Daerah Kabupaten Nganjuk Tahun 2018-2023", from: 2019, period: [2018, 2023],
  },
  {
    id: "perbup-nganjuk-15-2016", kind: "perbup", number: 15, year: 2016, issuer: "Nganjuk", region: "KABUPATEN NGANJUK",
    title: `Petunjuk Pelaksanaan Evaluasi ${SAKIP} Satuan Kerja Perangkat Daerah di Lingkungan Pemerintah Kabupaten Nganjuk`,
    from: 2016, implements: "permenpanrb-12-2015",
  },
];

export function regulationById(id: string): Regulation | undefined {
  return REGULATIONS.find((r) => r.id === id);
}

/** In force for a plan of `year` (a regional plan: its period covers the year; an implementing rule: its parent is). */
export function inForce(reg: Regulation, year: number): boolean {
  if (reg.period) return reg.period[0] <= year && year <= reg.period[1];
  if (reg.implements) {
    const parent = regulationById(reg.implements);
    if (parent && !inForce(parent, year)) return false;
  }
  return reg.from <= year && (reg.replacedIn === undefined || year < reg.replacedIn);
}

/** The last amendment in force for `year`, if any. */
export function lastAmendment(reg: Regulation, year: number): Amendment | undefined {
  return [...(reg.amendments ?? [])].reverse().find((a) => a.from <= year);
}

/** "Peraturan Menteri ... Nomor 12 Tahun 2015" (kind, issuer, number, year). */
export function regulationName(reg: Regulation): string {
  const issuer = reg.issuer ? ` ${reg.issuer}` : "";
  return `${KIND_NAMES[reg.kind].full}${issuer} Nomor ${reg.number} Tahun ${reg.year}`;
}

/** The citation for a decree of `year`, with "sebagaimana telah diubah ..." when amended by then. */
export function citation(reg: Regulation, year: number): string {
  const base = `${regulationName(reg)} tentang ${reg.title}`;
  const last = lastAmendment(reg, year);
  if (!last) return base;
  const many = (reg.amendments ?? []).filter((a) => a.from <= year).length > 1;
  const amended = `${KIND_NAMES[reg.kind].full} Nomor ${last.number} Tahun ${last.year}`;
  const title = last.title ? ` tentang ${last.title}` : "";
  return `${base} sebagaimana telah diubah ${many ? "beberapa kali, terakhir " : ""}dengan ${amended}${title}`;
}

/** A pattern finding a citation of `reg` in free text ("PermenPAN-RB No. 12 Tahun 2015" too). */
export function citationPattern(reg: Pick<Regulation, "kind" | "number" | "year" | "issuer">): RegExp {
  // A regional regulation names its region ("Peraturan Bupati Nganjuk"): another region's number 15 is another rule.
  const issuer = reg.issuer ? `\\s+${reg.issuer.replace(/\s+/g, "\\s+")}\\s+` : "\\b[^;]{0,60}?\\b";
  return new RegExp(
    `(?:${KIND_NAMES[reg.kind].pattern})${issuer}(?:Nomor|No\\.?)\\s*${reg.number}\\s+Tahun\\s+${reg.year}\\b`,
    "i",
  );
}

/** The national basis cited by every regional office, for `year`, in the order decrees cite them. */
export function nationalBasis(year: number): Regulation[] {
  return REGULATIONS.filter((r) => r.region === undefined && inForce(r, year));
}

/** The regional regulations known for a region ("KABUPATEN NGANJUK"), those in force for `year`. */
export function regionalBasis(region: string, year: number): Regulation[] {
  return REGULATIONS.filter((r) => r.region === region && inForce(r, year));
}

/** The regulation on SAKIP evaluation in force for `year` (12/2015 up to 2021, 88/2021 since 2022). */
export function evaluationRegulation(year: number): Regulation {
  const evaluation = ["permenpanrb-88-2021", "permenpanrb-12-2015"].map((id) => regulationById(id)!);
  return evaluation.find((r) => inForce(r, year)) ?? evaluation[evaluation.length - 1];
}
