/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { renderApp, sourceWorkbook } from "./support";

const SOURCE = fs.readFileSync(path.join(__dirname, "../fixtures/monitoring/plan-mixed-2026.tsv"), "utf8");

async function openMonitor() {
  fireEvent.click(await screen.findByRole("tab", { name: "Pemantauan" }));
  const panel = screen.getByRole("tabpanel", { name: "Pemantauan" });
  await within(panel).findByRole("button", { name: "Siapkan Pemantauan" }); // the view is a chunk of its own
  return panel;
}

describe("Pemantauan", () => {
  test("prepares the monitoring sheet once, computes a quarter from typed realisasi and adds the report sheet", async () => {
    const wb = await sourceWorkbook(SOURCE);
    renderApp(wb);
    await screen.findByText("2 Sasaran");
    const panel = await openMonitor();
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Siapkan Pemantauan" })));
    expect(await within(panel).findByText(/Lembar pemantauan 'Pemantauan 2026' dibuat: 12 indikator/)).toBeTruthy();
    expect(await wb.sheets()).toEqual(["Lampiran I", "Pemantauan 2026"]);

    // Twice: not made again.
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Siapkan Pemantauan" })));
    expect(await within(panel).findByText(/sudah ada untuk rencana ini/)).toBeTruthy();
    expect(await wb.sheets()).toEqual(["Lampiran I", "Pemantauan 2026"]);

    // TW I typed: on target for the sanitation villages (25 %), a word where a number belongs.
    const edit = (row: number, col: number, value: number | string) => ({ sheet: "Pemantauan 2026", row, col, value, previous: { value: null, format: "General" } });
    await wb.applyEdits([edit(13, 11, 0.25), edit(20, 11, "dua")]);
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Hitung Capaian" })));
    expect(await within(panel).findByText("Seluruh Perangkat Daerah: 12 indikator, 1 tercapai, 0 sebagian, 0 belum tercapai, 11 belum ada data")).toBeTruthy();
    expect(within(panel).getByText("1 temuan pada realisasi:")).toBeTruthy();
    expect(within(panel).getByText(/Realisasi "dua" tidak terbaca/)).toBeTruthy();

    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Buat Lembar Laporan" })));
    expect(await within(panel).findByText('Lembar "Capaian TW 1" ditambahkan, siap cetak (A4 mendatar).')).toBeTruthy();
    expect(await wb.sheets()).toEqual(["Lampiran I", "Pemantauan 2026", "Capaian TW 1"]);
  });

  test("undo removes exactly the monitoring sheet and its record; with typed realisasi it asks first", async () => {
    const wb = await sourceWorkbook(SOURCE);
    const before = await wb.readGrid("Lampiran I");
    renderApp(wb);
    await screen.findByText("2 Sasaran");
    const panel = await openMonitor();
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Siapkan Pemantauan" })));
    await within(panel).findByText(/dibuat: 12 indikator/);
    await wb.applyEdits([{ sheet: "Pemantauan 2026", row: 13, col: 11, value: 0.2, previous: { value: null, format: "General" } }]);

    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Batalkan Pemantauan" })));
    expect(await within(panel).findByText(/sudah berisi 1 sel isian/)).toBeTruthy();
    expect(await wb.sheets()).toEqual(["Lampiran I", "Pemantauan 2026"]);
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Tetap batalkan" })));
    expect(await within(panel).findByText("Lembar pemantauan 'Pemantauan 2026' dihapus; rencana tidak berubah.")).toBeTruthy();
    expect(await wb.sheets()).toEqual(["Lampiran I"]);
    expect(await wb.readGrid("Lampiran I")).toEqual(before);
    expect(await wb.loadState("renaksi.monitoring")).toBeNull();

    // Prepared again after the undo: a new sheet, the same name.
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Siapkan Pemantauan" })));
    expect(await within(panel).findByText(/'Pemantauan 2026' dibuat/)).toBeTruthy();
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Batalkan Pemantauan" })));
    expect(await within(panel).findByText(/dihapus; rencana tidak berubah/)).toBeTruthy();
    expect(await wb.sheets()).toEqual(["Lampiran I"]);
  });

  test("a workbook without a plan says so, and adds nothing", async () => {
    const wb = await sourceWorkbook("#sheet Kosong\ncatatan\n");
    renderApp(wb);
    await screen.findByText("Tabel Rencana Aksi tidak ditemukan");
    const panel = await openMonitor();
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Siapkan Pemantauan" })));
    expect(await within(panel).findByText("Tidak ada tabel rencana dengan kolom triwulan untuk dipantau.")).toBeTruthy();
    expect(await wb.sheets()).toEqual(["Kosong"]);
  });
});
