import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const check = require("../../scripts/check-bundle-size.js") as {
  BUDGETS_KB: Record<string, number>;
  bundleFile(name: string, dist?: string): string | null;
  bundleSizes(names?: string[], dist?: string): Record<string, number | null>;
  overBudget(sizes: Record<string, number | null>, budgets?: Record<string, number>): string[];
};

describe("check-bundle-size", () => {
  let dist: string;
  beforeEach(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-dist-"));
  });
  afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

  test("budgets are the issue's: task pane 250 KiB, commands 60 KiB gzipped", () => {
    expect(check.BUDGETS_KB).toEqual({ taskpane: 250, commands: 60 });
  });

  test("finds hashed production bundles and measures them gzipped", () => {
    fs.writeFileSync(path.join(dist, "taskpane.1a2b3c4d.js"), crypto.randomBytes(100 * 1024)); // incompressible
    fs.writeFileSync(path.join(dist, "taskpane.1a2b3c4d.js.LICENSE.txt"), "x");
    fs.writeFileSync(path.join(dist, "commands.00ff00ff.js"), "a".repeat(50_000)); // compresses to almost nothing
    expect(check.bundleFile("taskpane", dist)).toBe(path.join(dist, "taskpane.1a2b3c4d.js"));
    const sizes = check.bundleSizes(["taskpane", "commands", "preview"], dist);
    expect(sizes.taskpane).toBeGreaterThanOrEqual(100);
    expect(sizes.taskpane).toBeLessThan(101);
    expect(sizes.commands).toBeLessThan(1);
    expect(sizes.preview).toBeNull();
  });

  test("over budget or missing fails; within budget passes", () => {
    expect(check.overBudget({ taskpane: 249.9, commands: 60 })).toEqual([]);
    expect(check.overBudget({ taskpane: 250.1, commands: 12 })).toEqual(["taskpane"]);
    expect(check.overBudget({ taskpane: 100, commands: null })).toEqual(["commands"]);
  });
});
