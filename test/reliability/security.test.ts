/**
 * Security by inspection of the sources (src/): no code from strings, no cell
 * text rendered as HTML, no network access but the page's own example file and
 * Office.js from its CDN. The built bundles (dist/*.js) are scanned for code
 * from strings by `npm run check:bundle-code` in CI (scripts/check-bundle-code.js,
 * tested in test/scripts), not here: building them is slow.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "../../src");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : /\.(tsx?|m?js|html)$/.test(e.name) ? [full] : [];
  });
}

const SOURCES = files(SRC).map((file) => ({ file: path.relative(SRC, file).split(path.sep).join("/"), text: fs.readFileSync(file, "utf8") }));

/** "file:line: text" for every line matching. */
function hits(re: RegExp): string[] {
  return SOURCES.flatMap(({ file, text }) => text.split("\n").flatMap((line, i) => (re.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])));
}

describe("security of the sources", () => {
  test("there are sources to inspect (the scan is not empty)", () => {
    expect(SOURCES.length).toBeGreaterThan(100);
    expect(SOURCES.some((s) => s.file === "core/analyze.ts")).toBe(true);
  });

  test("no eval, no new Function, no string given to setTimeout / setInterval", () => {
    expect(hits(/\beval\s*\(|\bnew\s+Function\s*\(|(^|[^.\w])Function\s*\(\s*["'`]|set(Timeout|Interval)\s*\(\s*["'`]/)).toEqual([]);
  });

  test("no HTML from strings: no dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML, document.write", () => {
    expect(hits(/dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write(ln)?\s*\(/)).toEqual([]);
  });

  test("no network but the page's own files: no XMLHttpRequest, WebSocket, sendBeacon, EventSource, Node http/https/net", () => {
    expect(hits(/XMLHttpRequest|new\s+WebSocket|sendBeacon|new\s+EventSource|from\s+["'](node:)?(https?|net|tls|dgram|http2)["']|require\(["'](node:)?(https?|net|tls|dgram|http2)["']\)/)).toEqual([]);
  });

  test("fetch is used once, for the bundled example, by a relative URL of the page's own origin", () => {
    expect(hits(/\bfetch\s*\(/).map((h) => h.replace(/:\d+:.*/, ""))).toEqual(["preview/files.ts"]);
    const files = SOURCES.find((s) => s.file === "preview/files.ts")?.text ?? "";
    expect(files).toMatch(/fetch\(EXAMPLE_URL, \{ credentials: "same-origin"/);
    expect(/const EXAMPLE_URL = `([^`]*)`/.exec(files)?.[1]).toMatch(/^examples\//);
  });

  test("the only absolute URL is Office.js from its CDN, in the two Office pages (the .xlsx adapter's XML namespace names are no addresses)", () => {
    // A namespace name identifies an XML vocabulary in the file the adapter writes; nothing is fetched from it.
    const NAMESPACE = /^https?:\/\/(schemas\.openxmlformats\.org|schemas\.microsoft\.com\/office|purl\.org\/dc|purl\.oclc\.org\/ooxml|www\.w3\.org)\//;
    const addresses = (h: string) => (h.match(/https?:\/\/[^\s"'`<>)]+/g) ?? []).filter((u) => !(h.startsWith("xlsx/") && NAMESPACE.test(u)));
    const urls = hits(/https?:\/\//).filter((h) => !/^\S+:\d+: (\*|\/\/|\/\*)/.test(h) && addresses(h).length > 0);
    expect(urls.map((h) => h.replace(/:\d+:.*/, "")).sort()).toEqual(["commands/commands.html", "taskpane/taskpane.html"]);
    for (const u of urls) expect(u).toMatch(/src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"/);
  });
});
