#!/usr/bin/env node
"use strict";
/**
 * A tiny static server for the built pages in dist/ (the browser preview and
 * the end-to-end tests). Listens on 127.0.0.1 only; serves files, nothing else.
 *
 *   node scripts/serve-preview.js              http://127.0.0.1:3100/preview.html
 *   node scripts/serve-preview.js --port 0     any free port
 *   node scripts/serve-preview.js --dir other  serve another folder
 *
 * From code: const { startServer } = require("./scripts/serve-preview");
 *            const server = await startServer({ root, port: 0 }); ... server.url ... await server.close();
 */
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The file a URL path names inside root, or null (outside root, not a file). */
function fileFor(root, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  const full = path.resolve(root, "." + path.posix.normalize("/" + rel));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  try {
    return fs.statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

function handler(root) {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (req.url === "/" || req.url === "") {
      res.writeHead(302, { Location: "/preview.html" }).end();
      return;
    }
    const file = fileFor(root, req.url ?? "/");
    if (!file) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": fs.statSync(file).size,
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    });
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(file).pipe(res);
  };
}

/** Serve `root` on 127.0.0.1:`port` (0: any free port). Resolves when listening. */
function startServer({ root = path.join(__dirname, "..", "dist"), port = 0, host = "127.0.0.1" } = {}) {
  const dir = path.resolve(root);
  const server = http.createServer(handler(dir));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://${host}:${actual}`,
        port: actual,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}

async function main(args) {
  const root = path.resolve(option(args, "--dir", path.join(__dirname, "..", "dist")));
  if (!fs.existsSync(path.join(root, "preview.html"))) {
    console.error(`No preview.html in ${root}: run "npm run build" first.`);
    process.exit(1);
  }
  const port = Number(option(args, "--port", process.env.PORT ?? "3100"));
  const server = await startServer({ root, port });
  console.log(`Renaksi preview: ${server.url}/preview.html  (serving ${path.relative(process.cwd(), root) || "."}; Ctrl+C stops)`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}

module.exports = { startServer };
