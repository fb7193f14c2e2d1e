import { readFileSync } from "node:fs";
import path from "node:path";
import { DEV_BASE_URL, normalizeBaseUrl, resolveBaseUrl, rewriteManifestUrls } from "../../scripts/manifest-url";

describe("normalizeBaseUrl", () => {
  it("adds the trailing slash and keeps the path", () => {
    expect(normalizeBaseUrl("https://addins.example.go.id/renaksi")).toBe("https://addins.example.go.id/renaksi/");
    expect(normalizeBaseUrl(" https://host.example/ ")).toBe("https://host.example/");
    expect(normalizeBaseUrl("https://host.example:8443/a/b/")).toBe("https://host.example:8443/a/b/");
  });

  it("refuses http, query strings and non-URLs", () => {
    expect(() => normalizeBaseUrl("http://host.example/")).toThrow(/https/);
    expect(() => normalizeBaseUrl("https://host.example/?v=1")).toThrow(/query/);
    expect(() => normalizeBaseUrl("host.example/renaksi")).toThrow(/not a URL/);
  });
});

describe("resolveBaseUrl", () => {
  it("prefers --env baseUrl over RENAKSI_BASE_URL, and is null without either", () => {
    expect(resolveBaseUrl({ baseUrl: "https://a.example/x" }, { RENAKSI_BASE_URL: "https://b.example/" })).toBe("https://a.example/x/");
    expect(resolveBaseUrl({}, { RENAKSI_BASE_URL: "https://b.example/y" })).toBe("https://b.example/y/");
    expect(resolveBaseUrl(undefined, {})).toBeNull();
  });
});

describe("rewriteManifestUrls", () => {
  it("moves every dev-server URL of the real manifest to the base URL", () => {
    const xml = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
    const count = xml.split(DEV_BASE_URL).length - 1;
    expect(count).toBeGreaterThan(25);
    const out = rewriteManifestUrls(xml, "https://addins.example.go.id/renaksi/");
    expect(out).not.toContain("localhost");
    expect(out.split("https://addins.example.go.id/renaksi/").length - 1).toBe(count);
    expect(out).toContain('"https://addins.example.go.id/renaksi/taskpane.html"');
    expect(out).toContain('"https://addins.example.go.id/renaksi/assets/validate-80.png"');
  });
});
