/**
 * Read the Info Keputusan sheet back into metadata. Tolerant: rows in any
 * order, blank rows, numbers where text is expected, dates as Excel serials
 * or typed "12 Januari 2022". A NIP stored as a number has lost digits: reported.
 */
import { GridView, isCellError, type Grid } from "../grid";
import { msg } from "../i18n";
import { excelSerialToIso, parseTanggalText, toIso } from "./dates";
import {
  isListField, isTextField, LIST_FIELDS, SIGNER_FIELDS,
  type DecreeMetaPatch, type ListField, type MetaIssue, type SignerField, type TextField,
} from "./meta";

type Key =
  | { kind: "text"; field: TextField }
  | { kind: "signer"; field: SignerField }
  | { kind: "item"; field: ListField; n: number };

const SIGNER_BY_LOWER = new Map<string, SignerField>(SIGNER_FIELDS.map((f) => [f.toLowerCase(), f]));

/** "Nomor" -> text nomor; "penandatangan.JabatanAsal" -> signer; "menimbang.3" -> item 3. */
export function parseInfoKey(raw: string): Key | null {
  const k = raw.trim().toLowerCase();
  if (isTextField(k)) return { kind: "text", field: k };
  const signer = /^penandatangan\.(\w+)$/.exec(k);
  if (signer) {
    const field = SIGNER_BY_LOWER.get(signer[1]);
    return field ? { kind: "signer", field } : null;
  }
  const item = /^(\w+)\.(\d{1,4})$/.exec(k);
  if (item && isListField(item[1]) && Number(item[2]) >= 1) return { kind: "item", field: item[1], n: Number(item[2]) };
  return null;
}

/** The canonical key: "nomor", "penandatangan.nip", "menimbang.3". */
export function infoKeyName(key: Key): string {
  if (key.kind === "text") return key.field;
  return key.kind === "signer" ? `penandatangan.${key.field}` : `${key.field}.${key.n}`;
}

/** The column holding the most keys. */
export function findKeyColumn(view: GridView): number | null {
  let best: { col: number; n: number } | null = null;
  for (let c = view.left; c < view.left + view.cols; c++) {
    let n = 0;
    for (let r = view.top; r < view.top + view.rows; r++) if (parseInfoKey(view.text(r, c))) n++;
    if (n > 0 && (!best || n > best.n)) best = { col: c, n };
  }
  return best?.col ?? null;
}

/** The header row (a cell "Nilai"/"Value") and its value column; else two columns right of the keys. */
export function findValueColumn(view: GridView, keyCol: number): { headerRow: number | null; valueCol: number } {
  for (let r = view.top; r < view.top + view.rows; r++) {
    for (let c = keyCol + 1; c < view.left + view.cols; c++) {
      if (/^(nilai|value)$/i.test(view.text(r, c))) return { headerRow: r, valueCol: c };
    }
  }
  return { headerRow: null, valueCol: keyCol + 2 };
}

export interface InfoReadResult {
  meta: DecreeMetaPatch;
  issues: MetaIssue[];
}

export function metaFromInfoGrid(grid: Grid): InfoReadResult {
  const view = new GridView(grid);
  const issues: MetaIssue[] = [];
  const keyCol = findKeyColumn(view);
  if (keyCol === null) {
    return { meta: {}, issues: [{ field: "", severity: "error", message: msg("decree.info.noKeys", { sheet: grid.sheet }) }] };
  }
  const { headerRow, valueCol } = findValueColumn(view, keyCol);
  const meta: DecreeMetaPatch = {};
  const signer: Partial<Record<SignerField, string>> = {};
  const items = new Map<ListField, { n: number; value: string }[]>();
  const seen = new Set<string>();
  const warn = (field: string, message: MetaIssue["message"], severity: MetaIssue["severity"] = "warning") =>
    issues.push({ field, severity, message });

  const firstRow = headerRow === null ? view.top : headerRow + 1;
  for (let r = firstRow; r < view.top + view.rows; r++) {
    const rawKey = view.text(r, keyCol);
    const row = String(r + 1);
    const cellValue = view.value(r, valueCol);
    if (rawKey === "") {
      if (view.text(r, valueCol) !== "") warn("", msg("decree.info.valueWithoutKey", { row }));
      continue;
    }
    const key = parseInfoKey(rawKey);
    if (!key) {
      warn(rawKey, msg("decree.info.unknownKey", { key: rawKey, row }));
      continue;
    }
    const name = infoKeyName(key);
    if (seen.has(name)) {
      warn(name, msg("decree.info.duplicateKey", { key: name, row }));
      continue;
    }
    seen.add(name);
    if (isCellError(cellValue)) {
      warn(name, msg("decree.info.cellError", { key: name, row, error: cellValue.error }), "error");
      continue;
    }
    if (name === "penandatangan.nip" && typeof cellValue === "number") {
      warn(name, msg("decree.check.nipAsNumber"), "error");
      continue;
    }
    let value = typeof cellValue === "string" ? cellValue.trim() : view.text(r, valueCol);
    if (name === "tanggal") {
      const iso = typeof cellValue === "number" ? excelSerialToIso(cellValue) : null;
      const typed = parseTanggalText(value);
      value = iso ?? (typed ? toIso(typed) : value);
    }
    if (key.kind === "text") meta[key.field] = value;
    else if (key.kind === "signer") signer[key.field] = value;
    else {
      // One array per list, grown in place (a copy per row made a sheet of N items cost N² steps).
      const list = items.get(key.field);
      if (list) list.push({ n: key.n, value });
      else items.set(key.field, [{ n: key.n, value }]);
    }
  }

  if (Object.keys(signer).length) meta.penandatangan = signer;
  for (const field of LIST_FIELDS) {
    const list = items.get(field);
    if (list) meta[field] = list.sort((a, b) => a.n - b.n).map((i) => i.value).filter((v) => v !== "");
  }
  return { meta, issues };
}
