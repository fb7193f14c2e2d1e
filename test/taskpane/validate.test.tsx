/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { analyzeWorkbook } from "../../src/app/analyze";
import { findingAddress, groupFindings } from "../../src/app/findingView";
import { GROUP_PREVIEW } from "../../src/taskpane/views/FindingList";
import type { Finding } from "../../src/core/finding";
import { t, type MessageKey } from "../../src/core/i18n";
import { validateAnalysis } from "../../src/core/rules";
import { renderApp, seedWorkbook } from "./support";

let expected: Finding[];
beforeAll(async () => {
  expected = validateAnalysis(await analyzeWorkbook(seedWorkbook()));
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
    renderApp(seedWorkbook());
    const panel = await validate();
    expect(within(panel).getByText("Belum siap ditetapkan")).toBeTruthy();
    expect(within(panel).getByText(`${count(expected, "error")} kesalahan`)).toBeTruthy();
    expect(within(panel).getByText(`${count(expected, "warning")} peringatan`)).toBeTruthy();
    expect(within(panel).getByText(`${expected.length} dari ${expected.length} temuan ditampilkan.`)).toBeTruthy();
  });

  test("findings are grouped by category and severity; a long group lists all on request", async () => {
    renderApp(seedWorkbook());
    const panel = await validate();
    const numberingErrors = expected.filter((f) => f.rule.startsWith("numbering.") && f.severity === "error");
    const dup = numberingErrors.filter((f) => f.rule === "numbering.sasaranDuplicate");
    expect(dup.length).toBe(1); // the seed's second "Sasaran 1"
    const group = within(panel).getByRole("region", { name: `Penomoran · Kesalahan (${numberingErrors.length})` });
    expect(within(group).getByText(dup[0].message.id)).toBeTruthy();

    const groups = groupFindings(expected);
    expect(findingButtons(panel).length).toBe(groups.reduce((n, g) => n + Math.min(g.findings.length, GROUP_PREVIEW), 0));
    const long = groups.filter((g) => g.findings.length > GROUP_PREVIEW).sort((a, b) => a.findings.length - b.findings.length)[0];
    const n = long.findings.length;
    const name = `${t(`ui.category.${long.category}` as MessageKey, "id")} · ${t(`ui.severity.${long.severity}`, "id")} (${n})`;
    const region = within(panel).getByRole("region", { name });
    expect(findingButtons(region).length).toBe(GROUP_PREVIEW);
    await act(async () => fireEvent.click(within(region).getByRole("button", { name: `Tampilkan semua (${n})` })));
    expect(findingButtons(region).length).toBe(n);
    expect(document.activeElement).toBe(findingButtons(region)[GROUP_PREVIEW]);
  });

  test("clicking a finding selects its cell in Excel", async () => {
    const wb = seedWorkbook();
    const select = jest.spyOn(wb, "select");
    renderApp(wb);
    const panel = await validate();
    const button = findingButtons(panel)[0];
    const finding = expected.find((f) => button.textContent!.startsWith(findingAddress(f)) && button.textContent!.includes(f.message.id))!;
    expect(finding).toBeDefined();
    await act(async () => fireEvent.click(button));
    expect(select).toHaveBeenCalledWith(finding.sheet, finding.range);
  });

  test("severity toggles and the category choice narrow the list", async () => {
    renderApp(seedWorkbook());
    const panel = await validate();
    fireEvent.click(within(panel).getByRole("button", { name: "Peringatan", pressed: true }));
    fireEvent.click(within(panel).getByRole("button", { name: "Info", pressed: true }));
    expect(within(panel).getByText(`${count(expected, "error")} dari ${expected.length} temuan ditampilkan.`)).toBeTruthy();
    expect(findingButtons(panel).every((b) => expected.some((f) => f.severity === "error" && b.textContent!.includes(f.message.id)))).toBe(true);

    const spelling = expected.filter((f) => f.rule.startsWith("spelling."));
    expect(spelling.length).toBeGreaterThan(0);
    fireEvent.click(within(panel).getByRole("button", { name: "Peringatan", pressed: false }));
    fireEvent.change(within(panel).getByRole("combobox", { name: "Kategori" }), { target: { value: "spelling" } });
    expect(within(panel).getByText(`${spelling.length} dari ${expected.length} temuan ditampilkan.`)).toBeTruthy();
    expect(findingButtons(panel).length).toBe(spelling.length);
    expect(within(panel).getByRole("heading", { name: `Ejaan · Peringatan (${spelling.length})` })).toBeTruthy();
  });

  test("Tandai sel marks the findings shown and Hapus tanda clears the marks, through the port", async () => {
    const wb = seedWorkbook();
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
    const wb = seedWorkbook();
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
    const wb = seedWorkbook();
    const text = { id: "Lembar diproteksi.", en: "The sheet is protected." };
    jest.spyOn(wb, "clearMarks").mockRejectedValue(Object.assign(new Error("AccessDenied"), { text }));
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderApp(wb);
    const panel = await validate();
    await act(async () => fireEvent.click(within(panel).getByRole("button", { name: "Hapus tanda" })));
    expect(within(panel).getByText("Lembar diproteksi.")).toBeTruthy();
  });
});
