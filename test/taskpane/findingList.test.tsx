/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PaneProvider } from "../../src/taskpane/context";
import { FindingList, GROUP_PREVIEW } from "../../src/taskpane/views/FindingList";
import { CELL_PREVIEW } from "../../src/taskpane/views/FindingItem";
import type { Finding } from "../../src/core/finding";
import type { Workbook } from "../../src/core/port";
import { stubResizeObserver } from "./support";

/** target.noUnit on F{row}: the message quotes the row's own value. */
const noUnit = (row: number, value = "85"): Finding => ({
  rule: "target.noUnit", severity: "error", sheet: "Lampiran I", range: { top: row - 1, left: 5, bottom: row - 1, right: 5 },
  key: "rules.target.noUnit", message: { id: `Target "${value}" tidak bersatuan.`, en: `Target "${value}" has no unit.` },
  hint: { id: "Tulis satuannya.", en: "Write its unit." },
});
/** A finding with a message of its own (one entry each). */
const single = (i: number): Finding => ({
  rule: "target.unreadable", severity: "error", sheet: "Lampiran I", range: { top: 100 + i, left: 2, bottom: 100 + i, right: 2 },
  key: `rules.target.rule${i}`, message: { id: `Masalah ${i}.`, en: `Problem ${i}.` },
});

function show(findings: Finding[], onSelect = jest.fn(), lang: "id" | "en" = "id") {
  stubResizeObserver();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider workbook={{} as Workbook} lang={lang}>
        <FindingList findings={findings} onSelect={onSelect} />
      </PaneProvider>
    </FluentProvider>,
  );
  return { ...view, onSelect };
}

const findingButtons = (root: HTMLElement) => [...root.querySelectorAll<HTMLButtonElement>("button[data-finding]")];

describe("FindingList: one entry per problem", () => {
  test("a rule on several cells is one entry: the first cell, \"mis.\" when the messages differ, the count, the cells on request", async () => {
    const { onSelect, container } = show([noUnit(8, "85"), noUnit(9, "90"), noUnit(12, "7"), single(1)]);
    expect(findingButtons(container)).toHaveLength(2);
    const [first] = findingButtons(container);
    expect(first.textContent).toContain("Lampiran I, sel F8 · 3 sel");
    expect(first.textContent).not.toContain("'Lampiran I'!");
    expect(first.dataset.address).toBe("'Lampiran I'!F8");
    expect(first.textContent).toContain("mis. Target \"85\" tidak bersatuan.");
    expect(first.textContent).toContain("Saran: Tulis satuannya.");
    expect(container.textContent).not.toContain("\"90\"");

    // The toggle counts the cells it opens onto: the two besides the first, already shown.
    const toggle = screen.getByRole("button", { name: "Tampilkan semua 2 sel lainnya", expanded: false });
    expect(toggle.getAttribute("aria-controls")).toBeNull(); // nothing to point at while closed
    await act(async () => fireEvent.click(toggle));
    const cells = document.getElementById(toggle.getAttribute("aria-controls")!)!;
    const others = findingButtons(cells);
    // Each other cell with its own message (they differ), each one selects its cell.
    expect(others.map((b) => b.textContent)).toEqual([
      "Lampiran I, sel F9Target \"90\" tidak bersatuan.", "Lampiran I, sel F12Target \"7\" tidak bersatuan.",
    ]);
    await act(async () => fireEvent.click(others[1]));
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ range: noUnit(12).range }));
    await act(async () => fireEvent.click(first));
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ range: noUnit(8).range }));
    // No axe violation, open or closed.
    const result = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  test("the same message on every cell: said once, the cells listed by address alone", async () => {
    const { container } = show([noUnit(8), noUnit(9)]);
    expect(findingButtons(container)[0].textContent).toContain("Target \"85\" tidak bersatuan.");
    expect(findingButtons(container)[0].textContent).not.toContain("mis.");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tampilkan semua 1 sel lainnya" })));
    expect(findingButtons(container)[1].textContent).toBe("Lampiran I, sel F9");
  });

  test("a cell or a range is labelled as a person reads it, in the pane's language", async () => {
    const range: Finding = { ...single(1), sheet: "O'Brien", range: { top: 19, left: 6, bottom: 19, right: 9 } };
    const { container, unmount } = show([single(2), range]);
    expect(findingButtons(container).map((b) => b.textContent!.split("Masalah")[0])).toEqual(["Lampiran I, sel C103", "O'Brien, sel G20:J20"]);
    unmount();
    const en = show([single(2), range], jest.fn(), "en").container;
    expect(findingButtons(en).map((b) => b.textContent!.split("Masalah")[0].split("Problem")[0])).toEqual([
      "Lampiran I, cell C103", "O'Brien, cells G20:J20",
    ]);
  });

  test("a long section lists GROUP_PREVIEW entries, then all on request with the keyboard where the new ones start", async () => {
    const n = GROUP_PREVIEW + 3;
    const { container } = show([noUnit(8), noUnit(9), ...Array.from({ length: n - 1 }, (_, i) => single(i))]);
    // The heading and "show all" count the same thing, the entries (n), not the findings (n + 1).
    const section = screen.getByRole("region", { name: `Target · Kesalahan (${n} butir)` });
    expect(within(section).getByRole("heading").textContent).toBe(`Target · Kesalahan (${n} butir)`);
    expect(findingButtons(section)).toHaveLength(GROUP_PREVIEW);
    await act(async () => fireEvent.click(within(section).getByRole("button", { name: `Tampilkan semua ${n} butir` })));
    expect(findingButtons(section)).toHaveLength(n);
    expect(document.activeElement).toBe(findingButtons(section)[GROUP_PREVIEW]);
    expect(container.querySelectorAll("[aria-expanded]")).toHaveLength(1);
  });

  test("an entry of thousands of cells opens onto the first CELL_PREVIEW, the rest on request", async () => {
    const many = Array.from({ length: CELL_PREVIEW + 6 }, (_, i) => noUnit(8 + i));
    const { container } = show(many);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: `Tampilkan semua ${many.length - 1} sel lainnya` })));
    expect(findingButtons(container)).toHaveLength(1 + CELL_PREVIEW);
    // The cells' own "show more" names the cells it adds: not the section's "Tampilkan semua … butir".
    const more = screen.getByRole("button", { name: `Tampilkan ${many.length - 1 - CELL_PREVIEW} sel sisanya` });
    expect(screen.queryAllByRole("button", { name: /butir/ })).toHaveLength(0);
    await act(async () => fireEvent.click(more));
    expect(findingButtons(container)).toHaveLength(many.length);
    expect(document.activeElement).toBe(findingButtons(container)[1 + CELL_PREVIEW]);
  });
});
