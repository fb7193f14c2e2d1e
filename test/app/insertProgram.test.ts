import { analyzeWorkbook } from "../../src/app/analyze";
import { undoFill } from "../../src/app/fill";
import { insertableYear, insertProgram, undoProgram } from "../../src/app/insertProgram";
import { validateWorkbook } from "../../src/app/validate";
import { GridView } from "../../src/core/grid";
import { officialName } from "../../src/core/nomenclature/program";
import { governingVersion, loadList } from "../../src/core/nomenclature/versions";
import { fixtureText, openSource, snapshot } from "./fillSupport";

const CUMULATIVE = fixtureText("rules-clean-cumulative.tsv"); // 2024, Program column "1. Program ...", Uraian "A." / "1)", no Satuan column
const UNITS = fixtureText("rules-clean-units.tsv"); // 2025, Kode column, names unnumbered, running No, Satuan column
const SIGNED = fixtureText("layout-one-row-codes.tsv"); // a signature block three rows under the table

async function official(code: string) {
  const list = await loadList(governingVersion(2024)!);
  return list.byListCode(code)!;
}

/** The cells that differ between two snapshots. */
function changed(a: Map<string, unknown>, b: Map<string, unknown>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k))).sort();
}

describe("inserting an official programme below a plan's table", () => {
  it("writes the programme, its kegiatan and sub kegiatan in the table's columns and numbering, read back as the plan's", async () => {
    const wb = await openSource(CUMULATIVE);
    const before = await snapshot(wb);
    const plan = (await analyzeWorkbook(wb)).plans[0];
    expect(insertableYear(plan)).toBe(2024);
    const bottom = plan.recognition.dataBottom;
    const program = await official("2.17.04");
    const r = await insertProgram(wb, plan.sheet, "2.17.04");
    expect(r.problem).toBeUndefined();
    expect(r).toMatchObject({ rows: 4, undoDepth: 1, range: { top: bottom + 1, bottom: bottom + 4 }, written: { indikator: true, satuan: false } });

    const view = new GridView(await wb.readGrid(plan.sheet));
    const { columns } = plan.recognition;
    const kegiatan = program.children[0];
    // The programme numbered after the last one under the last Sasaran ("1."), in the Program column.
    expect(view.rawValue(bottom + 1, columns.program!)).toBe(`2. ${officialName(program)}`);
    expect(officialName(program)).toMatch(/^Program Penilaian Kesehatan /);
    expect(view.rawValue(bottom + 2, columns.uraian!)).toBe(`A. ${kegiatan.name}`);
    expect(view.rawValue(bottom + 3, columns.uraian!)).toBe(`1) ${kegiatan.children[0].name}`);
    expect(view.rawValue(bottom + 4, columns.uraian!)).toBe(`2) ${kegiatan.children[1].name}`);
    expect(view.rawValue(bottom + 3, columns.indikator!)).toBe(kegiatan.children[0].indikator);
    // Below the used range the port reads no format: the cells keep theirs (here the sheet's 0% down to row 30).
    expect(view.format(bottom + 3, columns.kinerja1!)).toBe("0%");

    // Nothing but the new rows changed.
    const after = await snapshot(wb);
    for (const key of changed(before, after)) expect(Number(/\d+$/.exec(key)![0]) - 1).toBeGreaterThan(bottom);

    // The plan now ends with the programme, its kegiatan and sub kegiatan, in order.
    const again = (await analyzeWorkbook(wb)).plans[0];
    expect(again.recognition.dataBottom).toBe(bottom + 4);
    const tail = again.nodes.slice(-4).map((n) => [n.level, n.name]);
    expect(tail).toEqual([
      ["program", officialName(program)],
      ["kegiatan", kegiatan.name],
      ["subKegiatan", kegiatan.children[0].name],
      ["subKegiatan", kegiatan.children[1].name],
    ]);
    // The official names raise no official-list finding.
    const { findings } = await validateWorkbook(wb);
    expect(findings.filter((f) => f.rule.startsWith("nomenclature.") && f.range.top > bottom)).toEqual([]);

    // Undo gives the workbook back exactly.
    const undo = await undoFill(wb);
    expect(undo.restored).toBeGreaterThan(0);
    expect(changed(before, await snapshot(wb))).toEqual([]);
  });

  it("gives the new rows the last data row's number formats where the sheet's used range covers them, undone exactly", async () => {
    // The 0% format on the table's rows only, and a note further down, right of the table: the rows below the table are read, General.
    const source = CUMULATIVE.replace("#format H6:O30 0%", "#format H6:O25 0%") + "#at R40\nCatatan: disusun bersama Bappeda\n";
    const wb = await openSource(source);
    const before = await snapshot(wb);
    const plan = (await analyzeWorkbook(wb)).plans[0];
    const bottom = plan.recognition.dataBottom;
    expect(bottom).toBe(24) // row 25, the last one the 0% covers;
    const { kinerja1, pelaksanaan4 } = plan.recognition.columns;
    expect(new GridView(await wb.readGrid(plan.sheet)).format(bottom + 2, kinerja1!)).toBe("General");
    expect((await insertProgram(wb, plan.sheet, "2.17.04")).rows).toBe(4);
    const view = new GridView(await wb.readGrid(plan.sheet));
    for (const row of [bottom + 1, bottom + 4]) for (const col of [kinerja1!, pelaksanaan4!]) expect(view.format(row, col)).toBe("0%");
    await undoFill(wb);
    expect(changed(before, await snapshot(wb))).toEqual([]);
  });

  it("Undo takes the rows back only while they are the last change: two programmes, undone in order", async () => {
    const wb = await openSource(CUMULATIVE);
    const before = await snapshot(wb);
    const sheet = (await analyzeWorkbook(wb)).plans[0].sheet;
    const first = await insertProgram(wb, sheet, "2.17.04");
    const second = await insertProgram(wb, sheet, "2.17.03");
    expect([first.undoDepth, second.undoDepth]).toEqual([1, 2]);
    expect(second.range!.top).toBe(first.range!.bottom + 1); // right below the first: the table grew
    const afterBoth = await snapshot(wb);

    const refused = await undoProgram(wb, first.undoDepth);
    expect(refused).toMatchObject({ restored: 0, remaining: 2 });
    expect(refused.message.en).toContain("another change");
    expect(await snapshot(wb)).toEqual(afterBoth);

    const undone = await undoProgram(wb, second.undoDepth);
    expect(undone.restored).toBeGreaterThan(0);
    expect(undone.message.id).toMatch(/^Baris program yang disisipkan dihapus lagi: \d+ sel/);
    expect((await undoProgram(wb, first.undoDepth)).remaining).toBe(0);
    expect(changed(before, await snapshot(wb))).toEqual([]);
  });

  it("writes codes in the Kode column, the official satuan in the Satuan column and continues the running No", async () => {
    const wb = await openSource(UNITS);
    const plan = (await analyzeWorkbook(wb)).plans[0];
    const bottom = plan.recognition.dataBottom;
    const { columns } = plan.recognition;
    const lastNo = Number(new GridView(await wb.readGrid(plan.sheet)).text(bottom, columns.no!));
    const program = await official("2.17.04");
    const r = await insertProgram(wb, plan.sheet, "2.17.04");
    expect(r).toMatchObject({ rows: 4, written: { indikator: true, satuan: true } });
    const view = new GridView(await wb.readGrid(plan.sheet));
    const sub = program.children[0].children[0];
    expect([1, 2, 3, 4].map((i) => view.rawValue(bottom + i, columns.no!))).toEqual([lastNo + 1, lastNo + 2, lastNo + 3, lastNo + 4]);
    expect(view.rawValue(bottom + 1, columns.kode!)).toBe("2.17.04");
    expect(view.rawValue(bottom + 3, columns.kode!)).toBe(sub.code);
    // The table writes names without numbering (the code says the level): so are the new ones.
    expect(view.rawValue(bottom + 3, plan.nodes[plan.nodes.length - 1].cell().col)).toBe(sub.name);
    expect(view.rawValue(bottom + 3, columns.satuan!)).toBe(sub.satuan);
    const tail = (await analyzeWorkbook(wb)).plans[0].nodes.slice(-4).map((n) => [n.level, n.code]);
    expect(tail).toEqual([["program", "2.17.04"], ["kegiatan", program.children[0].code], ["subKegiatan", sub.code], ["subKegiatan", program.children[0].children[1].code]]);
  });

  it("refuses, naming the first cell in the way, when the rows below the table are not empty", async () => {
    const wb = await openSource(SIGNED);
    const before = await snapshot(wb);
    const plan = (await analyzeWorkbook(wb)).plans[0];
    const r = await insertProgram(wb, plan.sheet, "1.02.05");
    expect(r.rows).toBe(0);
    expect(r.problem?.id).toContain(`${plan.sheet}!J22`);
    expect(r.problem?.en).toContain("J22");
    expect(await snapshot(wb)).toEqual(before);
    expect(r.undoDepth).toBe(0);
  });

  it("refuses a programme the table has, a code that is no programme, and a table of a year no list governs", async () => {
    const wb = await openSource(CUMULATIVE);
    const before = await snapshot(wb);
    const sheet = (await analyzeWorkbook(wb)).plans[0].sheet;
    const present = await insertProgram(wb, sheet, "2.15.02");
    expect(present.problem?.en).toMatch(/already has Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan \(\w+\) \(cell C\d+\)/);
    expect((await insertProgram(wb, sheet, "2.17.04.2.01")).problem?.en).toContain("not a programme");
    expect((await insertProgram(wb, sheet, "X.XX.01")).problem?.en).toContain("not a programme");
    expect((await insertProgram(wb, "Nope", "2.17.04")).problem?.en).toContain("No Rencana Aksi table");
    expect(await snapshot(wb)).toEqual(before);

    const old = await openSource(CUMULATIVE.replace(/TAHUN 2024/, "TAHUN 2022"));
    const plan = (await analyzeWorkbook(old)).plans[0];
    expect(insertableYear(plan)).toBeNull();
    expect((await insertProgram(old, plan.sheet, "2.17.04")).problem?.id).toContain("2022");
  });
});
