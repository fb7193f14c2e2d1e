/** Gzipped production bundle sizes, through scripts/check-bundle-size.js (built first when stale). */
import * as path from "node:path";
import { ROOT } from "./stats";

interface BundleCheck {
  BUDGETS_KB: Record<string, number>;
  needsBuild(): boolean;
  build(): boolean;
  bundleSizes(): Record<string, number | null>;
}

export function benchBundles(log: (line: string) => void): { sizes: Record<string, number | null>; budgets: Record<string, number> } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const check = require(path.join(ROOT, "scripts", "check-bundle-size.js")) as BundleCheck;
  if (check.needsBuild()) {
    log("building the production bundles (webpack --mode production) ...");
    if (!check.build()) throw new Error("the production build failed");
  }
  return { sizes: check.bundleSizes(), budgets: check.BUDGETS_KB };
}
