/**
 * Bad input files for the CLI tests (test/cli/badInput.test.ts and test/reliability): each built
 * here from our own small plan, written into a folder, with the catalog key of
 * the message the user must see.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import type { FileMessageKey } from "../../../src/xlsx/messages";
import { bytesOf } from "../../support/xlsx";
import { compoundFile } from "../../xlsx/bytes";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../../scripts/sheet-source.js") as { workbookFromSource(text: string): ExcelJS.Workbook };

/** A small clean plan: header in rows 4-5, data in rows 6-10, Target Kinerja I-IV in F-I. */
export const PLAN = [
  "#sheet Lampiran",
  "RENCANA AKSI TAHUN 2024",
  "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN CONTOH",
  "",
  "Sasaran\tProgram\tKegiatan/Sub Kegiatan\tIndikator\tTarget\tTarget Kinerja\t\t\t\tKet",
  "\t\t\t\t\tI\tII\tIII\tIV",
  "#merge A4:A5 B4:B5 C4:C5 D4:D5 E4:E5 F4:I4 J4:J5",
  "Sasaran 1 Meningkatnya kualitas layanan perangkat daerah\t1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tA. Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\tJumlah dokumen perencanaan yang tersusun\t4 Dokumen\t25%\t50%\t75%\t100%",
  "\t\t1) Penyusunan Dokumen Perencanaan Perangkat Daerah\tJumlah dokumen Renstra dan Renja\t2 Dokumen\t0%\t50%\t100%\t100%",
  "\t\t2) Evaluasi Kinerja Perangkat Daerah\tJumlah laporan evaluasi kinerja\t4 Laporan\t25%\t50%\t75%\t100%",
  "\t\tB. Administrasi Keuangan Perangkat Daerah\tJumlah bulan layanan administrasi keuangan\t12 Bulan\t25%\t50%\t75%\t100%",
  "\t\t1) Penyediaan Gaji dan Tunjangan ASN\tJumlah ASN yang dibayarkan gaji dan tunjangan\t40 Orang\t25%\t50%\t75%\t100%",
  "#merge A6:A10 B6:B10",
].join("\n");

export function planBook(): ExcelJS.Workbook {
  return workbookFromSource(PLAN);
}

export async function planBytes(edit?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = planBook();
  edit?.(wb.getWorksheet("Lampiran") as ExcelJS.Worksheet, wb);
  return bytesOf(wb);
}

export interface UnusableFile {
  /** What the user tried. */
  what: string;
  name: string;
  bytes: () => Promise<Uint8Array>;
  key: FileMessageKey;
}

const text = (s: string) => new TextEncoder().encode(s);

async function bookWith(setup: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  setup(wb);
  return bytesOf(wb);
}

/** Files the CLI cannot use at all: exit 2 with one message. */
export const UNUSABLE: UnusableFile[] = [
  { what: "an empty file (0 bytes) named .xlsx", name: "kosong.xlsx", bytes: async () => new Uint8Array(0), key: "file.empty" },
  { what: "a workbook without any sheet", name: "tanpa-lembar.xlsx", bytes: () => bookWith(() => undefined), key: "layout.noTableInWorkbook" },
  { what: "a workbook with one empty sheet", name: "lembar-kosong.xlsx", bytes: () => bookWith((wb) => void wb.addWorksheet("Sheet1")), key: "layout.noTableInWorkbook" },
  {
    what: "a workbook with no plan table (notes only)", name: "catatan.xlsx",
    bytes: () => bookWith((wb) => {
      const ws = wb.addWorksheet("Catatan");
      ws.getCell("A1").value = "Catatan rapat penyusunan rencana aksi";
      ws.getCell("A2").value = "Target: selesai bulan Januari";
    }),
    key: "layout.noTableInWorkbook",
  },
  { what: "a truncated .xlsx (first half of the bytes)", name: "terpotong.xlsx", bytes: async () => { const b = await planBytes(); return b.slice(0, b.length >> 1); }, key: "file.corrupt" },
  { what: "a damaged .xlsx (bytes overwritten inside)", name: "rusak.xlsx", bytes: async () => { const b = (await planBytes()).slice(); b.fill(0x41, 300, 900); return b; }, key: "file.corrupt" },
  { what: "a CSV file named .xlsx", name: "data-csv.xlsx", bytes: async () => text("Sasaran;Indikator;Target\nSasaran 1;Nilai SAKIP;70 Nilai\n"), key: "file.csv" },
  { what: "a text file named .xlsx", name: "catatan-teks.xlsx", bytes: async () => text("Rencana aksi tahun 2024\nDinas Koperasi\n"), key: "file.notXlsx" },
  {
    what: "an old .xls (compound file) named .xlsx", name: "lama.xlsx",
    bytes: async () => compoundFile([{ name: "Root Entry", type: 5 }, { name: "Workbook", type: 2 }, { name: "\u0005SummaryInformation", type: 2 }]),
    key: "file.xls",
  },
  {
    what: "a password-protected .xlsx (compound file with EncryptionInfo)", name: "berkata-sandi.xlsx",
    bytes: async () => compoundFile([{ name: "Root Entry", type: 5 }, { name: "\u0006DataSpaces", type: 1 }, { name: "EncryptionInfo", type: 2 }, { name: "EncryptedPackage", type: 2 }]),
    key: "file.encrypted",
  },
];

export async function writeFiles(dir: string, files: readonly UnusableFile[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of files) {
    const file = path.join(dir, f.name);
    fs.writeFileSync(file, await f.bytes());
    out.set(f.name, file);
  }
  return out;
}
