import { validate } from "../../../src/core/rules";
import { recognize } from "../../../src/core/layout/recognize";
import { parsePlan } from "../../../src/core/plan/parse";
import { layoutFor, PROGRAM_PENUNJANG, templateSheet, type TemplateOptions } from "../../../src/core/template";
import { newWorkbook } from "../../../src/cli/output";
import { reopen } from "../../support/xlsx";
import { GridView, type Grid } from "../../../src/core/grid";
import { gridFromSpec } from "./specHelpers";

function recognized(grid: Grid) {
  const r = recognize(grid);
  if (!r.ok) throw new Error(`not recognized: ${r.finding.message.en}`);
  return r.recognition;
}

describe("the project's recognizer reads the template back", () => {
  test("blank template: an empty table of the year, every column understood", () => {
    const opts: TemplateOptions = { year: 2027 };
    const rec = recognized(gridFromSpec(templateSheet(opts)));
    const l = layoutFor(opts);
    expect(rec.year).toBe(2027);
    expect(rec.office).toBeNull();
    expect(rec.titleRow).toBe(l.titleRow);
    expect(rec.headerTop).toBe(l.headerTop);
    expect(rec.headerRows).toBe(2);
    expect(rec.dataTop).toBe(l.dataTop);
    expect(rec.dataBottom).toBeLessThan(rec.dataTop);
    expect(rec.columns).toEqual(l.columns);
  });

  test("office and column numbers: office read, data starts below the numbers", () => {
    const opts: TemplateOptions = { year: 2028, office: "Dinas Koperasi dan Usaha Mikro Kabupaten Nganjuk", columnNumbers: true };
    const rec = recognized(gridFromSpec(templateSheet(opts)));
    expect(rec.year).toBe(2028);
    expect(rec.office).toBe("DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK");
    expect(rec.dataTop).toBe(layoutFor(opts).dataTop);
    expect(rec.dataBottom).toBeLessThan(rec.dataTop);
  });

  test("prefilled template parses to the support programme's tree without errors", () => {
    const opts: TemplateOptions = { year: 2027, prefill: true };
    const grid = gridFromSpec(templateSheet(opts));
    const plan = parsePlan(new GridView(grid), recognized(grid));
    const count = (level: string) => plan.nodes.filter((n) => n.level === level).length;
    expect(count("program")).toBe(1);
    expect(count("kegiatan")).toBe(PROGRAM_PENUNJANG.kegiatan.length);
    expect(count("subKegiatan")).toBe(PROGRAM_PENUNJANG.kegiatan.reduce((n, k) => n + k.subKegiatan.length, 0));
    const program = plan.nodes.find((n) => n.level === "program")!;
    expect(program.children.map((k) => k.numbering.raw.replace(/\W/g, ""))).toEqual(
      PROGRAM_PENUNJANG.kegiatan.map((_, i) => String.fromCharCode(65 + i)),
    );
    // A starting point: the only errors ask for the Sasaran and the indicators the office must still write.
    const errorRules = new Set(validate(plan).filter((f) => f.severity === "error").map((f) => f.rule));
    expect([...errorRules].sort()).toEqual(["hierarchy.programNoSasaran", "hierarchy.subKegiatanNoIndicator"]);
  });

  test("through the xlsx adapter and back: same reading, percent formats kept", async () => {
    const wb = newWorkbook();
    const opts: TemplateOptions = { year: 2027, office: "Badan Kepegawaian Daerah", paper: "f4", prefill: true, dataRows: 2 };
    const name = await wb.addSheet(templateSheet(opts));
    const grid = await reopen(wb).readGrid(name);
    const rec = recognized(grid);
    expect(name).toBe("Rencana Aksi 2027");
    expect(rec.year).toBe(2027);
    expect(rec.office).toBe("BADAN KEPEGAWAIAN DAERAH");
    const l = layoutFor(opts);
    expect(rec.dataTop).toBe(l.dataTop);
    expect(rec.columns).toEqual(l.columns);
    const row = grid.formats[l.dataTop - grid.origin.row];
    for (let c = 8; c <= 15; c++) expect(row[c - grid.origin.col]).toBe("0.00%");
    expect(grid.values[l.dataTop - grid.origin.row][2 - grid.origin.col]).toBe(`1. ${PROGRAM_PENUNJANG.nama}`);
  });
});
