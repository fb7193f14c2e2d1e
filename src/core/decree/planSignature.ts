/**
 * The signature block under a plan table, as offices write it in one column:
 *
 *   Nganjuk, 12 Januari 2022            (or "Ditetapkan di Nganjuk" / "Pada tanggal ...")
 *   Plt. KEPALA DINAS KOPERASI ...      (status prefix, position)
 *   KEPALA DINAS TENAGA KERJA           (the acting signer's own position)
 *   (blank rows: the signature)
 *   NAMA PENANDATANGAN
 *   Pembina Tk. I                       (rank, optional)
 *   NIP. 19631015 198903 1 016
 *
 * Found from the NIP line upwards. A line that reads as a position is never taken for the name.
 */
import { toA1, type GridView } from "../grid";
import { parseTanggalText, toIso } from "./dates";
import type { LampiranAnchor } from "./lampiran";
import type { PlanMeta } from "./planTypes";

const NIP = /^NIP\.?\s*:?\s*(\d[\d ]{16,}\d)$/i;
const RANK = /^(Pembina|Penata|Pengatur|Juru)\b|\b(I{1,3}|IV)\s*\/\s*[a-e]\b/i;
const STATUS = /^(Plt\.?|Pt\.?|Plh\.?|Pj\.?|a\.\s?n\.?|an\.)\s+(.+)$/i;
const POSITION = /^(KEPALA|SEKRETARIS|CAMAT|LURAH|INSPEKTUR|DIREKTUR|BUPATI|WALI ?KOTA|GUBERNUR|PLT|PLH|PJ)\b/i;
const DITETAPKAN = /^Ditetapkan\s+di\s*:?\s*(.+)$/i;
const PADA_TANGGAL = /^(?:Pada\s+)?tanggal\s*:?\s*(.+)$/i;
const PLACE_DATE = /^([A-Za-z][A-Za-z .'-]*),\s*(\d{1,2}\s+\S+\s+\d{4})$/;
/** How far under the table a signature block is looked for. */
const BELOW = 30;
const INTO_TABLE = 8;

function nipCell(view: GridView, from: number, to: number): { row: number; col: number; nip: string } | null {
  for (let r = from; r <= to; r++) {
    for (let c = view.left; c < view.left + view.cols; c++) {
      const m = NIP.exec(view.text(r, c));
      if (m) return { row: r, col: c, nip: m[1].replace(/\s+/g, " ") };
    }
  }
  return null;
}

export function readSignature(view: GridView, at: LampiranAnchor & { dataBottom: number }, out: PlanMeta): void {
  // A signature block right under the last row may be taken into the table by its recognition:
  // look a few rows into it too (the walk upwards stops at the first empty row).
  const top = Math.max(at.headerTop + 1, at.dataBottom - INTO_TABLE);
  const found = nipCell(view, top, Math.min(view.top + view.rows - 1, at.dataBottom + BELOW));
  if (!found) return;
  const { col } = found;
  const cell = (row: number) => `${at.sheet}!${toA1({ row, col })}`;
  const text = (row: number) => (row >= top ? view.text(row, col) : "");
  const signer: NonNullable<PlanMeta["meta"]["penandatangan"]> = { nip: found.nip };
  out.sources.push({ field: "penandatangan.nip", cell: cell(found.row) });

  let r = found.row - 1;
  if (RANK.test(text(r))) {
    signer.pangkat = text(r);
    out.sources.push({ field: "penandatangan.pangkat", cell: cell(r) });
    r--;
  }
  const name = text(r);
  if (name && !POSITION.test(name) && !STATUS.test(name)) {
    signer.nama = name;
    out.sources.push({ field: "penandatangan.nama", cell: cell(r) });
    r--;
  }
  while (r >= top && text(r) === "") r--; // the space for the signature
  const lines: { row: number; text: string }[] = [];
  for (; r >= top && text(r) !== ""; r--) {
    const line = text(r);
    const place = DITETAPKAN.exec(line) ?? PLACE_DATE.exec(line);
    const date = PADA_TANGGAL.exec(line)?.[1] ?? (PLACE_DATE.exec(line)?.[2] ?? null);
    if (place || date) {
      const d = date ? parseTanggalText(date) : null;
      if (d && out.meta.tanggal === undefined) {
        out.meta.tanggal = toIso(d);
        out.sources.push({ field: "tanggal", cell: cell(r) });
      }
      if (place && out.meta.tempat === undefined) {
        out.meta.tempat = place[1].trim();
        out.sources.push({ field: "tempat", cell: cell(r) });
      }
      continue;
    }
    lines.unshift({ row: r, text: line });
  }
  if (lines.length > 0) {
    const status = STATUS.exec(lines[0].text);
    if (status) {
      signer.status = status[1];
      signer.jabatan = status[2];
      if (lines.length > 1) signer.jabatanAsal = lines.slice(1).map((l) => l.text).join(" ");
    } else signer.jabatan = lines.map((l) => l.text).join(" ");
    out.sources.push({ field: "penandatangan.jabatan", cell: cell(lines[0].row) });
  }
  out.meta.penandatangan = signer;
}
