import { officeReady } from "../../src/office/ready";

type Global = { Office?: unknown };
const g = globalThis as Global;

afterEach(() => {
  delete g.Office;
});

describe("officeReady", () => {
  it("resolves null when Office.js is not loaded (offline, tests)", async () => {
    expect(await officeReady()).toBeNull();
  });

  it("reports the host inside Office", async () => {
    g.Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }) };
    expect(await officeReady()).toEqual({ host: "Excel", platform: "OfficeOnline" });
  });

  it("resolves null in a plain browser tab, where Office reports no host", async () => {
    g.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    expect(await officeReady()).toBeNull();
  });

  it("never rejects", async () => {
    g.Office = { onReady: () => Promise.reject(new Error("blocked")) };
    expect(await officeReady()).toBeNull();
  });
});
