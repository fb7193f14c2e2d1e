/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { SMALL_PLAN, renderApp, sourceWorkbook } from "./support";

/** axe-core's violations inside `root`; colour contrast left out (jsdom does not lay out or paint). */
async function violations(root: HTMLElement): Promise<string[]> {
  // axe moves focus over the tabs while it checks them: Fluent's Tab updates, inside act.
  let result!: axe.AxeResults;
  await act(async () => {
    result = await axe.run(root, { rules: { "color-contrast": { enabled: false } } });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

describe("accessibility (axe-core)", () => {
  test("header and every view: names on all controls (icon-only buttons too), valid ARIA, headings in order", async () => {
    const { container } = renderApp(await sourceWorkbook(SMALL_PLAN));
    await screen.findByText("2 Sub Kegiatan");
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Validasi" })));
    const validate = screen.getByRole("tabpanel", { name: "Validasi" });
    await act(async () => fireEvent.click(within(validate).getByRole("button", { name: "Validasi Rencana" })));
    await within(validate).findByText("Ringkasan", { selector: "*" }).catch(() => undefined);
    await within(validate).findByText(/temuan ditampilkan|Tidak ada temuan/);
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Isi Triwulan" })));
    const fill = screen.getByRole("tabpanel", { name: "Isi Triwulan" });
    await act(async () => fireEvent.click(await within(fill).findByRole("button", { name: "Pratinjau" })));
    await within(fill).findByRole("region", { name: "Pratinjau pengisian" });
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Keputusan" })));
    await within(screen.getByRole("tabpanel", { name: "Keputusan" })).findByRole("textbox", { name: /Nomor keputusan/ });

    expect(await violations(container.querySelector("header")!)).toEqual([]);
    for (const tab of ["Rencana", "Validasi", "Isi Triwulan", "Templat", "Keputusan"]) {
      await act(async () => fireEvent.click(screen.getByRole("tab", { name: tab })));
      const panel = container.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')!;
      expect({ tab, violations: await violations(panel) }).toEqual({ tab, violations: [] });
    }
  }, 60_000);
});
