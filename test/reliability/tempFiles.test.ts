/**
 * The atomic write's temporary file (".OUT.xlsx.PID.RAND.tmp", src/xlsx/node-io.ts) when the
 * process is stopped mid-write: SIGINT and SIGTERM remove it and leave no output; kill -9 leaves
 * at most that one file, never a damaged output, and the next write to the same output removes it.
 * A child node process (the TypeScript sources compiled on the fly, file by file) writes and
 * waits between writing the temporary file and putting it in place; the test stops it there.
 */
import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { removeStaleTemps, tempName, writeWorkbookFileAtomic } from "../../src/xlsx/node-io";

const ROOT = path.resolve(__dirname, "../..");
const TS = require.resolve("typescript", { paths: [ROOT] });

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-temp-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const CHILD = `
  const fs = require("fs");
  const ts = require(${JSON.stringify(TS)});
  require.extensions[".ts"] = (m, file) => m._compile(ts.transpileModule(fs.readFileSync(file, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  }).outputText, file);
  const { writeWorkbookFileAtomic } = require(${JSON.stringify(path.join(ROOT, "src/xlsx/node-io.ts"))});
  setInterval(() => {}, 1000); // alive until stopped
  writeWorkbookFileAtomic(process.argv[1], new Uint8Array(1 << 20).fill(7), {
    onTempWritten: (temp) => { process.stdout.write(temp + "\\n"); return new Promise(() => {}); },
  });
`;

/** Start the child writing OUT; resolves with the temporary file's path once it is written (the child then waits). */
function writer(out: string): Promise<{ child: ChildProcess; temp: string; ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }> {
  const child = spawn(process.execPath, ["-e", CHILD, out], { stdio: ["ignore", "pipe", "pipe"] });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += String(d)));
  return new Promise((resolve, reject) => {
    let line = "";
    child.stdout!.on("data", (d) => {
      line += String(d);
      if (line.endsWith("\n")) resolve({ child, temp: line.trim(), ended });
    });
    void ended.then(() => reject(new Error(`the child ended before writing: ${stderr}`)));
  });
}

const listing = () => fs.readdirSync(dir).sort();

describe("the temporary file of an atomic write", () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    test(`${signal} mid-write removes it and writes no output; the process still ends by the signal`, async () => {
      const out = path.join(dir, "KELUAR.xlsx");
      const { child, temp, ended } = await writer(out);
      expect(path.basename(temp)).toMatch(new RegExp(`^\\.KELUAR\\.xlsx\\.${child.pid}\\.[0-9a-f]{12}\\.tmp$`));
      expect(listing()).toEqual([path.basename(temp)]);
      child.kill(signal);
      expect(await ended).toEqual({ code: null, signal });
      expect(listing()).toEqual([]);
    }, 30_000);
  }

  test("kill -9 leaves only the temporary file and no output; the next write to OUT removes it", async () => {
    const out = path.join(dir, "KELUAR.xlsx");
    const { child, temp, ended } = await writer(out);
    child.kill("SIGKILL");
    expect((await ended).signal).toBe("SIGKILL");
    expect(listing()).toEqual([path.basename(temp)]);
    const written = await writeWorkbookFileAtomic(out, new Uint8Array([1, 2, 3]));
    expect(written.ok).toBe(true);
    expect(listing()).toEqual(["KELUAR.xlsx"]);
    expect([...fs.readFileSync(out)]).toEqual([1, 2, 3]);
  }, 30_000);

  test("a stale file is ours only by name and a process id that no longer runs: others' files and live writers' are kept", () => {
    const out = path.join(dir, "KELUAR.xlsx");
    const dead = 2 ** 22 + 12345; // above Linux's pid_max default: never running
    const stale = tempName(out, dead, "0123456789ab");
    const live = tempName(out, process.ppid, "0123456789ab");
    const mine = tempName(out, process.pid, "0123456789ab");
    const other = tempName(path.join(dir, "LAIN.xlsx"), dead, "0123456789ab");
    const notOurs = [`.KELUAR.xlsx.${dead}.xyz.tmp`, `.KELUAR.xlsx.${dead}.0123456789ab.tmp.bak`, "KELUAR.xlsx.tmp"];
    for (const f of [stale, live, mine, other, ...notOurs.map((n) => path.join(dir, n))]) fs.writeFileSync(f, "x");
    expect(removeStaleTemps(out)).toEqual([stale]);
    expect(fs.existsSync(stale)).toBe(false);
    expect(listing()).toEqual([live, mine, other].map((f) => path.basename(f)).concat(notOurs).sort());
  });
});
