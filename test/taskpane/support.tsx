/** Shared set-up of the task pane tests: the seed plan as an in-memory workbook, the App rendered in Fluent. */
import "../support/jsdomCodecs";
import * as fs from "fs";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { configure, render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { XlsxWorkbook } from "../../src/xlsx";
import { xlsxFrom } from "../support/xlsx";
import type { Lang } from "../../src/core/i18n";
import type { Workbook } from "../../src/core/port";
import { App, type AppHost } from "../../src/taskpane/App";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workbookFromSource } = require("../../scripts/sheet-source.js") as {
  workbookFromSource(text: string): ExcelJS.Workbook;
};

const SEED = path.join(__dirname, "..", "..", "examples", "src", "rencana-aksi-dinkop-nganjuk-2022.tsv");

/** The seed's Lampiran table (3 Sasaran, 5 Program, 12 Kegiatan, 32 Sub Kegiatan) as an XlsxWorkbook. */
export function seedWorkbook(): Promise<XlsxWorkbook> {
  return xlsxFrom(workbookFromSource(fs.readFileSync(SEED, "utf8")));
}

/** A workbook from a readable sheet source (see scripts/sheet-source.js). */
export function sourceWorkbook(text: string): Promise<XlsxWorkbook> {
  return xlsxFrom(workbookFromSource(text));
}

/**
 * A small plan of our own: one header row, codes in the text, quarterly targets as
 * numbers formatted 0% (cumulative). The two Sub Kegiatan rows (8, 9) have no quarter
 * values yet; Kegiatan B (row 10) has only its first quarter typed in (10%).
 */
export const SMALL_PLAN = [
  "#sheet Renaksi 2025",
  "RENCANA AKSI TAHUN 2025",
  "DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN CONTOH",
  "",
  "No\tKode\tSasaran / Program / Kegiatan / Sub Kegiatan\tIndikator Kinerja\tTarget\tSatuan\tTW I\tTW II\tTW III\tTW IV\tKeterangan",
  "1\t\tSasaran 1: Meningkatnya minat baca masyarakat\tNilai tingkat kegemaran membaca\t60\tNilai\t0.25\t0.5\t0.75\t1",
  "2\t2.23.01\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tNilai SAKIP\t70\tNilai\t0.25\t0.5\t0.75\t1",
  "3\t2.23.01.2.01\tPerencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\tJumlah dokumen perencanaan\t4\tDokumen\t0.25\t0.5\t0.75\t1",
  "4\t2.23.01.2.01.0001\tPenyusunan Dokumen Perencanaan Perangkat Daerah\tJumlah dokumen Renstra dan Renja\t2\tDokumen",
  "5\t2.23.01.2.01.0007\tEvaluasi Kinerja Perangkat Daerah\tJumlah laporan evaluasi kinerja\t4\tLaporan",
  "6\t2.23.01.2.02\tAdministrasi Keuangan Perangkat Daerah\tJumlah bulan pelayanan administrasi keuangan\t12\tBulan\t0.1",
  "#format G5:J10 0%",
].join("\n");

/** Fluent components measure themselves; jsdom has no ResizeObserver. */
export function stubResizeObserver(): void {
  const g = globalThis as { ResizeObserver?: unknown };
  if (g.ResizeObserver) return;
  g.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

export function renderApp(workbook: Workbook, lang: Lang = "id", host?: AppHost) {
  stubResizeObserver();
  return render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={workbook} lang={lang} host={host} />
    </FluentProvider>,
  );
}

/**
 * Role queries skip their visibility check (getComputedStyle up the tree for every
 * element), which makes them many times faster on the pane's large DOM. Tests scope
 * their queries to the tab panel they look at, so hidden panels do not interfere.
 */
configure({ defaultHidden: true, asyncUtilTimeout: 10_000 });

/** The pane renders the whole seed plan; on a loaded machine that can take a few seconds. */
jest.setTimeout(30_000);
