import * as fs from "fs";
import * as path from "path";

/** Expand the command line's paths: files stay, folders give their .xlsx files (recursively, sorted). */
export function expandPaths(paths: readonly string[]): { files: string[]; emptyFolders: string[] } {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(p);
    } catch {
      stat = null;
    }
    if (!stat?.isDirectory()) {
      files.push(p); // missing files are reported by the check itself
      continue;
    }
    const found = walk(p);
    if (found.length === 0) emptyFolders.push(p);
    files.push(...found);
  }
  return { files, emptyFolders };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full));
    else if (/\.xlsx$/i.test(e.name) && !e.name.startsWith("~$")) out.push(full);
  }
  return out;
}
