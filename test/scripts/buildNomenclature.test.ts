import * as fs from "fs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate, DEFAULT_SOURCE } = require("../../scripts/build-nomenclature.js") as {
  generate(dir?: string): Map<string, string>;
  DEFAULT_SOURCE: string;
};

/** The committed list modules are what the script makes of ../shared/nomenclature (beside the repository, as in CI). */
describe("the committed nomenclature data", () => {
  it("equals what scripts/build-nomenclature.js generates from ../shared/nomenclature", () => {
    expect(fs.existsSync(DEFAULT_SOURCE)).toBe(true);
    const files = generate();
    expect(files.size).toBeGreaterThanOrEqual(2);
    for (const [file, text] of files) {
      expect({ file, same: fs.existsSync(file) && fs.readFileSync(file, "utf8") === text }).toEqual({ file, same: true });
    }
  });
});

describe("the nomenclature index", () => {
  it("names a loader for every version module in the data folder", () => {
    const dir = `${__dirname}/../../src/core/nomenclature/data`;
    const index = fs.readFileSync(`${dir}/index.ts`, "utf8");
    const modules = fs.readdirSync(dir).filter((f) => f !== "index.ts").map((f) => f.replace(/\.ts$/, ""));
    expect(modules.length).toBeGreaterThan(0);
    for (const m of modules) expect(index).toContain(`"./${m}"`);
  });
});
