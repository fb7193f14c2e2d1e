/**
 * Node-only file access for the CLI: reading a workbook file and writing one
 * atomically. The browser bundle must never import this file.
 */
import { promises as fs, constants as fsConstants } from "node:fs";
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
}

/**
 * Write `bytes` to `file` so that the file is either complete or untouched:
 * the data goes to a temporary file in the same folder, is flushed to disk,
 * then renamed over (with force) or hard-linked into place (without force, so a
 * file that appears meanwhile is not replaced either). The temporary file is
 * removed whatever happens, except when the process is killed mid-write.
 */
export async function writeWorkbookFileAtomic(file: string, bytes: Uint8Array, opts: WriteOptions = {}): Promise<WriteResult> {
  if (opts.inputPath !== undefined && (await sameFile(file, opts.inputPath))) return fail("sameAsInput", "file.sameAsInput", file);
  const there = await exists(file);
  if (there === "directory") return fail("directory", "file.directory", file);
  if (there === "file" && !opts.force) return fail("exists", "file.exists", file);

  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await fs.open(temp, fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_WRONLY, 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (opts.force) await fs.rename(temp, file);
    else await placeWithoutReplacing(temp, file);
    return { ok: true, path: file };
  } catch (e) {
    if (errorCode(e) === "EEXIST") return fail("exists", "file.exists", file);
    return fail("writeFailed", "file.writeFailed", file);
  } finally {
    await fs.rm(temp, { force: true }).catch(() => undefined);
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
