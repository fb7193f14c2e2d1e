/** Workbooks and bad files the end-to-end tests open through the page's file input. */
import * as ExcelJS from "exceljs";

export interface FileFixture {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function xlsxFile(name: string, book: ExcelJS.Workbook): Promise<FileFixture> {
  return { name, mimeType: XLSX, buffer: Buffer.from(await book.xlsx.writeBuffer()) };
}

const QUARTERS = ["TW I", "TW II", "TW III", "TW IV"];

/** Title, then a two-row header at row 3: Kegiatan/Sub Kegiatan, Indikator, Target, Target Kinerja I-IV, Target Pelaksanaan I-IV. */
function planSheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = book.addWorksheet(name);
  ws.getCell("A1").value = "RENCANA AKSI TAHUN 2025 KECAMATAN SUKAMAJU";
  ws.getRow(3).values = ["Kegiatan/Sub Kegiatan", "Indikator", "Target", "Target Kinerja", null, null, null, "Target Pelaksanaan"];
  ws.getRow(4).values = [null, null, null, ...QUARTERS, ...QUARTERS];
  for (const m of ["A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:K3"]) ws.mergeCells(m);
  ws.getColumn(1).width = 44;
  ws.getColumn(2).width = 36;
  ws.getColumn(3).width = 12;
  return ws;
}

/** Percent cells (25% is 0.25 shown with a 0% format), cumulative, as the first row of each table has them. */
function quarterCells(ws: ExcelJS.Worksheet, row: number, values: (number | null)[]): void {
  values.forEach((v, i) => {
    const cell = ws.getCell(row, 4 + i);
    cell.numFmt = "0%";
    if (v !== null) cell.value = v;
  });
}

export interface BlankQuarterRows {
  /** 1-based rows whose eight quarter cells (D:K) are blank. */
  blankRows: number[];
}

/**
 * A small plan: the first indicator row has cumulative percent targets
 * (25/50/75/100 %), the other indicator rows have every quarter cell blank.
 */
export function blankQuartersPlan(): { book: ExcelJS.Workbook } & BlankQuarterRows {
  const book = new ExcelJS.Workbook();
  const ws = planSheet(book, "Rencana Aksi");
  const rows: (string | null)[][] = [
    ["A. Penyelenggaraan Pelayanan Umum Kecamatan", null, null],
    ["1) Pelayanan Administrasi Kependudukan", "Jumlah bulan layanan", "12 Bulan"],
    ["2) Penyusunan Laporan Kinerja Kecamatan", "Jumlah laporan kinerja", "4 Laporan"],
    ["3) Pembinaan Lembaga Kemasyarakatan Desa", "Jumlah lembaga yang dibina", "10 Lembaga"],
    ["4) Pengadaan Sarana Kantor", "Jumlah paket sarana kantor", "1 Paket"],
  ];
  rows.forEach((r, i) => {
    ws.getRow(5 + i).values = r;
  });
  quarterCells(ws, 6, [0.25, 0.5, 0.75, 1, 0.25, 0.5, 0.75, 1]);
  for (const row of [7, 8, 9]) quarterCells(ws, row, new Array(8).fill(null));
  return { book, blankRows: [7, 8, 9] };
}

/**
 * A plan of `rows` data rows: kegiatan blocks of 24 sub kegiatan, each with its
 * indicator and cumulative percent quarters. With `garbledNear`, the first
 * sub kegiatan row at or after that data row gets an unreadable TW I cell
 * ("2 5%"); its address is returned.
 */
export function largePlan(rows: number, garbledNear?: number): { book: ExcelJS.Workbook; garbled?: string } {
  const book = new ExcelJS.Workbook();
  const ws = planSheet(book, "Rencana Besar");
  let garbled: string | undefined;
  let r = 5;
  let block = 0;
  while (r - 5 < rows) {
    const letter = String.fromCharCode(65 + (block % 26));
    ws.getRow(r++).values = [`${letter}. Kegiatan Pelayanan Nomor ${block + 1}`];
    for (let i = 1; i <= 24 && r - 5 < rows; i++, r++) {
      ws.getRow(r).values = [`${i}) Sub Kegiatan ${block + 1}.${i}`, `Jumlah layanan ${block + 1}.${i}`, "12 Bulan"];
      quarterCells(ws, r, [0.25, 0.5, 0.75, 1, 0.25, 0.5, 0.75, 1]);
      if (garbledNear !== undefined && garbled === undefined && r - 5 >= garbledNear) {
        ws.getCell(r, 4).value = "2 5%";
        garbled = `D${r}`;
      }
    }
    block++;
  }
  return { book, garbled };
}

/** A compound file header followed by one directory entry with the given stream name (.xls or encrypted .xlsx). */
function compoundFile(stream: string): Buffer {
  const bytes = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  const name = Buffer.from(stream, "utf16le");
  name.copy(bytes, 512);
  bytes.writeUInt16LE(name.length + 2, 512 + 64);
  return bytes;
}

/** Files that are not usable workbooks, each with the Indonesian and English start of the message it must give. */
export async function badFiles(): Promise<{ file: FileFixture; id: string; en: string }[]> {
  const good = await xlsxFile("ok.xlsx", blankQuartersPlan().book);
  const csv = Buffer.from("Kegiatan;Indikator;Target\n1) Rapat;Jumlah rapat;4 Kali\n", "utf8");
  return [
    { file: { name: "rencana.csv", mimeType: "text/csv", buffer: csv }, id: "berisi teks/CSV", en: "holds text/CSV" },
    { file: { name: "rencana-lama.xls", mimeType: "application/vnd.ms-excel", buffer: compoundFile("Workbook") }, id: "format Excel lama", en: "old Excel format" },
    { file: { name: "rusak.xlsx", mimeType: XLSX, buffer: good.buffer.subarray(0, Math.floor(good.buffer.length / 2)) }, id: "rusak atau terpotong", en: "damaged or truncated" },
    { file: { name: "berkata-sandi.xlsx", mimeType: XLSX, buffer: compoundFile("EncryptionInfo") }, id: "dilindungi kata sandi", en: "password-protected" },
  ];
}
