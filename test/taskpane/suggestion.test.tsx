/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { GridView } from "../../src/core/grid";
import { renderApp, sourceWorkbook } from "./support";

const TYPED = "A. Perencanaan, Penganggaran dan Evalusi Kinerja Perangkat Daerah";
const OFFICIAL = "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah";
const CLEAN = fs.readFileSync(path.join(__dirname, "..", "fixtures", "src", "rules-clean-cumulative.tsv"), "utf8");

describe("Validasi: the official name in one click", () => {
  test("a name typed with slips is renamed from its finding, and Undo gives it back", async () => {
    const wb = await sourceWorkbook(CLEAN.replace(`A. ${OFFICIAL}`, TYPED));
    const sheet = (await wb.sheets())[0];
    const cellText = async () => {
      const view = new GridView(await wb.readGrid(sheet));
      for (let r = 0; r < 40; r++) for (let c = 0; c < 8; c++) {
        const v = view.rawValue(r, c);
        if (typeof v === "string" && v.startsWith("A. Perencanaan")) return v;
      }
      return null;
    };
    renderApp(wb);
    fireEvent.click(await screen.findByRole("tab", { name: "Validasi" }));
    const panel = screen.getByRole("tabpanel", { name: "Validasi" });
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Validasi Rencana" })));
    const apply = await within(panel).findByRole("button", { name: new RegExp(`menjadi "${OFFICIAL}"`) });
    expect(apply.textContent).toBe("Pakai nama resmi");
    await act(async () => fireEvent.click(apply));
    expect(await within(panel).findByText(new RegExp(`diganti menjadi "${OFFICIAL}"`))).toBeTruthy();
    expect(await cellText()).toBe(`A. ${OFFICIAL}`);
    expect(within(panel).queryByRole("button", { name: new RegExp(`menjadi "${OFFICIAL}"`) })).toBeNull();

    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Urungkan" })));
    expect(await cellText()).toBe(TYPED);
    expect(await within(panel).findByRole("button", { name: new RegExp(`menjadi "${OFFICIAL}"`) })).toBeTruthy();
  });
});
