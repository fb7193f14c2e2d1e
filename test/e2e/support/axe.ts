import * as fs from "fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending nodes. */
  targets: string[];
}

interface AxeLike {
  run(context: Document, options: object): Promise<{
    violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; html: string }[] }[];
  }>;
}

/**
 * Fluent UI's focus manager (tabster) puts focusable, aria-hidden <i> elements
 * (data-tabster-dummy) at the edges of arrow-key groups; they only pass the focus
 * on. axe reports them as aria-hidden-focus; Fluent lists this as a known false
 * positive (microsoft/fluentui#25133, microsoft/tabster#288) and Microsoft's
 * Accessibility Insights suppresses exactly these nodes. So does this helper:
 * only those nodes, only that rule.
 */
function isTabsterDummy(rule: string, html: string): boolean {
  return rule === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(html);
}

/**
 * Every axe-core violation on the page as it is now (all rules axe runs by
 * default: WCAG A/AA and best practices). axe is evaluated through the
 * DevTools protocol, which the page's CSP does not govern, so the page's
 * policy stays exactly as shipped.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const raw = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeLike }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(" "), html: n.html })),
    }));
  });
  return raw
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map(({ nodes, ...v }) => ({ ...v, targets: nodes.map((n) => n.target) }));
}
