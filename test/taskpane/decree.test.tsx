/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { msg } from "../../src/core/i18n";
import { renderApp, seedWorkbook } from "./support";
import { excelFrom, xlsxFrom } from "../support/xlsx";

async function openDecree() {
  await screen.findByText("3 Sasaran");
  fireEvent.click(screen.getByRole("tab", { name: "Keputusan" }));
  const panel = screen.getByRole("tabpanel", { name: "Keputusan" });
  await within(panel).findByRole("textbox", { name: /Nomor keputusan/ });
  return panel;
}

const box = (panel: HTMLElement, name: RegExp) => within(panel).getByRole("textbox", { name }) as HTMLInputElement;
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

/** Type the fields the plan does not give (number, date, signer) and wait for "Buat lembar Keputusan" to be enabled. */
async function completeForm(panel: HTMLElement, nomor: string): Promise<HTMLElement> {
  type(box(panel, /Nomor keputusan/), nomor);
  type(box(panel, /Tanggal penetapan/), "2022-01-12");
  type(box(panel, /Nama penandatangan/), "NAMA KEPALA DINAS");
  type(box(panel, /NIP penandatangan/), "19631015 198903 1 016");
  const create = within(panel).getByRole("button", { name: "Buat lembar Keputusan" });
  await waitFor(() => expect(create.hasAttribute("disabled")).toBe(false));
  return create;
}

describe("Keputusan", () => {
  test("without an Info Keputusan sheet the form starts from the plan; a bad NIP is reported beside the field", async () => {
    renderApp(await seedWorkbook());
    const panel = await openDecree();
    expect(within(panel).getByText(/^Lembar Info Keputusan belum ada/)).toBeTruthy();
    expect(box(panel, /Nama instansi/).value).toBe("DINAS KOPERASI DAN USAHA MIKRO");
    expect(box(panel, /Tentang/).value).toContain("TAHUN 2022");
    // number and date from the plan's annex heading, said in a notice; the name is asked for, not refused
    expect(box(panel, /Nomor keputusan/).value).toBe("188 / 001.1 / K / 411.310 / 2022");
    expect(box(panel, /Tanggal penetapan/).value).toBe("2022-01-12");
    expect(within(panel).getByText(/^Dibaca dari rencana: Nomor keputusan \(Lampiran I!J3\), Tentang/)).toBeTruthy();
    expect(within(panel).getByText(/^Nama penandatangan belum diisi: keputusan dicetak dengan titik-titik/)).toBeTruthy();
    const create = within(panel).getByRole("button", { name: "Buat lembar Keputusan" });
    expect(create.hasAttribute("disabled")).toBe(false);

    const nip = box(panel, /NIP penandatangan/);
    type(nip, "12345");
    const message = 'NIP harus 18 angka; "12345" berisi 5 angka.';
    expect(within(panel).getByText(message)).toBeTruthy();
    // The message belongs to the NIP field (Fluent links it with aria-describedby).
    const described = (nip.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain(message);
    expect(create.hasAttribute("disabled")).toBe(true);
  });

  test("save creates the Info Keputusan sheet; create adds the Keputusan sheet; no room for the Lampiran heading is said", async () => {
    const wb = await seedWorkbook();
    renderApp(wb);
    const panel = await openDecree();
    const create = await completeForm(panel, "188 / 001.1 / K / 411.310 / 2022");

    const preview = within(panel).getByRole("document", { name: "Pratinjau teks keputusan" });
    await waitFor(() => expect(preview.textContent).toContain("NOMOR 188 / 001.1 / K / 411.310 / 2022"));
    expect(preview.textContent).toContain("KESATU");
    expect(preview.textContent).toContain("Menimbang");

    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Simpan ke Info Keputusan" })));
    expect(await within(panel).findByText('Lembar "Info Keputusan" dibuat dan diisi.')).toBeTruthy();
    // Hidden: printing the workbook leaves it out.
    expect(await wb.sheets()).not.toContain("Info Keputusan");
    expect(await wb.sheets({ hidden: true })).toContain("Info Keputusan");

    fireEvent.click(within(panel).getByRole("switch", { name: /judul Lampiran/ }));
    await act(async () => fireEvent.click(create));
    expect(await within(panel).findByText('Lembar "Keputusan" dibuat.')).toBeTruthy();
    // Before its annex: the workbook prints the decree first.
    expect(await wb.sheets()).toEqual(["Keputusan", "Lampiran I"]);
    // The seed already has its "Lampiran I : KEPUTUSAN ..." lines above the table: nothing is overwritten.
    expect(within(panel).getByText(msg("decree.lampiran.exists", { sheet: "Lampiran I", row: "1" }).id)).toBeTruthy();
    const grid = await wb.readGrid("Lampiran I");
    expect(grid.values[0][9]).toBe("Lampiran I : KEPUTUSAN DINAS KOPERASI DAN USAHA MIKRO TENTANG");
  });

  test("the Lampiran heading is written once: no reading again after it, and the next create reads its sheet before writing", async () => {
    // The seed without its "Lampiran I : KEPUTUSAN ..." lines (rows 1-4): room for the heading.
    const book = await excelFrom(await seedWorkbook());
    const sheet = book.getWorksheet("Lampiran I")!;
    for (let r = 1; r <= 4; r++) sheet.getRow(r).eachCell((c) => void (c.value = null));
    const wb = await xlsxFrom(book);
    renderApp(wb);
    const panel = await openDecree();
    const create = await completeForm(panel, "188 / 001.1 / K / 411.310 / 2022");
    fireEvent.click(within(panel).getByRole("switch", { name: /judul Lampiran/ }));
    const reads = jest.spyOn(wb, "readGrids");
    // The heading's cells are written with the decree sheet's record, in one update.
    const edits = jest.spyOn(wb, "update");

    await act(async () => fireEvent.click(create));
    expect(await within(panel).findByText("Judul Lampiran ditulis di atas tabel rencana.")).toBeTruthy();
    expect(edits).toHaveBeenCalledTimes(1);
    await act(() => new Promise((r) => setTimeout(r, 100)));
    // Only the decree's own record was read (no sheet): the plan is not read again.
    expect(reads.mock.calls.map(([request]) => request?.sheets)).toEqual([[]]);

    await act(async () => fireEvent.click(create));
    expect(await within(panel).findByText(/^Judul lampiran tidak ditulis: lembar "Lampiran I" sudah memuat/)).toBeTruthy();
    expect(edits).toHaveBeenCalledTimes(1); // not written over again from the reading made before the first
  });

  test("the form reads back what was saved", async () => {
    const wb = await seedWorkbook();
    renderApp(wb);
    let panel = await openDecree();
    type(box(panel, /Nomor keputusan/), "188/7/411.310/2022");
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Simpan ke Info Keputusan" })));
    await within(panel).findByText('Lembar "Info Keputusan" dibuat dan diisi.');
    type(box(panel, /Nomor keputusan/), "something else");
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Muat ulang dari lembar Info Keputusan" })));
    panel = screen.getByRole("tabpanel", { name: "Keputusan" });
    await waitFor(() => expect(box(panel, /Nomor keputusan/).value).toBe("188/7/411.310/2022"));
    expect(within(panel).queryByText(/^Lembar Info Keputusan belum ada/)).toBeNull();
  });

  test("create again updates the add-in's Keputusan sheet; Undo update brings its previous content back", async () => {
    const wb = await seedWorkbook();
    renderApp(wb);
    const panel = await openDecree();
    const create = await completeForm(panel, "1/2022");
    await act(async () => fireEvent.click(create));
    await within(panel).findByText('Lembar "Keputusan" dibuat.');
    expect(within(panel).queryByRole("button", { name: "Batalkan pembaruan" })).toBeNull();

    type(box(panel, /Nomor keputusan/), "2/2022");
    await act(async () => fireEvent.click(create));
    await within(panel).findByText(/^Lembar "Keputusan" buatan Renaksi diperbarui/);
    expect(await wb.sheets()).toEqual(["Keputusan", "Lampiran I"]);
    const nomor = async () => (await wb.readGrid("Keputusan")).values.flat().find((v) => String(v).startsWith("NOMOR"));
    expect(await nomor()).toBe("NOMOR 2/2022");

    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Batalkan pembaruan" })));
    await within(panel).findByText('Lembar "Keputusan" dikembalikan ke isi sebelum keputusan dibuat ulang.');
    expect(await nomor()).toBe("NOMOR 1/2022");
    expect(within(panel).queryByRole("button", { name: "Batalkan pembaruan" })).toBeNull();
  });
});
