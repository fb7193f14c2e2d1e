import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const DIST = path.join(ROOT, "dist");

/** What the production build is made from: a newer file means dist/ is stale. */
const INPUTS = [
  "src", "examples/src", "assets", "webpack.config.js", "scripts/sheet-source.js", "scripts/guide-html.js", "package.json", "manifest.xml",
  "docs/PANDUAN.md", "docs/img",
];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}

/** Written after a build by these tests: when it started (a file saved during the build is not in it). */
const STAMP = path.join(DIST, ".e2e-build.json");

function builtAt(page: string): number {
  try {
    const started = (JSON.parse(fs.readFileSync(STAMP, "utf8")) as { started?: number }).started;
    if (typeof started === "number") return started;
  } catch {
    // built by `npm run build`: its page's time is the best there is
  }
  return fs.statSync(page).mtimeMs;
}

/** Why dist/ must be built again, or null when it is fresh. */
export function staleReason(): string | null {
  const page = path.join(DIST, "preview.html");
  if (!fs.existsSync(page)) return "dist/preview.html is missing";
  if (!fs.existsSync(path.join(DIST, "examples"))) return "dist/examples is missing";
  const built = builtAt(page);
  const input = INPUTS.find((p) => newestMtime(path.join(ROOT, p)) > built);
  return input ? `${input} changed after the last build` : null;
}

/** Build the production bundle into dist/ unless it is fresh (RENAKSI_E2E_REBUILD=1 forces a build). */
export function ensureBuilt(log: (s: string) => void = console.log): void {
  const reason = process.env.RENAKSI_E2E_REBUILD === "1" ? "RENAKSI_E2E_REBUILD=1" : staleReason();
  if (!reason) {
    log("[e2e] dist/ is fresh: reusing it");
    return;
  }
  log(`[e2e] building dist/ (${reason})...`);
  const started = Date.now();
  const webpack = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const r = spawnSync(process.execPath, [webpack, "--mode", "production"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0 || !fs.existsSync(path.join(DIST, "preview.html"))) {
    throw new Error(`[e2e] the production build failed (exit ${r.status}):\n${`${r.stdout ?? ""}${r.stderr ?? ""}`.slice(-4000)}`);
  }
  fs.writeFileSync(STAMP, JSON.stringify({ started }));
}
