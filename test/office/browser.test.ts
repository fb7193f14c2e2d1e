import { openInBrowser } from "../../src/office/browser";

type Global = { Office?: unknown };
const g = globalThis as Global;
const URL = "https://apps.example.go.id/renaksi/panduan.html";

afterEach(() => {
  delete g.Office;
});

/** An Office whose ui has openBrowserWindow, with the requirement set supported or not. */
function office(supported: boolean) {
  const opened: string[] = [];
  const ui = { openBrowserWindow(this: unknown, url: string) { if (this !== ui) throw new Error("called without its ui"); opened.push(url); } };
  g.Office = { context: { ui, requirements: { isSetSupported: (name: string, v: string) => supported && name === "OpenBrowserWindowApi" && v === "1.1" } } };
  return opened;
}

describe("openInBrowser", () => {
  it("opens the page with Office's openBrowserWindow when the host supports it", () => {
    const opened = office(true);
    expect(openInBrowser(URL)).toBe(true);
    expect(opened).toEqual([URL]);
  });

  it("leaves the link to the browser when the requirement set is missing", () => {
    const opened = office(false);
    expect(openInBrowser(URL)).toBe(false);
    expect(opened).toEqual([]);
  });

  it("leaves the link to the browser outside Office, before Office is ready, and when the call throws", () => {
    expect(openInBrowser(URL)).toBe(false);
    g.Office = {};
    expect(openInBrowser(URL)).toBe(false);
    g.Office = { context: { ui: {} } };
    expect(openInBrowser(URL)).toBe(false);
    g.Office = { context: { ui: { openBrowserWindow: () => { throw new Error("blocked"); } } } };
    expect(openInBrowser(URL)).toBe(false);
  });
});
