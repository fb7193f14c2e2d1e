import { loadWorkbook, type LoadFailure } from "../../src/xlsx/load";
import { sniffBytes } from "../../src/xlsx/sniff";
import { bytesOf } from "../support/xlsx";
import { compoundFile, storedZip } from "./bytes";
import { newBook } from "./helpers";

const enc = (s: string) => new TextEncoder().encode(s);

async function validXlsx(): Promise<Uint8Array> {
  const wb = newBook("Rencana Aksi");
  wb.getWorksheet("Rencana Aksi")!.getCell("A1").value = "Sasaran";
  return bytesOf(wb);
}

async function expectFailure(data: Uint8Array | ArrayBuffer, reason: LoadFailure): Promise<void> {
  const res = await loadWorkbook(data);
  expect(res.ok).toBe(false);
  if (res.ok) return;
  expect(res.reason).toBe(reason);
  expect(res.message.id.length).toBeGreaterThan(10);
  expect(res.message.en.length).toBeGreaterThan(10);
  expect(res.message.id).not.toBe(res.message.en);
  expect(res.message.en).not.toMatch(/\bat\s+\S+\s+\(|Error:|exceljs|zip/i);
}

describe("loadWorkbook: good input", () => {
  test("loads an .xlsx from a Uint8Array and from an ArrayBuffer", async () => {
    const bytes = await validXlsx();
    for (const data of [bytes, bytes.slice().buffer]) {
      const res = await loadWorkbook(data);
      expect(res.ok).toBe(true);
      if (res.ok) expect((await res.workbook.readGrid("Rencana Aksi")).values[0][0]).toBe("Sasaran");
    }
  });

  test("XlsxWorkbook.save gives plain bytes that start like a ZIP", async () => {
    const res = loadWorkbook(await validXlsx());
    if (!res.ok) throw new Error(res.reason);
    const bytes = res.workbook.save();
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});

describe("loadWorkbook: bad input is classified, with a message and no exception", () => {
  test("zero bytes", async () => {
    await expectFailure(new Uint8Array(0), "empty");
    await expectFailure(new ArrayBuffer(0), "empty");
  });

  test("an old .xls (compound file without encryption streams)", async () => {
    const xls = compoundFile([{ name: "Root Entry", type: 5 }, { name: "Workbook", type: 2 }, { name: "\u0005SummaryInformation", type: 2 }]);
    expect(sniffBytes(xls)).toBe("xls");
    await expectFailure(xls, "xls");
  });

  test("a password-protected .xlsx (compound file with EncryptionInfo / EncryptedPackage)", async () => {
    const enc1 = compoundFile([{ name: "Root Entry", type: 5 }, { name: "\u0006DataSpaces", type: 1 }, { name: "EncryptionInfo", type: 2 }, { name: "EncryptedPackage", type: 2 }]);
    await expectFailure(enc1, "encrypted");
    const enc2 = compoundFile([{ name: "Root Entry", type: 5 }, { name: "EncryptedPackage", type: 2 }]);
    await expectFailure(enc2, "encrypted");
  });

  test("a truncated .xlsx is corrupt", async () => {
    const bytes = await validXlsx();
    await expectFailure(bytes.slice(0, Math.floor(bytes.length / 2)), "corrupt");
    await expectFailure(bytes.slice(0, 10), "corrupt");
  });

  test("a ZIP that is not a workbook is not an .xlsx", async () => {
    await expectFailure(storedZip({ "word/document.xml": "<w:document/>", "[Content_Types].xml": "<Types/>" }), "notXlsx");
  });

  test("a ZIP whose workbook part is damaged is corrupt", async () => {
    await expectFailure(storedZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook><sheets><sheet" }), "corrupt");
  });

  test("an Excel Binary Workbook (.xlsb) is told as one, by its workbook part's content type or, without one, its name", async () => {
    const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const root = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.bin"/></Relationships>`;
    const bin = "\u0083\u0001\u0000\u0080\u0001\u0000";
    const types = (entry: string) => `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${entry}</Types>`;
    const xlsb = (typesXml: string) => storedZip({ "[Content_Types].xml": typesXml, "_rels/.rels": root, "xl/workbook.bin": bin });
    await expectFailure(xlsb(types('<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>')), "xlsb");
    await expectFailure(xlsb(types('<Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>')), "xlsb");
    await expectFailure(xlsb("<Types"), "xlsb");
    const res = loadWorkbook(xlsb(types("")));
    expect(res.ok ? "" : res.message.en).toMatch(/Excel Binary Workbook \(\.xlsb\).*save it as \.xlsx/);
    // A workbook part named .bin whose content type says XML is read as XML (here: damaged).
    await expectFailure(xlsb(types('<Override PartName="/xl/workbook.bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>')), "corrupt");
  });

  test("an .xlsx with damaged bytes inside is corrupt", async () => {
    const bytes = (await validXlsx()).slice();
    bytes.fill(0x41, 200, 400);
    await expectFailure(bytes, "corrupt");
  });

  test("CSV and text files", async () => {
    await expectFailure(enc("Sasaran;Indikator;Target\nSasaran 1;Hasil SKM;100%\n"), "csv");
    await expectFailure(enc("\ufeffNo,Uraian,Target\r\n1,Koordinasi,12 Bulan\r\n"), "csv");
    // Excel's "Unicode text": UTF-16LE with a BOM, tab-separated
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from("A\tB\r\n1\t2\r\n").flatMap((ch) => [ch.charCodeAt(0), 0])]);
    await expectFailure(utf16, "csv");
    // Windows-1252 text (not UTF-8)
    await expectFailure(new Uint8Array([...enc("Ket;Target\n"), 0xe9, ...enc(";5\n")]), "csv");
  });

  test("other text, HTML saved as a spreadsheet, and binary data are not .xlsx", async () => {
    await expectFailure(enc("Rencana Aksi tahun 2022\nDinas Koperasi\n"), "notXlsx");
    await expectFailure(enc("<html><body><table><tr><td>a,b</td></tr></table></body></html>"), "notXlsx");
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    await expectFailure(binary, "notXlsx");
  });
});
