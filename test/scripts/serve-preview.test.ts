import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require("../../scripts/serve-preview.js") as {
  startServer(opts: { root: string; port: number }): Promise<{ url: string; port: number; close(): Promise<void> }>;
};

/** A request with the path sent exactly as given (no URL normalisation of "..", "%2e"). */
function get(rawPath: string, method = "GET"): Promise<{ status: number; type?: string; location?: string; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], location: res.headers.location, body }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

let root: string;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-serve-"));
  fs.mkdirSync(path.join(root, "site"));
  fs.writeFileSync(path.join(root, "site", "preview.html"), "<p>ok</p>");
  fs.writeFileSync(path.join(root, "secret.txt"), "outside");
  server = await startServer({ root: path.join(root, "site"), port: 0 });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

test("listens on 127.0.0.1 only and serves the folder's files with their type", async () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const r = await get("/preview.html");
  expect(r).toMatchObject({ status: 200, type: "text/html; charset=utf-8", body: "<p>ok</p>" });
  expect(await get("/")).toMatchObject({ status: 302, location: "/preview.html" });
});

test("nothing outside the folder, no other methods, unknown paths are 404", async () => {
  expect((await get("/../secret.txt")).status).toBe(404);
  expect((await get("/%2e%2e/secret.txt")).status).toBe(404);
  expect((await get("/%E0%A4%A")).status).toBe(404);
  expect((await get("/missing.js")).status).toBe(404);
  expect((await get("/preview.html", "POST")).status).toBe(405);
});
