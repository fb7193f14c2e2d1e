import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readWorkbookFile, writeWorkbookFileAtomic } from "../../src/xlsx/node-io";

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "renaksi-io-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const bytes = (s: string) => new TextEncoder().encode(s);
const listing = async () => (await fs.readdir(dir)).sort();

describe("readWorkbookFile", () => {
  test("reads the bytes of a file", async () => {
    const file = path.join(dir, "plan.xlsx");
    await fs.writeFile(file, bytes("PK data"));
    const res = await readWorkbookFile(file);
    expect(res).toEqual({ ok: true, data: bytes("PK data") });
  });

  test("a missing file, a folder, a bad path: a reason and a message naming the path", async () => {
    const missing = await readWorkbookFile(path.join(dir, "nope.xlsx"));
    expect(missing).toMatchObject({ ok: false, reason: "missing" });
    if (!missing.ok) expect(missing.message.en).toContain("nope.xlsx");

    expect(await readWorkbookFile(dir)).toMatchObject({ ok: false, reason: "directory" });

    await fs.writeFile(path.join(dir, "file"), "x");
    expect(await readWorkbookFile(path.join(dir, "file", "inner.xlsx"))).toMatchObject({ ok: false, reason: "missing" });

    const tooLong = await readWorkbookFile(path.join(dir, "a".repeat(5000) + ".xlsx"));
    expect(tooLong).toMatchObject({ ok: false, reason: "unreadable" });
    if (!tooLong.ok) expect(tooLong.message.id).toMatch(/tidak dapat dibaca/);
  });
});

describe("writeWorkbookFileAtomic", () => {
  test("writes a new file and leaves no temporary file", async () => {
    const out = path.join(dir, "out.xlsx");
    expect(await writeWorkbookFileAtomic(out, bytes("new"))).toEqual({ ok: true, path: out });
    expect(await fs.readFile(out, "utf8")).toBe("new");
    expect(await listing()).toEqual(["out.xlsx"]);
  });

  test("refuses to replace an existing file without force, and leaves it untouched", async () => {
    const out = path.join(dir, "out.xlsx");
    await fs.writeFile(out, "old");
    const res = await writeWorkbookFileAtomic(out, bytes("new"));
    expect(res).toMatchObject({ ok: false, reason: "exists" });
    if (!res.ok) expect(res.message.en).toMatch(/--force/);
    expect(await fs.readFile(out, "utf8")).toBe("old");
    expect(await listing()).toEqual(["out.xlsx"]);
  });

  test("replaces an existing file with force", async () => {
    const out = path.join(dir, "out.xlsx");
    await fs.writeFile(out, "old");
    expect(await writeWorkbookFileAtomic(out, bytes("new"), { force: true })).toMatchObject({ ok: true });
    expect(await fs.readFile(out, "utf8")).toBe("new");
    expect(await listing()).toEqual(["out.xlsx"]);
  });

  test("never writes to the input file, however it is spelled, even with force", async () => {
    const input = path.join(dir, "plan.xlsx");
    await fs.writeFile(input, "original");
    const spelled = path.join(dir, "..", path.basename(dir), ".", "plan.xlsx");
    await fs.link(input, path.join(dir, "hardlink.xlsx"));
    for (const out of [input, spelled, path.join(dir, "hardlink.xlsx")]) {
      const res = await writeWorkbookFileAtomic(out, bytes("new"), { force: true, inputPath: input });
      expect(res).toMatchObject({ ok: false, reason: "sameAsInput" });
    }
    expect(await fs.readFile(input, "utf8")).toBe("original");
    expect(await listing()).toEqual(["hardlink.xlsx", "plan.xlsx"]);
  });

  test("a folder in the way, or a missing folder, fails cleanly without temporary files", async () => {
    await fs.mkdir(path.join(dir, "sub"));
    expect(await writeWorkbookFileAtomic(path.join(dir, "sub"), bytes("x"), { force: true })).toMatchObject({ ok: false, reason: "directory" });
    expect(await writeWorkbookFileAtomic(path.join(dir, "no", "out.xlsx"), bytes("x"))).toMatchObject({ ok: false, reason: "writeFailed" });
    expect(await listing()).toEqual(["sub"]);
    expect(await fs.readdir(path.join(dir, "sub"))).toEqual([]);
  });

  test("a failure after the temporary file was written removes it", async () => {
    // The target appears between the check and the final step: it is not replaced.
    const out = path.join(dir, "race.xlsx");
    const realLink = fs.link.bind(fs);
    const spy = jest.spyOn(fs, "link").mockImplementation(async (a, b) => {
      await fs.writeFile(out, "someone else's");
      return realLink(a, b);
    });
    try {
      expect(await writeWorkbookFileAtomic(out, bytes("mine"))).toMatchObject({ ok: false, reason: "exists" });
    } finally {
      spy.mockRestore();
    }
    expect(await fs.readFile(out, "utf8")).toBe("someone else's");
    expect(await listing()).toEqual(["race.xlsx"]);
  });
});
