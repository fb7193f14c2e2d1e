/**
 * Default metadata from the plan (year, office, region) and the seed decree's own texts
 * (Dinas Koperasi dan Usaha Mikro Kabupaten Nganjuk, 2022), with office and year
 * substituted, the issuer being the office's head ("KEPUTUSAN KEPALA DINAS ...") and the
 * legal basis the regulations in force in the plan's year (regulations.ts). The texts are decree content, always Indonesian: they are data,
 * not interface messages, and every one of them stays editable.
 */
import { todayIso } from "./dates";
import { emptyMeta, type DecreeMeta } from "./meta";
import { citation, evaluationRegulation, nationalBasis, regionalBasis, regulationName } from "./regulations";
import { titleCase } from "./titleCase";

export interface DefaultMetaOptions {
  year: number | null;
  /** The office as the plan's title writes it, e.g. "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK". */
  office: string;
  /** "Kabupaten Nganjuk", "Kota Malang" or just "Nganjuk" (a Kabupaten); else taken from the office's name. */
  regency?: string;
}

interface Region {
  kind: string; // "KABUPATEN" | "KOTA" | "PROVINSI"
  name: string; // "NGANJUK"
}

const REGION_RE = /\b(KABUPATEN|KOTA|PROVINSI)\s+([A-Z][A-Z .'-]*)$/;

function upper(s: string): string {
  return s.replace(/\s+/g, " ").trim().toUpperCase();
}

function regionOf(officeUpper: string, regency: string | undefined): Region | null {
  if (regency && regency.trim()) {
    const r = upper(regency);
    const m = /^(KABUPATEN|KOTA|PROVINSI)\s+(.+)$/.exec(r);
    if (m) return { kind: m[1], name: m[2] };
    return { kind: REGION_RE.exec(officeUpper)?.[1] ?? "KABUPATEN", name: r };
  }
  const m = REGION_RE.exec(officeUpper);
  return m ? { kind: m[1], name: m[2].trim() } : null;
}

/** "a; b; c." : every item ends with ";" and the last with ".". */
export function punctuateList(items: readonly string[]): string[] {
  return items.map((s, i) => s.trim().replace(/[;.,]+$/, "") + (i === items.length - 1 ? "." : ";"));
}

/** The region of an office name or a "regency" option ("Kabupaten Nganjuk"), upper case. */
export function regionName(office: string, regency?: string): string {
  const region = regionOf(upper(office), regency);
  return region ? `${region.kind} ${region.name}` : "";
}

/** Offices headed by another title than "Kepala": the pattern and the head's title. */
const HEADS: readonly [RegExp, string][] = [
  [/^KECAMATAN\s+(.+)$/, "CAMAT $1"],
  [/^KELURAHAN\s+(.+)$/, "LURAH $1"],
  [/^INSPEKTORAT\b\s*(.*)$/, "INSPEKTUR $1"],
  [/^SEKRETARIAT\s+(DAERAH|DPRD|DEWAN PERWAKILAN RAKYAT DAERAH)\b\s*(.*)$/, "SEKRETARIS $1 $2"],
  [/^(RSUD|RUMAH SAKIT)\b.*$/, "DIREKTUR $&"],
];

/**
 * The official heading an office, who signs and issues its decrees: "DINAS X" -> "KEPALA DINAS X",
 * "KECAMATAN BERBEK" -> "CAMAT BERBEK", "INSPEKTORAT" -> "INSPEKTUR", "SEKRETARIAT DPRD" -> "SEKRETARIS DPRD".
 */
export function officialOf(instansi: string): string {
  const office = upper(instansi);
  if (!office) return "";
  for (const [re, title] of HEADS) if (re.test(office)) return office.replace(re, title).replace(/\s+/g, " ").trim();
  return `KEPALA ${office}`;
}

/** How each evaluation regulation is invoked in Menimbang b (the provision, when the seed names one). */
const EVALUATION_CLAUSE: Record<string, string> = {
  "permenpanrb-12-2015": "berdasarkan ketentuan Lampiran I Bab III Huruf B angka 1.h.",
};

function currentYear(): number {
  return Number(todayIso().slice(0, 4));
}

export function defaultMeta(opts: DefaultMetaOptions): DecreeMeta {
  const officeIn = upper(opts.office ?? "");
  const region = regionOf(officeIn, opts.regency);
  const regionUpper = region ? `${region.kind} ${region.name}` : "";
  const hasRegionSuffix = region !== null && officeIn.endsWith(regionUpper);
  const instansi = hasRegionSuffix ? officeIn.slice(0, -regionUpper.length).trim() : officeIn;
  const office = [instansi, regionUpper].filter(Boolean).join(" ");
  const officeName = office ? titleCase(office) : "Perangkat Daerah";
  const known = opts.year !== null && Number.isFinite(opts.year);
  const yearUpper = known ? ` TAHUN ${opts.year}` : "";
  const yearName = yearUpper ? ` Tahun ${opts.year}` : "";
  const government = region ? ` Pemerintah ${titleCase(regionUpper)}` : "";
  const plan = `Rencana Aksi Pencapaian Kinerja ${officeName}${yearName}`;
  // The regulations of the plan's year (without a year: this year's).
  const year = known ? (opts.year as number) : currentYear();
  const official = officialOf(instansi);
  const penetap = [official, regionUpper].filter(Boolean).join(" ");
  const evaluation = evaluationRegulation(year);

  const meta = emptyMeta();
  meta.pemerintah = region ? `PEMERINTAH ${regionUpper}` : "";
  meta.instansi = instansi;
  meta.penetap = official ? penetap : "";
  meta.tentang = `RENCANA AKSI PENCAPAIAN KINERJA ${office}${yearUpper}`.replace(/\s+/g, " ").trim();
  meta.tempat = region ? titleCase(region.name) : "";
  meta.menimbang = punctuateList([
    "bahwa untuk memberikan panduan dalam upaya penguatan akuntabilitas kinerja secara terpadu dan terarah " +
      `di lingkungan ${officeName}${government}, perlu disusun rencana aksi pencapaian kinerja`,
    `bahwa ${EVALUATION_CLAUSE[evaluation.id] ?? "dalam rangka melaksanakan"} ` +
      `${regulationName(evaluation)} tentang ${evaluation.title}, ` +
      "perlu disusun rencana aksi terhadap hasil evaluasi akuntabilitas kinerja yang belum ditindaklanjuti",
    "bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a dan b, " +
      `perlu disusun ${plan} yang ditetapkan dengan Keputusan ${official ? titleCase(penetap) : officeName}`,
  ]);
  // Regional regulations only for the region they belong to (never renamed for another one),
  // and only while in force: an RPJMD whose period has ended is left for the user (checkMeta says so).
  const basis = [...nationalBasis(year), ...(region ? regionalBasis(regionUpper, year) : [])];
  meta.mengingat = punctuateList(basis.map((r) => citation(r, year)));
  meta.diktum = [
    `Menetapkan ${plan} sebagaimana tercantum dalam Lampiran Keputusan ini.`,
    `${plan} sebagaimana dimaksud pada Diktum KESATU, memuat aksi atau kegiatan, jadwal pelaksanaan, ` +
      "dan output atau keluaran.",
    "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
  ];
  meta.penandatangan.jabatan = official;
  return meta;
}
