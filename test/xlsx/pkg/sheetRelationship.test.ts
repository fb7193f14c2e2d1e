/**
 * A <sheet> of the workbook part whose relationship is missing (its r:id names none, or names an
 * external target) is a damaged workbook, as a sheet whose part is missing already is: it was left
 * out without a word, so a plan sheet so damaged was reported as "no Rencana Aksi table here".
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadWorkbook } from "../../../src/xlsx/load";
import { t as fileT } from "../../../src/xlsx/messages";
import { runCli } from "../../reliability/support/cliRun";
import { smallPlanBytes, unzipParts, zipParts } from "./pkgHelpers";

/** The small plan with its workbook's relationships changed by `edit`. */
async function planWithRels(edit: (rels: string) => string): Promise<Uint8Array> {
  const parts = unzipParts(await smallPlanBytes([[1, "Sasaran", "Indikator", "Dokumen", 12]]));
  const rels = parts["xl/_rels/workbook.xml.rels"];
  parts["xl/_rels/workbook.xml.rels"] = edit(rels);
  expect(parts["xl/_rels/workbook.xml.rels"]).not.toBe(rels);
  return zipParts(parts);
}

const sheetRel = /<Relationship [^>]*relationships\/worksheet"[^>]*\/>/;
const DAMAGED: Record<string, (rels: string) => string> = {
  "no relationship of its id": (rels) => rels.replace(sheetRel, ""),
  "an external target": (rels) => rels.replace(sheetRel, (r) => r.replace("/>", ' TargetMode="External"/>')),
};

describe("a sheet whose relationship is missing", () => {
  it.each(Object.entries(DAMAGED))("%s: the workbook is damaged, said in the user's language", async (_, edit) => {
    const res = loadWorkbook(await planWithRels(edit));
    expect(res.ok).toBe(false);
    if (!res.ok) expect([res.reason, res.message]).toEqual(["corrupt", { id: fileT("file.corrupt", "id"), en: fileT("file.corrupt", "en") }]);
  });

  it("validate says so, not that there is no plan", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-rel-"));
    try {
      const file = path.join(dir, "rusak.xlsx");
      fs.writeFileSync(file, await planWithRels(DAMAGED["no relationship of its id"]));
      const r = await runCli(["validate", file, "--lang", "en"], dir);
      expect({ code: r.code, err: r.err }).toEqual({ code: 2, err: `${file}: ${fileT("file.corrupt", "en")}\n` });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a sheet with its relationship is read as before", async () => {
    const res = loadWorkbook(await planWithRels((rels) => rels.replace("</Relationships>", "</Relationships>\n")));
    expect(res.ok && (await res.workbook.sheets())).toEqual(["Rencana Aksi"]);
  });
});
