/**
 * A workbook of thousands of sheets is read in time proportional to them: each lookup of a sheet
 * by name made the sheet list anew (every relationship searched, every target resolved) and
 * passed over it, so reading every sheet grew with the cube of their number (measured with
 * `renaksi validate` on tiny sheets: 1,000 sheets 6.7 s, 4,000 sheets 206 s from a 1 MB file).
 */
import * as opc from "../../../src/xlsx/opc";
import { loadWorkbook } from "../../../src/xlsx/load";
import { smallPlanBytes, unzipParts, zipParts } from "./pkgHelpers";

const WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** The small plan and `n` more sheets "S0".."S{n-1}", each holding its number in A1 (the workbook's parts written once, not per sheet). */
async function manySheets(n: number): Promise<Uint8Array> {
  const parts = unzipParts(await smallPlanBytes([[1, "Sasaran", "Indikator", "Dokumen", 12]]));
  const sheets: string[] = [];
  const rels: string[] = [];
  const types: string[] = [];
  for (let i = 0; i < n; i++) {
    parts[`xl/worksheets/s${i}.xml`] =
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>${i}</v></c></row></sheetData></worksheet>`;
    sheets.push(`<sheet name="S${i}" sheetId="${100 + i}" r:id="rIdS${i}"/>`);
    rels.push(`<Relationship Id="rIdS${i}" Type="${WORKSHEET}" Target="worksheets/s${i}.xml"/>`);
    types.push(`<Override PartName="/xl/worksheets/s${i}.xml" ContentType="${SHEET_TYPE}"/>`);
  }
  parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace("</sheets>", `${sheets.join("")}</sheets>`);
  parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace("</Relationships>", `${rels.join("")}</Relationships>`);
  parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace("</Types>", `${types.join("")}</Types>`);
  return zipParts(parts);
}

afterEach(() => jest.restoreAllMocks());

it("reading every sheet resolves each sheet's part once, not once per lookup", async () => {
  const n = 400;
  const res = loadWorkbook(await manySheets(n));
  if (!res.ok) throw new Error(res.reason);
  const resolve = jest.spyOn(opc, "resolveTarget");
  const snap = await res.workbook.readGrids();
  expect(snap.grids.map((g) => g.sheet)).toEqual(["Rencana Aksi", ...Array.from({ length: n }, (_, i) => `S${i}`)]);
  expect(snap.grids[n].values[0][0]).toBe(n - 1);
  // The sheets' parts once, and the few other parts (strings, styles) once or twice.
  expect(resolve.mock.calls.length).toBeLessThan(n + 20);
});

it("a workbook of 5,000 sheets is read, filled and its sheets found again by name, each name ignoring case, in seconds", async () => {
  const n = 5000;
  const res = loadWorkbook(await manySheets(n));
  if (!res.ok) throw new Error(res.reason);
  const wb = res.workbook;
  const t0 = performance.now();
  const snap = await wb.readGrids();
  expect(snap.grids).toHaveLength(n + 1);
  await wb.applyEdits(Array.from({ length: n }, (_, i) => ({ sheet: `s${i}`, row: 1, col: 0, value: -(i + 1), previous: { value: null, format: "General" } })));
  const again = await wb.readGrids({ sheets: ["S4999", "s0"] });
  expect(again.grids.map((g) => [g.sheet, g.values[1][0]])).toEqual([["S0", -1], ["S4999", -5000]]);
  // About 1 s here; the cube of 5,000 sheets was hours.
  expect(performance.now() - t0).toBeLessThan(20_000);
}, 60_000);
