// The user guide as a web page: docs/PANDUAN.md -> dist/panduan.html (webpack.config.js), beside the
// task pane, so the pane's "Panduan" link and the manifest's LearnMoreUrl/SupportUrl open it from the
// add-in's own host. A small Markdown reader for what the guide uses: headings, paragraphs, lists,
// fenced code, tables, images and links, `code`, **bold** and *italic*. Everything else is text:
// every character of the source is escaped, and a link or image may only point at https, a page
// anchor (#...) or a relative path (javascript: and data: stay text).
"use strict";

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A URL a guide may link to: https, an anchor, or a relative path (no scheme). */
function safeUrl(url) {
  return /^https:\/\//i.test(url) || /^#[\w-]*$/.test(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : null;
}

/** The id of a heading: lower case, letters and digits, words joined by "-" (GitHub's anchors). */
function slug(text) {
  return text
    .toLowerCase()
    .replace(/[`*_]/g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s+/g, "-");
}

/** Inline Markdown of one line or paragraph, escaped. */
function inline(text) {
  const out = [];
  // code spans first: nothing inside them is read as Markdown
  const parts = text.split(/(`[^`]+`)/);
  for (const part of parts) {
    if (/^`[^`]+`$/.test(part)) {
      out.push(`<code>${escapeHtml(part.slice(1, -1))}</code>`);
      continue;
    }
    let s = escapeHtml(part);
    s = s.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (m, alt, src) => {
      const url = safeUrl(src);
      return url ? `<img src="${url}" alt="${alt}" loading="lazy">` : m;
    });
    s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (m, label, href) => {
      const url = safeUrl(href);
      if (!url) return m;
      const external = /^https:/i.test(url) ? ' target="_blank" rel="noopener"' : "";
      return `<a href="${url}"${external}>${label}</a>`;
    });
    s = s.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>").replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?!\w)/g, "$1<em>$2</em>");
    out.push(s);
  }
  return out.join("");
}

const cells = (line) => line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());

/** The body of the guide: Markdown blocks to HTML. */
function markdownToHtml(md) {
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  const html = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*$/.test(line)) {
      i++;
      continue;
    }
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence) {
      const body = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
      i++; // the closing fence
      html.push(`<pre><code>${escapeHtml(body.join("\n"))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      const n = heading[1].length;
      html.push(`<h${n} id="${slug(heading[2])}">${inline(heading[2])}</h${n}>`);
      i++;
      continue;
    }
    if (/^\|/.test(line) && i + 1 < lines.length && /^\|?\s*:?-{3,}/.test(lines[i + 1])) {
      const head = cells(line);
      const rows = [];
      for (i += 2; i < lines.length && /^\|/.test(lines[i]); i++) rows.push(cells(lines[i]));
      const tr = (row, tag) => `<tr>${row.map((c) => `<${tag}>${inline(c)}</${tag}>`).join("")}</tr>`;
      html.push(`<table><thead>${tr(head, "th")}</thead><tbody>${rows.map((r) => tr(r, "td")).join("")}</tbody></table>`);
      continue;
    }
    const item = /^(\s*)(-|\d+\.)\s+(.*)$/.exec(line);
    if (item && item[1].length === 0) {
      const ordered = item[2] !== "-";
      const items = [];
      while (i < lines.length) {
        const m = /^(-|\d+\.)\s+(.*)$/.exec(lines[i]);
        if (m && (m[1] !== "-") === ordered) items.push(m[2]);
        else if (items.length > 0 && /^\s{2,}\S/.test(lines[i])) items[items.length - 1] += " " + lines[i].trim();
        else break;
        i++;
      }
      const tag = ordered ? "ol" : "ul";
      html.push(`<${tag}>${items.map((t) => `<li>${inline(t)}</li>`).join("")}</${tag}>`);
      continue;
    }
    const image = /^!\[[^\]]*\]\([^)\s]+\)\s*$/.exec(line);
    if (image) {
      html.push(`<figure>${inline(line.trim())}</figure>`);
      i++;
      continue;
    }
    const para = [];
    while (i < lines.length && !/^\s*$/.test(lines[i]) && !/^(#{1,4}\s|```|\||-\s|\d+\.\s|!\[)/.test(lines[i])) para.push(lines[i++].trim());
    if (para.length === 0) para.push(lines[i++].trim()); // a line no block claimed: text
    html.push(`<p>${inline(para.join(" "))}</p>`);
  }
  return html.join("\n");
}

/** The page's own policy: its images from its own host, its one inline style, nothing else. */
const GUIDE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE = `body{font:16px/1.55 "Segoe UI",system-ui,sans-serif;color:#242424;max-width:46rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1,h2,h3{line-height:1.25}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
code{font:.92em Consolas,monospace;background:#f3f3f3;padding:0 .2em}pre{background:#f3f3f3;padding:.6rem .8rem;overflow-x:auto}
pre code{padding:0}img{max-width:100%;height:auto;border:1px solid #ccc}figure{margin:1rem 0}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
a{color:#0f6cbd}`;

/** A whole page from the guide's Markdown: its title is the first heading. */
function guideHtml(md) {
  const title = (/^#\s+(.*)$/m.exec(md) || [null, "Panduan Renaksi"])[1];
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${GUIDE_CSP}">
<title>${escapeHtml(title.replace(/[`*]/g, ""))}</title>
<link rel="icon" type="image/png" href="assets/renaksi-32.png">
<style>${STYLE}</style>
</head>
<body>
<main>
${markdownToHtml(md)}
</main>
</body>
</html>
`;
}

module.exports = { guideHtml, markdownToHtml, GUIDE_CSP };
