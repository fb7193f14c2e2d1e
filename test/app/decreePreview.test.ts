import { decreePreviewLines, sheetTextLines } from "../../src/app/decreePreview";
import { defaultMeta } from "../../src/core/decree";
import type { SheetSpec } from "../../src/core/sheetspec";

describe("decree preview", () => {
  test("cells joined per row, left to right; one empty line for skipped rows", () => {
    const spec = {
      name: "x", merges: [], columnWidths: {}, pageSetup: { orientation: "portrait", paper: "a4" },
      cells: [
        { row: 3, col: 2, value: "a." },
        { row: 3, col: 0, value: "Menimbang" },
        { row: 3, col: 1, value: ":" },
        { row: 0, col: 0, value: "KEPUTUSAN" },
        { row: 1, col: 0, value: "NOMOR 1" },
        { row: 7, col: 0, value: 12 },
        { row: 8, col: 0, value: "" },
      ],
    } as SheetSpec;
    expect(sheetTextLines(spec)).toEqual(["KEPUTUSAN", "NOMOR 1", "", "Menimbang : a.", "", "12"]);
  });

  test("the decree from the plan's defaults reads in order: title, Menimbang, Mengingat, MEMUTUSKAN, diktum", () => {
    const meta = defaultMeta({ year: 2022, office: "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK" });
    meta.nomor = "188/1/411.310/2022";
    const text = decreePreviewLines(meta).join("\n");
    const at = (s: string) => text.indexOf(s);
    expect(at("NOMOR 188/1/411.310/2022")).toBeGreaterThan(-1);
    for (const word of ["Menimbang", "Mengingat", "MEMUTUSKAN", "KESATU", "KEDUA", "KETIGA"]) expect(at(word)).toBeGreaterThan(-1);
    expect(at("Menimbang")).toBeLessThan(at("Mengingat"));
    expect(at("Mengingat")).toBeLessThan(at("MEMUTUSKAN"));
    expect(at("MEMUTUSKAN")).toBeLessThan(at("KESATU"));
  });
});
