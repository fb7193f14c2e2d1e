/**
 * Default metadata from the plan (year, office) and the seed decree's own texts
 * (Dinas Koperasi dan Usaha Mikro Kabupaten Nganjuk, 2022), with office and year
 * substituted. The texts are decree content, always Indonesian: they are data,
 * not interface messages, and every one of them stays editable.
 */
import { emptyMeta, type DecreeMeta } from "./meta";
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

const PANRB = "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi";
const SAKIP = "Sistem Akuntabilitas Kinerja Instansi Pemerintah";

/** Mengingat 1-6: national law, valid for every regional office. */
const NATIONAL_BASIS = [
  "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional",
  "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah beberapa kali, " +
    "terakhir dengan Undang-Undang Nomor 9 Tahun 2015",
  "Peraturan Pemerintah Nomor 8 Tahun 2006 tentang Pelaporan Keuangan dan Kinerja Instansi Pemerintah",
  `Peraturan Presiden Nomor 29 Tahun 2014 tentang ${SAKIP}`,
  `${PANRB} Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja ` +
    "dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah",
  `${PANRB} Nomor 12 Tahun 2015 tentang Pedoman Evaluasi Atas Implementasi ${SAKIP}`,
];

/**
 * Mengingat 7-8 are Kabupaten Nganjuk's own regulations. They are offered only
 * for Nganjuk: substituting another region's name would invent legal references.
 */
const NGANJUK_BASIS = [
  "Peraturan Daerah Kabupaten Nganjuk Nomor 2 Tahun 2019 tentang Rencana Pembangunan Jangka Menengah " +
    "Daerah Kabupaten Nganjuk Tahun 2018-2023",
  `Peraturan Bupati Nganjuk Nomor 15 Tahun 2016 tentang Petunjuk Pelaksanaan Evaluasi ${SAKIP} ` +
    "Satuan Kerja Perangkat Daerah di Lingkungan Pemerintah Kabupaten Nganjuk",
];

function signerPosition(instansi: string): string {
  if (!instansi) return "";
  const kec = /^KECAMATAN\s+(.+)$/.exec(instansi);
  return kec ? `CAMAT ${kec[1]}` : `KEPALA ${instansi}`;
}

export function defaultMeta(opts: DefaultMetaOptions): DecreeMeta {
  const officeIn = upper(opts.office ?? "");
  const region = regionOf(officeIn, opts.regency);
  const regionUpper = region ? `${region.kind} ${region.name}` : "";
  const hasRegionSuffix = region !== null && officeIn.endsWith(regionUpper);
  const instansi = hasRegionSuffix ? officeIn.slice(0, -regionUpper.length).trim() : officeIn;
  const office = [instansi, regionUpper].filter(Boolean).join(" ");
  const officeName = office ? titleCase(office) : "Perangkat Daerah";
  const yearUpper = opts.year !== null && Number.isFinite(opts.year) ? ` TAHUN ${opts.year}` : "";
  const yearName = yearUpper ? ` Tahun ${opts.year}` : "";
  const government = region ? ` Pemerintah ${titleCase(regionUpper)}` : "";
  const plan = `Rencana Aksi Pencapaian Kinerja ${officeName}${yearName}`;

  const meta = emptyMeta();
  meta.pemerintah = region ? `PEMERINTAH ${regionUpper}` : "";
  meta.instansi = instansi;
  meta.penetap = office;
  meta.tentang = `RENCANA AKSI PENCAPAIAN KINERJA ${office}${yearUpper}`.replace(/\s+/g, " ").trim();
  meta.tempat = region ? titleCase(region.name) : "";
  meta.menimbang = punctuateList([
    "bahwa untuk memberikan panduan dalam upaya penguatan akuntabilitas kinerja secara terpadu dan terarah " +
      `di lingkungan ${officeName}${government}, perlu disusun rencana aksi pencapaian kinerja`,
    "bahwa berdasarkan ketentuan Lampiran I Bab III Huruf B angka 1.h. " +
      `${PANRB} Nomor 12 Tahun 2015 tentang Pedoman Evaluasi Atas Implementasi ${SAKIP}, ` +
      "perlu disusun rencana aksi terhadap hasil evaluasi akuntabilitas kinerja yang belum ditindaklanjuti",
    "bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a dan b, " +
      `perlu disusun ${plan} yang ditetapkan dengan Keputusan ${officeName}`,
  ]);
  const nganjuk = region?.kind === "KABUPATEN" && region.name === "NGANJUK";
  meta.mengingat = punctuateList(nganjuk ? [...NATIONAL_BASIS, ...NGANJUK_BASIS] : NATIONAL_BASIS);
  meta.diktum = [
    `Menetapkan ${plan} sebagaimana tercantum dalam Lampiran Keputusan ini.`,
    `${plan} sebagaimana dimaksud pada Diktum KESATU, memuat aksi atau kegiatan, jadwal pelaksanaan, ` +
      "dan output atau keluaran.",
    "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
  ];
  meta.penandatangan.jabatan = signerPosition(instansi);
  return meta;
}
