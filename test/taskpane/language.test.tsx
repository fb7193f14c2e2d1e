/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { renderApp, seedWorkbook } from "./support";

describe("language", () => {
  test("Indonesian by default; the switch turns the labels to English", async () => {
    renderApp(await seedWorkbook());
    expect(await screen.findByText("3 Sasaran")).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Isi Triwulan" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Tabel Rencana Aksi" })).toBeTruthy();

    fireEvent.change(screen.getByRole("combobox", { name: "Bahasa antarmuka" }), { target: { value: "en" } });
    expect(screen.getByRole("tab", { name: "Fill quarters" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Validate" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Action plan tables" })).toBeTruthy();
    expect(screen.getByText("46 indicators")).toBeTruthy();
    expect(screen.queryByRole("tab", { name: "Isi Triwulan" })).toBeNull();
    expect(screen.getByRole("combobox", { name: "Interface language" })).toBeTruthy();
  });

  test("English from the start when Office speaks English; the header has one h1 and the preview badge", async () => {
    renderApp((await seedWorkbook()), "en", { preview: true });
    expect(await screen.findByRole("heading", { level: 1, name: "Renaksi" })).toBeTruthy();
    expect(screen.getByText("Browser preview")).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Decree" })).toBeTruthy();
  });

  test("the header links to the user guide in both languages; inside Office the link opens the browser", async () => {
    const opened: string[] = [];
    renderApp(await seedWorkbook(), "id", { openLink: (url) => (opened.push(url), true) });
    const link = await screen.findByRole("link", { name: "Panduan" });
    expect(link.getAttribute("href")).toBe("panduan.html");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener");
    expect(link.getAttribute("title")).toBe("Buka panduan pengguna Renaksi di peramban");
    const click = new MouseEvent("click", { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(opened).toEqual([new URL("panduan.html", document.baseURI).href]);
    expect(click.defaultPrevented).toBe(true); // Office opened it: the anchor does not navigate too

    fireEvent.change(screen.getByRole("combobox", { name: "Bahasa antarmuka" }), { target: { value: "en" } });
    expect(screen.getByRole("link", { name: "Guide (Indonesian)" }).getAttribute("href")).toBe("panduan.html");
  });

  test("without Office's browser window the guide link opens as a plain link", async () => {
    renderApp(await seedWorkbook(), "en", { openLink: () => false });
    const link = await screen.findByRole("link", { name: "Guide (Indonesian)" });
    const click = new MouseEvent("click", { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
  });
});
