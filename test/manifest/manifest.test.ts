/** @jest-environment jsdom */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

// Offline checks of manifest.xml (`npm run validate` needs Microsoft's web service).
const root = path.resolve(__dirname, "../..");
const DEV_BASE = "https://localhost:3000/";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const SHORT_MAX = 125;
const LONG_MAX = 250;
/** The English Office display languages: each has its own override, so none depends on how Office falls back to en-US. */
const ENGLISH_LOCALES = ["en-US", "en-GB", "en-AU", "en-CA", "en-IN", "en-IE", "en-NZ", "en-SG", "en-ZA"];

const doc = new DOMParser().parseFromString(readFileSync(path.join(root, "manifest.xml"), "utf8"), "application/xml");
const all = (name: string, ns = "*"): Element[] => Array.from(doc.getElementsByTagNameNS(ns, name));
const one = (name: string): Element => {
  const found = all(name);
  if (found.length === 0) throw new Error(`manifest has no <${name}>`);
  return found[0];
};
const attr = (el: Element, name: string): string => el.getAttribute(name) ?? "";
const child = (el: Element, name: string): Element | undefined => Array.from(el.children).find((c) => c.localName === name);

function resources(kind: "Images" | "Urls" | "ShortStrings" | "LongStrings"): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const group of all(kind, BT)) for (const el of Array.from(group.children)) map.set(attr(el, "id"), el);
  return map;
}
const images = resources("Images");
const urls = resources("Urls");
const shortStrings = resources("ShortStrings");
const longStrings = resources("LongStrings");

/** Which resource table a resid on this element must come from. */
const RESID_TABLE: Record<string, Map<string, Element>> = {
  Image: images,
  Label: shortStrings,
  Title: shortStrings,
  Description: longStrings,
  SourceLocation: urls,
  FunctionFile: urls,
  Runtime: urls,
  LearnMoreUrl: urls,
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (b.subarray(0, 8).toString("hex") !== signature || b.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function assetFile(url: string): string {
  expect(url.startsWith(DEV_BASE)).toBe(true);
  return path.join(root, url.slice(DEV_BASE.length));
}

describe("manifest.xml", () => {
  it("is well-formed XML with the add-in's identity", () => {
    expect(all("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one("DefaultLocale").textContent).toBe("id-ID");
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
    expect(all("Host").map((h) => attr(h, "Name") || attr(h, "xsi:type"))).toEqual(["Workbook", "Workbook"]);
  });

  it("requires ExcelApi 1.13 and the shared runtime", () => {
    const sets = new Map(all("Set").map((s) => [attr(s, "Name"), attr(s, "MinVersion")]));
    expect(sets.get("ExcelApi")).toBe("1.13");
    expect(sets.get("SharedRuntime")).toBe("1.1");
  });

  it("runs the ribbon and the task pane in one long-lived runtime", () => {
    const runtime = one("Runtime");
    expect(attr(runtime, "lifetime")).toBe("long");
    const page = attr(runtime, "resid");
    expect(attr(one("FunctionFile"), "resid")).toBe(page);
    const panes = all("Action").filter((a) => attr(a, "xsi:type") === "ShowTaskpane");
    expect(panes.length).toBeGreaterThan(0);
    for (const pane of panes) {
      expect(attr(child(pane, "SourceLocation")!, "resid")).toBe(page);
      expect(child(pane, "TaskpaneId")?.textContent).toBeTruthy();
    }
    expect(attr(urls.get(page)!, "DefaultValue")).toBe(attr(child(one("DefaultSettings"), "SourceLocation")!, "DefaultValue"));
  });

  it("has the Renaksi tab with Validate plan, Insert template and Open Renaksi", () => {
    const tab = one("CustomTab");
    expect(attr(tab, "id")).toBe("Renaksi");
    const labelOf = (el: Element) => shortStrings.get(attr(child(el, "Label")!, "resid"));
    const controls = Array.from(tab.getElementsByTagName("Control")).map((c) => {
      const action = child(c, "Action")!;
      const label = labelOf(c)!;
      return {
        id: attr(label, "DefaultValue"),
        en: attr(child(label, "Override")!, "Value"),
        action: attr(action, "xsi:type"),
        fn: child(action, "FunctionName")?.textContent ?? null,
      };
    });
    expect(controls).toEqual([
      { id: "Validasi Rencana", en: "Validate plan", action: "ExecuteFunction", fn: "validatePlan" },
      { id: "Sisipkan Templat", en: "Insert template", action: "ExecuteFunction", fn: "insertTemplate" },
      { id: "Buka Renaksi", en: "Open Renaksi", action: "ShowTaskpane", fn: null },
    ]);
    expect(attr(labelOf(tab)!, "DefaultValue")).toBe("Renaksi");
  });

  it("resolves every resid to a resource of the right kind", () => {
    const withResid = Array.from(doc.getElementsByTagName("*")).filter((el) => el.hasAttribute("resid"));
    expect(withResid.length).toBeGreaterThan(30);
    for (const el of withResid) {
      const table = RESID_TABLE[el.localName];
      expect({ element: el.localName, known: table !== undefined }).toEqual({ element: el.localName, known: true });
      expect({ resid: attr(el, "resid"), defined: table.has(attr(el, "resid")) }).toEqual({ resid: attr(el, "resid"), defined: true });
    }
  });

  it("has unique resource ids of at most 32 characters, and unique control ids", () => {
    const ids = all("*", BT)
      .filter((el) => el.parentElement && ["Images", "Urls", "ShortStrings", "LongStrings"].includes(el.parentElement.localName))
      .map((el) => attr(el, "id"));
    expect(ids.length).toBe(images.size + urls.size + shortStrings.size + longStrings.size);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
    const uiIds = [...all("CustomTab"), ...all("Group"), ...all("Control")].map((el) => attr(el, "id"));
    expect(new Set(uiIds).size).toBe(uiIds.length);
  });

  it("keeps strings within Office's length limits", () => {
    const check = (el: Element, max: number) => {
      const values = [attr(el, "DefaultValue"), ...Array.from(el.children).map((o) => attr(o, "Value"))];
      for (const v of values) {
        expect(v.trim().length).toBeGreaterThan(0);
        expect({ id: attr(el, "id") || el.localName, length: v.length <= max }).toEqual({ id: attr(el, "id") || el.localName, length: true });
      }
    };
    for (const el of shortStrings.values()) check(el, SHORT_MAX);
    for (const el of longStrings.values()) check(el, LONG_MAX);
    check(one("DisplayName"), SHORT_MAX);
    check(one("Description"), LONG_MAX);
  });

  it("gives every Indonesian string the same English override in every English Office language", () => {
    const localized = [one("DisplayName"), one("Description"), ...shortStrings.values(), ...longStrings.values()];
    for (const el of localized) {
      const id = attr(el, "id") || el.localName;
      const overrides = Array.from(el.children);
      const locales = overrides.map((c) => `${c.localName}:${attr(c, "Locale")}`);
      expect({ id, locales }).toEqual({ id, locales: ENGLISH_LOCALES.map((l) => `Override:${l}`) });
      const english = new Set(overrides.map((c) => attr(c, "Value")));
      expect({ id, english: english.size }).toEqual({ id, english: 1 });
      expect(english.has(attr(el, "DefaultValue")) && id !== "Tab.Label").toBe(false); // English, not the Indonesian copied
    }
  });

  it("points LearnMoreUrl and SupportUrl at the user guide shipped beside the task pane", () => {
    const guide = `${DEV_BASE}panduan.html`;
    expect(attr(urls.get(attr(one("LearnMoreUrl"), "resid"))!, "DefaultValue")).toBe(guide);
    expect(attr(one("SupportUrl"), "DefaultValue")).toBe(guide);
    // the schema's order: ... IconUrl, HighResolutionIconUrl, SupportUrl, AppDomains?, Hosts ...
    const top = Array.from(doc.documentElement.children).map((c) => c.localName);
    expect(top.slice(top.indexOf("HighResolutionIconUrl"), top.indexOf("HighResolutionIconUrl") + 3)).toEqual(["HighResolutionIconUrl", "SupportUrl", "Hosts"]);
    // webpack builds docs/PANDUAN.md into that page (scripts/guide-html.js); its images come along.
    expect(existsSync(path.join(root, "docs/PANDUAN.md"))).toBe(true);
    expect(readFileSync(path.join(root, "webpack.config.js"), "utf8")).toMatch(/docs\/PANDUAN\.md[\s\S]*panduan\.html/);
  });

  it("uses https for every URL", () => {
    const values = Array.from(doc.getElementsByTagName("*")).flatMap((el) =>
      Array.from(el.attributes)
        .filter((a) => !a.name.startsWith("xmlns") && a.value.includes("://"))
        .map((a) => a.value),
    );
    expect(values.length).toBeGreaterThan(25);
    for (const v of values) expect(v).toMatch(/^https:\/\//);
  });

  it("points every icon at an existing PNG of its declared size", () => {
    const used = all("Image", BT).filter((el) => el.hasAttribute("size"));
    expect(used.length).toBeGreaterThan(0);
    for (const el of used) {
      const file = assetFile(attr(images.get(attr(el, "resid"))!, "DefaultValue"));
      const size = Number(attr(el, "size"));
      expect({ file: path.relative(root, file), exists: existsSync(file) }).toEqual({ file: path.relative(root, file), exists: true });
      expect({ file: path.relative(root, file), ...pngSize(file) }).toEqual({ file: path.relative(root, file), width: size, height: size });
    }
    expect(pngSize(assetFile(attr(one("IconUrl"), "DefaultValue")))).toEqual({ width: 64, height: 64 });
    expect(pngSize(assetFile(attr(one("HighResolutionIconUrl"), "DefaultValue")))).toEqual({ width: 128, height: 128 });
  });

  it("gives every ribbon icon all eight sizes", () => {
    for (const icon of all("Icon")) {
      const sizes = Array.from(icon.children).map((c) => Number(attr(c, "size")));
      expect(sizes).toEqual(ICON_SIZES);
    }
  });

  it("names only functions that src/commands associates, and associates only those", () => {
    const dir = path.join(root, "src/commands");
    const associated = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => /\.tsx?$/.test(n))) {
      const text = readFileSync(path.join(dir, f), "utf8");
      for (const m of text.matchAll(/Office\.actions\.associate\(\s*["'`](\w+)["'`]/g)) associated.add(m[1]);
    }
    const named = new Set(all("FunctionName").map((f) => f.textContent ?? ""));
    expect([...named].sort()).toEqual([...associated].sort());
  });
});
