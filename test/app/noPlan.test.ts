/**
 * "No plan table in the workbook" is decided once (core/analyze.ts noPlanReason) and every
 * surface says it the same way: the CLI's check, the fill, the decree's Lampiran heading
 * (the pane's overview is in test/taskpane/overview.test.tsx).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { analyzeWorkbook } from "../../src/app/analyze";
import { createDecree } from "../../src/app/decree";
import { applyFill, previewFill } from "../../src/app/fill";
import { checkFile } from "../../src/cli/check";
import { noPlanReason } from "../../src/core/analyze";
import { emptyMeta, mergeMeta } from "../../src/core/decree";
import { DEFAULT_FILL_OPTIONS } from "../../src/core/fill";
import { msg } from "../../src/core/i18n";
import { bytesOf, fixtureText, openFixture, openSource, reopen } from "./fillSupport";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../scripts/sheet-source.js") as { workbookFromSource(text: string): import("exceljs").Workbook };

const SEED = fs.readFileSync(path.resolve(__dirname, "../../examples/src/rencana-aksi-dinkop-nganjuk-2022.tsv"), "utf8");
const NOTES = "#sheet Catatan\nDaftar belanja\tjumlah\nkertas\t3\n";
const LOOK_ALIKE = "notplan-evaluasi-renja.tsv";
const lookAlikeMessage = msg("layout.notPlan.realisasi", { sheet: "Evaluasi Renja" });

describe("noPlanReason", () => {
  it("null when the workbook holds a plan", async () => {
    expect(noPlanReason(await analyzeWorkbook(await openSource(SEED)))).toBeNull();
  });

  it("no table: what was looked for; a look-alike: what the sheet holds instead", async () => {
    expect(noPlanReason(await analyzeWorkbook(await openSource(NOTES)))).toEqual(msg("layout.noTableInWorkbook"));
    expect(noPlanReason(await analyzeWorkbook(await openFixture(LOOK_ALIKE)))).toEqual(lookAlikeMessage);
  });

  it("about one sheet: that sheet holds none; an analysis without its findings: the workbook's message", async () => {
    expect(noPlanReason(await analyzeWorkbook(await openSource(NOTES)), "Catatan")).toEqual(msg("layout.notFound", { sheet: "Catatan" }));
    expect(noPlanReason({ plans: [] })).toEqual(msg("layout.noTableInWorkbook"));
  });
});

describe("every surface says it the same way", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-noplan-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([["no table", NOTES, msg("layout.noTableInWorkbook")], ["a look-alike", fixtureText(LOOK_ALIKE), lookAlikeMessage]])("%s", async (_name, source, expected) => {
    const file = path.join(dir, "plan.xlsx");
    fs.writeFileSync(file, await bytesOf(workbookFromSource(source)));
    expect(await checkFile(file)).toEqual({ file, ok: false, reason: expected });

    expect((await previewFill(await openSource(source), DEFAULT_FILL_OPTIONS)).problem).toEqual(expected);

    // The decree itself needs no plan; its Lampiran heading does (before, always the generic message).
    const meta = mergeMeta(emptyMeta(), JSON.parse(fs.readFileSync(path.resolve(__dirname, "../fixtures/meta/dinkop-nganjuk-2022.json"), "utf8")) as unknown).meta;
    const decree = await createDecree(await openSource(source), meta, { paper: "a4", lampiranHeading: true, today: "2024-06-01" });
    expect(decree.sheet).not.toBeNull();
    expect(decree.lampiran).toEqual({ noRoom: expected });
  });

  it("a plan on a hidden sheet: hidden sheets are not read, and the message says so, naming them", async () => {
    const book = workbookFromSource(NOTES + "\n" + SEED);
    book.getWorksheet("Lampiran I")!.state = "hidden";
    const bytes = await bytesOf(book);
    const file = path.join(dir, "sampul.xlsx");
    fs.writeFileSync(file, bytes);
    const expected = msg("layout.noTableVisible", { count: 1, sheets: '"Lampiran I"' });
    expect(expected.en).toContain('Hidden sheets are not read (1: "Lampiran I")');
    expect(await checkFile(file)).toEqual({ file, ok: false, reason: expected });
    expect((await previewFill(await reopen(bytes), DEFAULT_FILL_OPTIONS)).problem).toEqual(expected);
    expect((await applyFill(await reopen(bytes), DEFAULT_FILL_OPTIONS)).problem).toEqual(expected);
    // Unhidden, the same workbook holds its plan.
    book.getWorksheet("Lampiran I")!.state = "visible";
    expect(noPlanReason(await analyzeWorkbook(await reopen(await bytesOf(book))))).toBeNull();
  });

  it("a fill scoped to a sheet without a table names that sheet", async () => {
    const wb = await openSource(SEED + "\n" + NOTES);
    const plan = await previewFill(wb, { ...DEFAULT_FILL_OPTIONS, scope: { sheet: "Catatan", rows: { top: 0, bottom: 3 } } });
    expect(plan.problem).toEqual(msg("layout.notFound", { sheet: "Catatan" }));
    const gone = await previewFill(wb, { ...DEFAULT_FILL_OPTIONS, scope: { sheet: "Hilang", rows: { top: 0, bottom: 3 } } });
    expect(gone.problem).toEqual(msg("layout.notFound", { sheet: "Hilang" }));
  });
});
