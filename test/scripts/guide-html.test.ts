import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { GUIDE_CSP, guideHtml, markdownToHtml } from "../../scripts/guide-html";

const root = path.resolve(__dirname, "../..");

describe("markdownToHtml (the guide's Markdown)", () => {
  it("reads headings with anchors, paragraphs, lists, code, tables, images and links", () => {
    const html = markdownToHtml(
      [
        "# Panduan *Renaksi*",
        "Baris satu",
        "baris dua dengan `renaksi --json` dan **tebal**.",
        "",
        "- satu",
        "  lanjutan",
        "- dua",
        "",
        "1. pertama",
        "2. kedua",
        "",
        "```",
        "npx renaksi validate folder/ <x>",
        "```",
        "",
        "| kode | arti |",
        "|---|---|",
        "| 0 | tanpa kesalahan |",
        "",
        "![Panel Renaksi](img/panel.png)",
        "",
        "Lihat [Periksa](#periksa-rencana) dan [situs](https://example.go.id/a?b=1&c=2).",
      ].join("\n"),
    );
    expect(html).toContain('<h1 id="panduan-renaksi">Panduan <em>Renaksi</em></h1>');
    expect(html).toContain("<p>Baris satu baris dua dengan <code>renaksi --json</code> dan <strong>tebal</strong>.</p>");
    expect(html).toContain("<ul><li>satu lanjutan</li><li>dua</li></ul>");
    expect(html).toContain("<ol><li>pertama</li><li>kedua</li></ol>");
    expect(html).toContain("<pre><code>npx renaksi validate folder/ &lt;x&gt;</code></pre>");
    expect(html).toContain("<table><thead><tr><th>kode</th><th>arti</th></tr></thead><tbody><tr><td>0</td><td>tanpa kesalahan</td></tr></tbody></table>");
    expect(html).toContain('<figure><img src="img/panel.png" alt="Panel Renaksi" loading="lazy"></figure>');
    expect(html).toContain('<a href="#periksa-rencana">Periksa</a>');
    expect(html).toContain('<a href="https://example.go.id/a?b=1&amp;c=2" target="_blank" rel="noopener">situs</a>');
  });

  it("keeps markup and unsafe links as text", () => {
    const html = markdownToHtml('<script>alert(1)</script> [x](javascript:alert(1)) ![y](data:image/png;base64,AA) "q"');
    expect(html).not.toMatch(/<script|<a |<img /);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("[x](javascript:alert(1))");
    expect(html).toContain("&quot;q&quot;");
  });
});

describe("docs/PANDUAN.md as panduan.html", () => {
  const md = readFileSync(path.join(root, "docs/PANDUAN.md"), "utf8");
  const page = guideHtml(md);

  it("is an Indonesian page with its own strict policy and the guide's title", () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="id">/);
    expect(page).toContain(`content="${GUIDE_CSP}"`);
    expect(GUIDE_CSP).toContain("default-src 'none'");
    expect(page).toMatch(/<title>Panduan Renaksi[^<]*<\/title>/);
    expect(page).toContain('<link rel="icon" type="image/png" href="assets/renaksi-32.png">'); // the add-in's icon, beside it in dist/
  });

  it("shows only screenshots that exist in docs/img, each small", () => {
    const images = [...page.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
    expect(images.length).toBeGreaterThanOrEqual(6);
    for (const src of images) {
      const file = path.join(root, "docs", src);
      expect({ src, exists: existsSync(file) }).toEqual({ src, exists: true });
      expect({ src, small: readFileSync(file).length <= 100 * 1024 }).toEqual({ src, small: true });
    }
  });

  it("links only to its own sections, each of which exists", () => {
    const ids = new Set([...page.matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1]));
    const anchors = [...page.matchAll(/<a href="#([^"]+)"/g)].map((m) => m[1]);
    for (const a of anchors) expect({ anchor: a, exists: ids.has(a) }).toEqual({ anchor: a, exists: true });
    expect(md).not.toMatch(/\]\((?!#|img\/|https:)/); // no link to a file the page does not ship
  });
});
