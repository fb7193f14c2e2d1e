import * as fs from "fs";
import * as path from "path";
import { main, packageVersion } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

const ROOT = path.join(__dirname, "..", "..");
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

describe("renaksi --version", () => {
  it("prints package.json's version", async () => {
    for (const flag of ["--version", "-v"]) {
      let out = "";
      const io: CliIO = { out: (s) => (out += s), err: () => {}, errIsTTY: false, outIsTTY: false, env: {}, cwd: ROOT };
      expect(await main([flag], io)).toBe(0);
      expect(out).toBe(`renaksi ${VERSION}\n`);
    }
  });

  it("finds it from the sources and from the built lib/cli", () => {
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(packageVersion(path.join(ROOT, "src", "cli"))).toBe(VERSION);
    expect(packageVersion(path.join(ROOT, "lib", "cli"))).toBe(VERSION);
  });

  it("says ? rather than throwing when there is no package.json above", () => {
    expect(packageVersion(path.parse(ROOT).root)).toBe("?");
  });
});
