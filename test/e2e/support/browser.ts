import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { DIST, ROOT } from "./build";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require("../../../scripts/serve-preview.js") as {
  startServer(opts: { root: string; port: number }): Promise<{ url: string; close(): Promise<void> }>;
};

/** Debian's Chromium (apt-get install chromium); CHROMIUM overrides the path. */
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
export const SHOTS = path.join(ROOT, "artifacts", "e2e");

export interface Preview {
  page: Page;
  context: BrowserContext;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Content-Security-Policy violations, uncaught errors and console errors. */
  problems: string[];
}

export interface PreviewOptions {
  locale?: "id-ID" | "en-US";
  width?: number;
  height?: number;
}

/** Report CSP violations on the console, where the test collects them (runs before the page's scripts). */
function reportCspViolations(): void {
  document.addEventListener("securitypolicyviolation", (e) => {
    console.error(`[csp] ${e.violatedDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`);
  });
}

/** A request that stays on this machine's server (or never leaves the page: data:, blob:). */
export function isLocal(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith("blob:");
}

/**
 * Registers the hooks of one test file: a server over dist/ on a free port and
 * one Chromium for the file; a fresh browser context per test. After each test
 * it asserts that every request stayed on 127.0.0.1:<port> and that no CSP
 * violation, page error or console error happened (the test fails otherwise).
 */
export function previewSuite(): { open(opts?: PreviewOptions): Promise<Preview> } {
  let browser: Browser | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  const opened: Preview[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
    server = await startServer({ root: DIST, port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    const all = opened.splice(0);
    for (const p of all) await p.context.close();
    for (const p of all) {
      expect(p.requests.filter((u) => !isLocal(u, p.origin))).toEqual([]);
      expect(p.problems).toEqual([]);
    }
  });

  return {
    async open(opts: PreviewOptions = {}): Promise<Preview> {
      if (!browser || !server) throw new Error("previewSuite: the browser is not running");
      const context = await browser.newContext({
        locale: opts.locale ?? "id-ID",
        viewport: { width: opts.width ?? 1400, height: opts.height ?? 900 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const p: Preview = { page, context, origin: server.url, requests: [], problems: [] };
      opened.push(p);
      context.on("request", (r) => p.requests.push(r.url()));
      page.on("pageerror", (e) => p.problems.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") p.problems.push(`console: ${m.text()}`);
      });
      await page.addInitScript(reportCspViolations);
      await page.goto(`${server.url}/preview.html`);
      await page.locator("main").first().waitFor();
      return p;
    },
  };
}

/** Save a screenshot under artifacts/e2e/<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
