import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/**
 * The CLI's code cache (src/cli/codeCache.ts), in child processes (the cache hooks Node's own
 * module loader, which Jest replaces): a small package of three modules is recorded, then
 * loaded with its cache as it is, after a module changed, with the cache damaged, and with it
 * turned off; the built CLI's own cache is used by its modules.
 */
const ROOT = path.join(__dirname, "..", "..");
const CODE_CACHE = path.join(ROOT, "lib", "cli", "codeCache.js");

interface Child {
  result: string;
  stats: { used: number; rejected: number; stale: number } | null;
  written?: number;
}

/** Run `body` in a fresh node (codeCache as `cc`, the package as `pkg`); it prints one JSON line. */
function child(pkg: string, body: string, env: Record<string, string> = {}): Child {
  const script = `const cc = require(${JSON.stringify(CODE_CACHE)}); const pkg = ${JSON.stringify(pkg)}; ${body}`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", env: { ...process.env, RENAKSI_CODE_CACHE: "", ...env } });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Child;
}

const RECORD = `const rec = cc.recordCodeCache(pkg); const result = require(pkg + "/lib/a.js")(); console.log(JSON.stringify({ result, stats: null, written: rec.write() }));`;
const USE = `const stats = cc.useCodeCache(pkg); const result = require(pkg + "/lib/a.js")(); console.log(JSON.stringify({ result, stats }));`;

let pkg: string;
beforeEach(() => {
  pkg = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-cc-"));
  fs.mkdirSync(path.join(pkg, "lib"));
  fs.mkdirSync(path.join(pkg, "node_modules", "dep"), { recursive: true });
  fs.writeFileSync(path.join(pkg, "lib", "a.js"), `const b = require("./b.js"); const dep = require("dep"); module.exports = () => b() + dep();`);
  fs.writeFileSync(path.join(pkg, "lib", "b.js"), `module.exports = function b() { return "bee"; };`);
  fs.writeFileSync(path.join(pkg, "node_modules", "dep", "index.js"), `module.exports = () => "+dep";`);
});
afterEach(() => fs.rmSync(pkg, { recursive: true, force: true }));

describe("the CLI's code cache", () => {
  it("records every module of the package it loads, and a later run compiles them all from it", () => {
    const rec = child(pkg, RECORD);
    expect(rec).toEqual({ result: "bee+dep", stats: null, written: 3 });
    expect(fs.existsSync(path.join(pkg, "lib", "code-cache.bin"))).toBe(true);
    expect(child(pkg, USE)).toEqual({ result: "bee+dep", stats: { used: 3, rejected: 0, stale: 0 } });
  });

  it("holds the dependencies installed outside the package (hoisted or linked) as its own", () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-cc-dep-"));
    try {
      fs.renameSync(path.join(pkg, "node_modules", "dep"), path.join(outside, "dep"));
      fs.symlinkSync(path.join(outside, "dep"), path.join(pkg, "node_modules", "dep"), "dir");
      expect(child(pkg, RECORD)).toEqual({ result: "bee+dep", stats: null, written: 3 });
      expect(child(pkg, USE)).toEqual({ result: "bee+dep", stats: { used: 3, rejected: 0, stale: 0 } });
      fs.writeFileSync(path.join(outside, "dep", "index.js"), `module.exports = () => "+DEP";`);
      expect(child(pkg, USE)).toEqual({ result: "bee+DEP", stats: { used: 2, rejected: 0, stale: 1 } });
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it("never runs the cached code of a module changed since, even one of the same length", () => {
    child(pkg, RECORD);
    const b = path.join(pkg, "lib", "b.js");
    const changed = `module.exports = function b() { return "BEE"; };`;
    expect(changed.length).toBe(fs.readFileSync(b, "utf8").length); // V8 alone would take the old code
    fs.writeFileSync(b, changed);
    const later = new Date(Date.now() + 10_000);
    fs.utimesSync(b, later, later);
    expect(child(pkg, USE)).toEqual({ result: "BEE+dep", stats: { used: 2, rejected: 0, stale: 1 } });
  });

  it("loads the modules as usual when the cache is damaged, missing, of another V8, or turned off", () => {
    child(pkg, RECORD);
    const file = path.join(pkg, "lib", "code-cache.bin");
    const good = fs.readFileSync(file);
    const newline = good.indexOf(10);
    const cases: [string, () => void, Record<string, string>][] = [
      ["off", () => fs.writeFileSync(file, good), { RENAKSI_CODE_CACHE: "0" }],
      ["garbage", () => fs.writeFileSync(file, Buffer.from("not a cache at all")), {}],
      ["another V8", () => fs.writeFileSync(file, Buffer.concat([Buffer.from(good.toString("utf8", 0, newline).replace(/"v8":"[^"]*"/, '"v8":"0.0"')), good.subarray(newline)])), {}],
      ["missing", () => fs.rmSync(file), {}],
    ];
    for (const [name, make, env] of cases) {
      make();
      expect({ name, ...child(pkg, USE, env) }).toEqual({ name, result: "bee+dep", stats: null });
    }
    // The code cut short: V8 refuses what it cannot read, and the modules compile afresh.
    fs.writeFileSync(file, Buffer.concat([good.subarray(0, newline + 1), Buffer.alloc(good.length - newline - 1, 7)]));
    expect(child(pkg, USE)).toEqual({ result: "bee+dep", stats: { used: 0, rejected: 3, stale: 0 } });
  });

  it("is made by the CLI's build and used by the modules `renaksi validate` loads", () => {
    const r = child(ROOT, `const stats = cc.useCodeCache(pkg); require(pkg + "/lib/cli/main.js"); require(pkg + "/lib/cli/commands/validate.js"); require(pkg + "/lib/core/rules/index.js"); console.log(JSON.stringify({ result: "", stats }));`);
    // Missing or stale: lib/ was compiled without `npm run build:cli`, which makes the cache.
    expect(r.stats).not.toBeNull();
    expect(r.stats?.stale).toBe(0);
    expect(r.stats?.rejected).toBe(0);
    expect(r.stats?.used).toBeGreaterThan(100);
  });
});
