import * as fs from "node:fs";
import { createRequire, Module } from "node:module";
import * as path from "node:path";
import * as vm from "node:vm";

/**
 * V8's code cache for the CLI's modules (lib/ and the dependencies it loads): the bytecode of
 * every function a run of the CLI compiled, kept in one file (lib/code-cache.bin) that
 * `npm run build:cli` makes by running the commands once (scripts/code-cache.js). A run that finds it compiles nothing it
 * has cached: about 45 ms of a 10,000-row validation's CPU (BENCHMARKS.md, "Code cache").
 *
 * Safety: a module is taken from the cache only when its file has the size and modification
 * time it had when the cache was made (V8 itself checks only the source's length), and V8
 * rejects a cache of another V8 version or other flags. Anything else (no file, a damaged
 * file, a stale module) compiles as Node would: the cache can make a run slower never wrong.
 * Nothing is ever written while the CLI runs. RENAKSI_CODE_CACHE=0 turns it off.
 */

const FILE = path.join("lib", "code-cache.bin");
const FORMAT = 1;

/** A module in the cache: its path in the package, its file's size and mtime, its bytes in the data. */
type Entry = [file: string, size: number, mtimeMs: number, offset: number, length: number];

interface Header {
  format: number;
  v8: string;
  entries: Entry[];
}

export interface CodeCacheStats {
  /** Modules compiled with their cached code. */
  used: number;
  /** Modules whose cached code V8 refused (compiled afresh). */
  rejected: number;
  /** Modules in the cache whose file has changed since (compiled afresh). */
  stale: number;
}

type Compile = (this: Module, content: string, filename: string) => unknown;
const proto = Module.prototype as unknown as { _compile: Compile };

/** Compile and run a module as Node does (the same wrapper and arguments), with `cachedData` when given. */
function runModule(module: Module, content: string, filename: string, cachedData?: Buffer): vm.Script {
  const wrapper = `(function (exports, require, module, __filename, __dirname) { ${content}\n});`;
  const script = new vm.Script(wrapper, { filename, cachedData });
  const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => void;
  fn.call(module.exports, module.exports, createRequire(filename), module, filename, path.dirname(filename));
  return script;
}

/**
 * Read the cache of the package at `root` and compile the modules it holds with it from now on;
 * returns what it did (counted as modules load), null when there is no cache to use.
 */
export function useCodeCache(root: string, env: Record<string, string | undefined> = process.env): CodeCacheStats | null {
  if (env.RENAKSI_CODE_CACHE === "0") return null;
  let blob: Buffer;
  let header: Header;
  let data: number;
  try {
    blob = fs.readFileSync(path.join(root, FILE));
    const newline = blob.indexOf(10);
    header = JSON.parse(blob.toString("utf8", 0, newline)) as Header;
    data = newline + 1;
    if (header.format !== FORMAT || header.v8 !== process.versions.v8 || !Array.isArray(header.entries)) return null;
  } catch {
    return null; // no cache, or not one this code reads: compile as usual
  }
  const dir = fs.realpathSync(root); // as Node names the modules it loads
  const entries = new Map<string, Entry>();
  for (const e of header.entries) entries.set(path.join(dir, e[0]), e);
  const stats: CodeCacheStats = { used: 0, rejected: 0, stale: 0 };
  const original = proto._compile;
  proto._compile = function (content, filename) {
    const e = entries.get(filename);
    if (!e) return original.call(this, content, filename);
    const [, size, mtimeMs, offset, length] = e;
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(filename);
    } catch {
      st = undefined;
    }
    if (!st || st.size !== size || st.mtimeMs !== mtimeMs || data + offset + length > blob.length) {
      stats.stale++;
      return original.call(this, content, filename);
    }
    const script = runModule(this, content, filename, blob.subarray(data + offset, data + offset + length));
    if (script.cachedDataRejected) stats.rejected++;
    else stats.used++;
    return undefined;
  };
  return stats;
}

/**
 * Compile the modules loaded from now on keeping their scripts; `write()` then stores the code of
 * every function compiled so far (call it after the runs) in the package at `root`'s
 * lib/code-cache.bin, replacing the file at once (a reader sees the old file or the new one).
 * Every module counts, the dependencies installed outside the package too (hoisted by npm into
 * a parent node_modules, or linked): each is named by its path from the package, and its file is
 * checked as the package's own are. Returns the modules written.
 */
export function recordCodeCache(root: string): { write(): number } {
  const scripts: [string, vm.Script][] = [];
  const dir = fs.realpathSync(root);
  proto._compile = function (content, filename) {
    scripts.push([filename, runModule(this, content, filename)]);
    return undefined;
  };
  return {
    write(): number {
      const entries: Entry[] = [];
      const parts: Buffer[] = [];
      let offset = 0;
      for (const [file, script] of scripts) {
        const code = script.createCachedData();
        const st = fs.statSync(file);
        entries.push([path.relative(dir, file), st.size, st.mtimeMs, offset, code.length]);
        parts.push(code);
        offset += code.length;
      }
      const header: Header = { format: FORMAT, v8: process.versions.v8, entries };
      const out = path.join(dir, FILE);
      const tmp = `${out}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.concat([Buffer.from(JSON.stringify(header) + "\n"), ...parts]));
      fs.renameSync(tmp, out);
      return entries.length;
    },
  };
}
