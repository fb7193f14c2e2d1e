import { displayLang, officeDisplayLanguage } from "../../src/office/language";

type Global = { Office?: unknown };
const g = globalThis as Global;

afterEach(() => {
  delete g.Office;
});

describe("displayLang", () => {
  it("follows Office's display language", () => {
    g.Office = { context: { displayLanguage: "en-US" } };
    expect(officeDisplayLanguage()).toBe("en-US");
    expect(displayLang("id-ID")).toBe("en");
    g.Office = { context: { displayLanguage: "id-ID" } };
    expect(displayLang("en-GB")).toBe("id");
    g.Office = { context: { displayLanguage: "fr-FR" } };
    expect(displayLang()).toBe("id");
  });

  it("uses the fallback locale outside Office, Indonesian without one", () => {
    expect(officeDisplayLanguage()).toBeUndefined();
    expect(displayLang("en-GB")).toBe("en");
    expect(displayLang()).toBe("id");
    g.Office = {}; // Office.js loaded but not initialized: no context yet
    expect(displayLang("en")).toBe("en");
  });
});
