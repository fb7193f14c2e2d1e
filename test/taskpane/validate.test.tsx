/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { analyzeWorkbook } from "../../src/app/analyze";
import { findingAddress, findingPlace, groupFindings } from "../../src/app/findingView";
import { GROUP_PREVIEW } from "../../src/taskpane/views/FindingList";
import { CELL_PREVIEW } from "../../src/taskpane/views/FindingItem";
import type { Finding } from "../../src/core/finding";
import { validateAnalysis } from "../../src/core/rules";
import { insertTemplate } from "../../src/app/template";
import { renderApp, seedWorkbook, sourceWorkbook } from "./support";

let expected: Finding[];
beforeAll(async () => {
  expected = validateAnalysis(await analyzeWorkbook(await seedWorkbook()));
});

const count = (list: Finding[], sev: Finding["severity"]) => list.filter((f) => f.severity === sev).length;

/** Open the Validasi tab and press its button; the tab panel. */
async function validate(tabName = "Validasi", button = "Validasi Rencana") {
  fireEvent.click(await screen.findByRole("tab", { name: tabName }));
  const panel = screen.getByRole("tabpanel", { name: tabName });
  await act(async () => fireEvent.click(within(panel).getByRole("button", { name: button })));
  return panel;
}

const findingButtons = (panel: HTMLElement) => [...panel.querySelectorAll<HTMLButtonElement>("button[data-finding]")];

describe("Validasi", () => {
  test("the summary counts the seed's findings: errors, so not ready to adopt", async () => {
    expect(count(expected, "error")).toBeGreaterThan(0);
    renderApp(await seedWorkbook());
    const panel = await validate();
    expect(within(panel).getByText("Belum siap ditetapkan")).toBeTruthy();
    expect(within(panel).getByText(`${count(expected, "error")} kesalahan`)).toBeTruthy();
    expect(within(panel).getByText(`${count(expected, "warning")} peringatan`)).toBeTruthy();
    expect(within(panel).getByText(`${expected.length} dari ${expected.length} temuan ditampilkan.`)).toBeTruthy();
  });

  test("an empty template is empty, never ready to adopt: in the overview and in the validation", async () => {
    const wb = await sourceWorkbook("#sheet Catatan\ncatatan\n");
    await insertTemplate(wb, { year: 2027 });
    renderApp(wb);
    const card = await screen.findByRole("region", { name: "Rencana Aksi 2027" });
    expect(within(card).getByText("Kosong: belum ada yang diperiksa")).toBeTruthy();
    const panel = await validate();
    expect(within(panel).getByText("Kosong: belum ada yang diperiksa")).toBeTruthy();
    expect(within(panel).getByText("0 kesalahan")).toBeTruthy();
    expect(within(panel).queryByText("Siap ditetapkan")).toBeNull();
  });

  test("a plan with indicators and no error is ready to adopt; its tables are not said to be empty", async () => {
    const clean = fs.readFileSync(path.join(__dirname, "..", "fixtures", "src", "rules-clean-cumulative.tsv"), "utf8");
    renderApp(await sourceWorkbook(clean));
    await screen.findByRole("tree");
    expect(screen.queryByText("Kosong: belum ada yang diperiksa")).toBeNull();
    const panel = await validate();
    expect(within(panel).getByText("0 kesalahan")).toBeTruthy();
    expect(within(panel).getByText("Siap ditetapkan")).toBeTruthy();
  });

  test("findings are grouped by category and severity, one entry per rule and message; an entry opens onto its cells", async () => {
    renderApp(await seedWorkbook());
    const panel = await validate();
    const numberingErrors = expected.filter((f) => f.rule.startsWith("numbering.") && f.severity === "error");
    const dup = numberingErrors.filter((f) => f.rule === "numbering.sasaranDuplicate");
    expect(dup.length).toBe(1); // the seed's second "Sasaran 1"
    const numberingGroup = groupFindings(numberingErrors)[0];
    const group = within(panel).getByRole("region", { name: `Penomoran · Kesalahan (${numberingGroup.items.length} butir)` });
    expect(within(group).getByText(dup[0].message.id)).toBeTruthy();

    // One button per entry (the first cell of each), the other cells behind the entry's disclosure button.
    const groups = groupFindings(expected);
    expect(findingButtons(panel).length).toBe(groups.reduce((n, g) => n + Math.min(g.items.length, GROUP_PREVIEW), 0));
    expect(findingButtons(panel).length).toBeLessThan(expected.length / 2);
    const many = groups.flatMap((g) => g.items).filter((i) => i.findings.length > 1).sort((a, b) => b.findings.length - a.findings.length)[0];
    const n = many.findings.length;
    const toggle = within(panel).getByRole("button", { name: `Tampilkan semua ${n - 1} sel lainnya`, expanded: false });
    const item = toggle.closest("li")!;
    expect(within(item).getByText(`· ${n} sel`, { exact: false })).toBeTruthy();
    await act(async () => fireEvent.click(toggle));
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(toggle.textContent).toBe("Sembunyikan sel lainnya");
    const cells = document.getElementById(toggle.getAttribute("aria-controls")!)!;
    expect(findingButtons(cells).map((b) => b.dataset.address)).toEqual(
      many.findings.slice(1, 1 + CELL_PREVIEW).map(findingAddress),
    );
    await act(async () => fireEvent.click(toggle));
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.getElementById(`${cells.id}`)).toBeNull();
  });

  test("a cell inside an entry selects its own cell in Excel", async () => {
    const wb = await seedWorkbook();
    const select = jest.spyOn(wb, "select");
    renderApp(wb);
    const panel = await validate();
    const toggle = within(panel).getAllByRole("button", { name: /^Tampilkan semua \d+ sel lainnya$/ })[0];
    await act(async () => fireEvent.click(toggle));
    const second = findingButtons(document.getElementById(toggle.getAttribute("aria-controls")!)!)[0];
    // The exact address ('A1' is not 'A11'), and the shown cell's own label names that sheet and cell.
    const finding = expected.find((f) => findingAddress(f) === second.dataset.address)!;
    expect(finding).toBeDefined();
    expect(second.textContent!.startsWith(`${finding.sheet}, sel ${findingPlace(finding).cell}`)).toBe(true);
    await act(async () => fireEvent.click(second));
    expect(select).toHaveBeenCalledWith(finding.sheet, finding.range);
  });

  test("clicking a finding selects its cell in Excel", async () => {
    const wb = await seedWorkbook();
    const select = jest.spyOn(wb, "select");
    renderApp(wb);
    const panel = await validate();
    const button = findingButtons(panel)[0];
    const finding = expected.find((f) => findingAddress(f) === button.dataset.address && button.textContent!.includes(f.message.id))!;
    expect(finding).toBeDefined();
    await act(async () => fireEvent.click(button));
    expect(select).toHaveBeenCalledWith(finding.sheet, finding.range);
  });

  test("severity toggles and the category choice narrow the list", async () => {
    renderApp(await seedWorkbook());
    const panel = await validate();
    fireEvent.click(within(panel).getByRole("button", { name: "Peringatan", pressed: true }));
    fireEvent.click(within(panel).getByRole("button", { name: "Info", pressed: true }));
    expect(within(panel).getByText(`${count(expected, "error")} dari ${expected.length} temuan ditampilkan.`)).toBeTruthy();
    expect(findingButtons(panel).every((b) => expected.some((f) => f.severity === "error" && b.textContent!.includes(f.message.id)))).toBe(true);

    const spelling = expected.filter((f) => f.rule.startsWith("spelling."));
    expect(spelling.length).toBeGreaterThan(0);
    fireEvent.click(within(panel).getByRole("button", { name: "Peringatan", pressed: false }));
    fireEvent.click(within(panel).getByRole("button", { name: "Info", pressed: false }));
    fireEvent.change(within(panel).getByRole("combobox", { name: "Kategori" }), { target: { value: "spelling" } });
    expect(within(panel).getByText(`${spelling.length} dari ${expected.length} temuan ditampilkan.`)).toBeTruthy();
    expect(findingButtons(panel).length).toBe(groupFindings(spelling).reduce((n, g) => n + g.items.length, 0));
    for (const g of groupFindings(spelling)) {
      const name = `Ejaan · ${g.severity === "info" ? "Info" : g.severity === "warning" ? "Peringatan" : "Kesalahan"} (${g.items.length} butir)`;
      expect(within(panel).getByRole("heading", { name })).toBeTruthy();
    }
  });

  test("Tandai sel marks the findings shown and Hapus tanda clears the marks, through the port", async () => {
    const wb = await seedWorkbook();
    const mark = jest.spyOn(wb, "mark");
    const clear = jest.spyOn(wb, "clearMarks");
    renderApp(wb);
    const panel = await validate();
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Tandai sel" })));
    expect(mark).toHaveBeenCalledTimes(1);
    expect(mark.mock.calls[0][0]).toEqual(expected);
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Hapus tanda" })));
    expect(clear).toHaveBeenCalledTimes(1);
    expect(within(panel).getByText("Tanda dihapus; format sel dipulihkan.")).toBeTruthy();
  });

  test("a failing port call shows a message in the user's language, never the error itself", async () => {
    const wb = await seedWorkbook();
    jest.spyOn(wb, "mark").mockRejectedValue(new Error("boom: RichApi.Error at line 3"));
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderApp(wb, "en");
    const panel = await validate("Validate", "Validate plan");
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Mark cells" })));
    expect(within(panel).getByText(/Renaksi could not complete this request/)).toBeTruthy();
    expect(panel.textContent).not.toContain("boom");
    log.mockRestore();
  });

  test("an adapter error that carries its own message is shown in that message", async () => {
    const wb = await seedWorkbook();
    const text = { id: "Lembar diproteksi.", en: "The sheet is protected." };
    jest.spyOn(wb, "clearMarks").mockRejectedValue(Object.assign(new Error("AccessDenied"), { text }));
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderApp(wb);
    const panel = await validate();
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Hapus tanda" })));
    expect(within(panel).getByText("Lembar diproteksi.")).toBeTruthy();
  });
});
