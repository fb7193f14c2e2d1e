/**
 * The Keputusan sheet as the add-in keeps it: written once, then given the new
 * content at every rerun (never a second "Keputusan (2)"), and a rerun undone
 * on request. Which sheet is the add-in's own is known from its record in the
 * state sheet (core/decree/record.ts), never from its name alone: a sheet the
 * user made or changed since is left as it is, and a new sheet is added.
 */
import {
  DECREE_SHEET_KEY, decreeSheet, gridFingerprint, parseDecreeRecord, recordVersion, specFingerprint, undoVersion,
  type DecreeMeta, type DecreeRecord, type DecreeVersion,
} from "../core/decree";
import type { Grid } from "../core/grid";
import { msg, type Text } from "../core/i18n";
import type { Workbook } from "../core/port";
import type { Paper } from "../core/sheetspec";

export interface DecreeInputs {
  meta: DecreeMeta;
  paper: Paper;
  nipGrouped: boolean;
}

export interface DecreeUndoResult {
  /** The sheet given its previous content, or null when nothing was changed. */
  sheet: string | null;
  /** Reruns that can still be undone. */
  remaining: number;
  message: Text;
}

/** The record and the sheet it names (when visible), read in one go: one Excel.run for the usual case. */
async function readRecord(wb: Workbook): Promise<{ stored: string | null; record: DecreeRecord | null; grids: readonly Grid[] }> {
  const { grids, state } = await wb.readGrids({ sheets: [], state: [DECREE_SHEET_KEY] });
  const stored = state[DECREE_SHEET_KEY] ?? null;
  return { stored, record: parseDecreeRecord(stored), grids };
}

/** The sheet the record names, when it is there (hidden or not) and still holds the text the add-in wrote. */
async function ownSheet(wb: Workbook, record: DecreeRecord | null, grids: readonly Grid[]): Promise<string | null> {
  if (!record) return null;
  const wanted = record.sheet.toLowerCase();
  let grid = grids.find((g) => g.sheet.toLowerCase() === wanted);
  if (!grid) {
    const name = (await wb.sheets({ hidden: true })).find((s) => s.toLowerCase() === wanted);
    if (name === undefined) return null;
    grid = await wb.readGrid(name);
  }
  return gridFingerprint(grid) === record.current.fingerprint ? grid.sheet : null;
}

const specOf = (v: DecreeInputs) => decreeSheet(v.meta, { paper: v.paper, nipGrouped: v.nipGrouped });

/** Save the record; when the sheet write that follows fails, the record is put back as it was. */
async function withRecord<T>(wb: Workbook, before: string | null, after: DecreeRecord, write: () => Promise<T>): Promise<T> {
  await wb.saveState(DECREE_SHEET_KEY, JSON.stringify(after));
  try {
    return await write();
  } catch (e) {
    await wb.saveState(DECREE_SHEET_KEY, before).catch(() => undefined);
    throw e;
  }
}

export interface WrittenDecree {
  sheet: string;
  replaced: boolean;
  /** The state the caller still writes (the new sheet's record), with its next write or alone: see saveState. */
  stateAfter: Record<string, string>;
  /** Reruns that undoDecree can now take back. */
  undoDepth: number;
}

/**
 * Write the Keputusan sheet: the add-in's own sheet gets the new content (the
 * version before is kept for undoDecree), else a new sheet is added before
 * `before` (the plan's sheet: the decree prints before its annex). A new
 * sheet's record is left to the caller (stateAfter), to go with its next write.
 */
export async function writeDecreeSheet(wb: Workbook, inputs: DecreeInputs, before?: string): Promise<WrittenDecree> {
  const { stored, record, grids } = await readRecord(wb);
  const spec = specOf(inputs);
  const version: DecreeVersion = { ...inputs, fingerprint: specFingerprint(spec) };
  const own = await ownSheet(wb, record, grids);
  if (own !== null) {
    const next = recordVersion(record, own, version);
    await withRecord(wb, stored, next, () => wb.replaceSheet(own, spec));
    return { sheet: own, replaced: true, stateAfter: {}, undoDepth: next.undo.length };
  }
  const sheet = await wb.addSheet(spec, { before });
  return { sheet, replaced: false, stateAfter: { [DECREE_SHEET_KEY]: JSON.stringify(recordVersion(null, sheet, version)) }, undoDepth: 0 };
}

/** Reruns of the decree that undoDecree can take back. */
export async function decreeUndoDepth(wb: Workbook): Promise<number> {
  return parseDecreeRecord(await wb.loadState(DECREE_SHEET_KEY))?.undo.length ?? 0;
}

/**
 * Undo the last rerun: the add-in's Keputusan sheet gets the content it had
 * before. Nothing is changed when there is no rerun to undo, or when the
 * sheet is gone or was changed by the user since (their text is kept).
 */
export async function undoDecree(wb: Workbook): Promise<DecreeUndoResult> {
  const { stored, record, grids } = await readRecord(wb);
  const back = record && undoVersion(record);
  if (!record || !back) return { sheet: null, remaining: 0, message: msg("decree.undo.nothing") };
  const own = await ownSheet(wb, record, grids);
  if (own === null) return { sheet: null, remaining: record.undo.length, message: msg("decree.undo.changed", { sheet: record.sheet }) };
  await withRecord(wb, stored, { ...back, sheet: own }, () => wb.replaceSheet(own, specOf(back.current)));
  return { sheet: own, remaining: back.undo.length, message: msg("decree.undo.done", { sheet: own }) };
}
