import { displayLang, officeDisplayLanguage } from "../../src/office/language";

type Global = { Office?: unknown };
const g = globalThis as Global;

afterEach(() => {
  delete g.Office;
});

/** English display languages Office offers or reports (Windows, Mac, the web's region variants). */
const ENGLISH = ["en-US", "en-GB", "en-AU", "en-IN", "en-CA", "en-NZ", "en-IE", "en-SG", "en-ZA", "en-PH", "en", "EN-gb", "en_GB"];
const NOT_ENGLISH = ["id-ID", "id", "fr-FR", "ms-MY", "jv-ID", "eng", "enx", "", "  "];

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

  it.each(ENGLISH)("picks English for every English Office language: %s", (tag) => {
    g.Office = { context: { displayLanguage: tag } };
    expect(displayLang("id-ID")).toBe("en");
  });

  it.each(NOT_ENGLISH)("picks Indonesian for a language that is not English: %p", (tag) => {
    g.Office = { context: { displayLanguage: tag } };
    // An empty display language is no answer: the browser's language (here English) decides.
    expect(displayLang(tag.trim() === "" ? "en-GB" : "en-US")).toBe(tag.trim() === "" ? "en" : "id");
  });

  it("uses the fallback locale outside Office, Indonesian without one", () => {
    expect(officeDisplayLanguage()).toBeUndefined();
    expect(displayLang("en-GB")).toBe("en");
    expect(displayLang("en-AU")).toBe("en");
    expect(displayLang()).toBe("id");
    g.Office = {}; // Office.js loaded but not initialized: no context yet
    expect(displayLang("en")).toBe("en");
  });
});
