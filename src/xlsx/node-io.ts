/**
 * Node-only file access for the CLI: reading a workbook file and writing one
 * atomically. The browser bundle must never import this file.
 */
import { promises as fs, constants as fsConstants, readdirSync, rmSync } from "node:fs";
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import type { Text } from "../core/i18n";
import { msg, type FileMessageKey } from "./messages";

export type ReadFailure = "missing" | "directory" | "unreadable";
/** The file's bytes (give them to loadWorkbook), or why it cannot be read. */
export type ReadResult = { ok: true; data: Uint8Array } | { ok: false; reason: ReadFailure; message: Text };

export type WriteFailure = "exists" | "sameAsInput" | "directory" | "writeFailed";
export type WriteResult = { ok: true; path: string } | { ok: false; reason: WriteFailure; message: Text };

function fail<R extends string>(reason: R, key: FileMessageKey, file: string): { ok: false; reason: R; message: Text } {
  return { ok: false, reason, message: msg(key, { path: file }) };
}

function errorCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

/** Read a workbook file's bytes; every failure is a reason with a catalog message. */
export async function readWorkbookFile(file: string): Promise<ReadResult> {
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) return fail("directory", "file.directory", file);
    const buf = await fs.readFile(file);
    return { ok: true, data: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) };
  } catch (e) {
    const code = errorCode(e);
    if (code === "ENOENT" || code === "ENOTDIR") return fail("missing", "file.missing", file);
    if (code === "EISDIR") return fail("directory", "file.directory", file);
    return fail("unreadable", "file.unreadable", file);
  }
}

/** True when both paths name the same file (same path, or same device and inode when both exist). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

async function exists(file: string): Promise<"no" | "file" | "directory"> {
  try {
    return (await fs.stat(file)).isDirectory() ? "directory" : "file";
  } catch {
    return "no";
  }
}

export interface WriteOptions {
  /** Replace an existing file. */
  force?: boolean;
  /** The file the data was read from: never written to, even with force. */
  inputPath?: string;
  /** Called once the temporary file holds the data, before it is put in place (tests stop the process there). */
  onTempWritten?: (temp: string) => void | Promise<void>;
}

/** Our temporary file beside OUT: ".OUT.PID.RAND.tmp" (see writeWorkbookFileAtomic). */
export function tempName(file: string, pid: number = process.pid, rand: string = randomBytes(6).toString("hex")): string {
  return path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${pid}.${rand}.tmp`);
}

/** The temporary files being written now: removed if the process is stopped by SIGINT or SIGTERM. */
const liveTemps = new Set<string>();
const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * Remove the temporary files, then stop as the signal would have without this handler (the
 * shell sees "killed by SIGINT/SIGTERM"). Synchronous: nothing else runs after a signal.
 */
function onStopSignal(signal: NodeJS.Signals): void {
  for (const temp of liveTemps) rmSync(temp, { force: true });
  liveTemps.clear();
  for (const s of STOP_SIGNALS) process.removeListener(s, onStopSignal);
  process.kill(process.pid, signal);
}

function trackTemp(temp: string): void {
  if (liveTemps.size === 0) for (const s of STOP_SIGNALS) process.on(s, onStopSignal);
  liveTemps.add(temp);
}

function untrackTemp(temp: string): void {
  liveTemps.delete(temp);
  if (liveTemps.size === 0) for (const s of STOP_SIGNALS) process.removeListener(s, onStopSignal);
}

/** Whether a process of this id runs (one of another user counts as running: EPERM). */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === "EPERM";
  }
}

/**
 * Remove the temporary files a killed run of this tool left beside `file` (kill -9, power cut):
 * our own name pattern for this output, written by a process id that no longer runs. Others'
 * files, and ours of a process still running, are left alone. Returns the paths removed.
 */
export function removeStaleTemps(file: string): string[] {
  const dir = path.dirname(path.resolve(file));
  const base = path.basename(file);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  const prefix = `.${base}.`;
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length));
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || processRuns(pid)) continue;
    try {
      rmSync(path.join(dir, name), { force: true });
      removed.push(path.join(dir, name));
    } catch {
      // not ours to remove after all (permissions): leave it
    }
  }
  return removed;
}

/**
 * Write `bytes` to `file` so that the file is either complete or untouched:
 * the data goes to a temporary file in the same folder, is flushed to disk,
 * then renamed over (with force) or hard-linked into place (without force, so a
 * file that appears meanwhile is not replaced either). The temporary file is
 * removed whatever happens, also when the process is stopped by SIGINT or SIGTERM
 * meanwhile; a kill -9 leaves it, and the next write to the same file removes it.
 */
export async function writeWorkbookFileAtomic(file: string, bytes: Uint8Array, opts: WriteOptions = {}): Promise<WriteResult> {
  if (opts.inputPath !== undefined && (await sameFile(file, opts.inputPath))) return fail("sameAsInput", "file.sameAsInput", file);
  const there = await exists(file);
  if (there === "directory") return fail("directory", "file.directory", file);
  if (there === "file" && !opts.force) return fail("exists", "file.exists", file);

  removeStaleTemps(file);
  const temp = tempName(file);
  trackTemp(temp);
  try {
    const handle = await fs.open(temp, fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_WRONLY, 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await opts.onTempWritten?.(temp);
    if (opts.force) await fs.rename(temp, file);
    else await placeWithoutReplacing(temp, file);
    return { ok: true, path: file };
  } catch (e) {
    if (errorCode(e) === "EEXIST") return fail("exists", "file.exists", file);
    return fail("writeFailed", "file.writeFailed", file);
  } finally {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    untrackTemp(temp);
  }
}

/** Move temp to file, failing with EEXIST if file exists; falls back to rename where hard links are not supported. */
async function placeWithoutReplacing(temp: string, file: string): Promise<void> {
  try {
    await fs.link(temp, file);
  } catch (e) {
    const code = errorCode(e);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw e;
    if ((await exists(file)) !== "no") throw Object.assign(new Error("exists"), { code: "EEXIST" });
    await fs.rename(temp, file);
  }
}
