import { insertTemplate, templateProgramChoices } from "../../src/app/template";
import type { Workbook } from "../../src/core/port";
import type { SheetSpec } from "../../src/core/sheetspec";
import { officialName, supportProgramFor } from "../../src/core/nomenclature/program";
import { governingVersion, loadList } from "../../src/core/nomenclature/versions";
import { layoutFor, PROGRAM_PENUNJANG } from "../../src/core/template";
import { effectiveStyle, gridFromSpec, valueAt } from "../core/template/specHelpers";
import { analyzeGrids } from "../../src/core/analyze";
import { ruleCategory } from "../../src/core/finding";
import { validate } from "../../src/core/rules";

/** A workbook that only keeps the sheet a template adds. */
function capture(): { wb: Workbook; added: SheetSpec[] } {
  const added: SheetSpec[] = [];
  const wb = { addSheet: (spec: SheetSpec) => Promise.resolve((added.push(spec), spec.name)) } as unknown as Workbook;
  return { wb, added };
}

/** The Kegiatan / Sub Kegiatan column of a prefilled template, its non-empty cells. */
function uraian(spec: SheetSpec, year: number): string[] {
  const l = layoutFor({ year, prefill: true, dataRows: 0, program: undefined });
  const out: string[] = [];
  for (let r = l.dataTop; r < l.dataTop + 200; r++) {
    const v = valueAt(spec, r, l.columns.uraian!);
    if (v !== null && v !== undefined && v !== "") out.push(String(v));
  }
  return out;
}

describe("the support programme of the template's year", () => {
  it("is the list's for a governed year (its kegiatan every office has, codes below urusan/bidang), none for 2022", async () => {
    expect(await supportProgramFor(2022)).toBeNull();
    const p = (await supportProgramFor(2024))!;
    expect(p.nama).toBe("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota");
    expect(p.kode).toBe("01");
    expect(p.kegiatan.map((k) => k.kode)).toEqual(["2.01", "2.02", "2.03", "2.04", "2.05", "2.06", "2.07", "2.08", "2.09"]);
    const list = await loadList(governingVersion(2024)!);
    const kepegawaian = list.byListCode("X.XX.01.2.05")!;
    expect(p.kegiatan[4].subKegiatan.map((s) => s.nama)).toEqual(kepegawaian.children.map((s) => s.name));
    expect(p.kegiatan[4].subKegiatan[0].kode).toBe("0001");
  });

  it("writes programme names from the list's capitals in title case", async () => {
    const list = await loadList(governingVersion(2024)!);
    expect(officialName(list.byListCode("2.16.02")!)).toBe("Program Pengelolaan Informasi dan Komunikasi Publik");
  });

  it("prefills a template of 2024 from the list and one of 2022 from the template's own (older) list", async () => {
    const { wb, added } = capture();
    await insertTemplate(wb, { year: 2024, prefill: true, dataRows: 0 });
    await insertTemplate(wb, { year: 2022, prefill: true, dataRows: 0 });
    const [y2024, y2022] = [uraian(added[0], 2024), uraian(added[1], 2022)];
    const list = await loadList(governingVersion(2024)!);
    const listed = list.byListCode("X.XX.01.2.01")!.children.map((s) => s.name);
    expect(y2024.filter((t) => /^\d+\) /.test(t)).slice(0, listed.length).map((t) => t.replace(/^\d+\) /, ""))).toEqual(listed);
    const own = PROGRAM_PENUNJANG.kegiatan[0].subKegiatan.map((s) => s.nama);
    expect(y2022.filter((t) => /^\d+\) /.test(t)).slice(0, own.length).map((t) => t.replace(/^\d+\) /, ""))).toEqual(own);
    expect(listed).not.toEqual(own); // the two lists differ here: the test tells them apart
  });

  it("prefills a chosen programme with its official kegiatan, sub kegiatan, indikator and satuan, formatted like the table", async () => {
    const choices = (await templateProgramChoices(2024))!;
    expect(choices.find((c) => c.code === "2.16.02")?.name).toBe("Program Pengelolaan Informasi dan Komunikasi Publik");
    expect(choices.some((c) => c.code.startsWith("X."))).toBe(false);
    expect(await templateProgramChoices(2022)).toBeNull();

    const { wb, added } = capture();
    await insertTemplate(wb, { year: 2024, dataRows: 0, programCodes: ["2.16.02"] });
    const spec = added[0];
    const l = layoutFor({ year: 2024, dataRows: 0 });
    const list = await loadList(governingVersion(2024)!);
    const program = list.byListCode("2.16.02")!;
    expect(valueAt(spec, l.dataTop, l.columns.program!)).toBe("1. Program Pengelolaan Informasi dan Komunikasi Publik");
    expect(valueAt(spec, l.dataTop + 1, l.columns.uraian!)).toBe(`A. ${program.children[0].name}`);
    const sub = program.children[0].children[0];
    expect(valueAt(spec, l.dataTop + 2, l.columns.uraian!)).toBe(`1) ${sub.name}`);
    expect(valueAt(spec, l.dataTop + 2, l.columns.indikator!)).toBe(sub.indikator);
    expect(valueAt(spec, l.dataTop + 2, l.columns.satuan!)).toBe(sub.satuan);
    expect(effectiveStyle(spec, l.dataTop + 2, l.columns.indikator!).bold).toBeFalsy();
    expect(effectiveStyle(spec, l.dataTop + 1, l.columns.uraian!).bold).toBe(true);
    const rows = program.children.reduce((n, k) => n + 1 + k.children.length, 1);
    expect(valueAt(spec, l.dataTop + rows - 1, l.columns.uraian!)).toMatch(/^\d+\) /);
  });

  it("reads back as a plan whose names, places and indicators the list of its year finds as listed", async () => {
    const { wb, added } = capture();
    await insertTemplate(wb, { year: 2024, prefill: true, dataRows: 0, programCodes: ["2.16.02"] });
    const plan = analyzeGrids([gridFromSpec(added[0])]).plans[0];
    expect(plan.recognition.year).toBe(2024);
    const list = await loadList(governingVersion(2024)!);
    const fromList = validate(plan, [list]).filter((f) => ruleCategory(f.rule) === "nomenclature");
    expect(fromList.map((f) => f.rule)).toEqual([]);
    expect(plan.nodes.filter((n) => n.level === "subKegiatan").length).toBeGreaterThan(20);
  });
});
