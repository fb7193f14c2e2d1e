import * as fs from "fs";
import * as path from "path";
import { t } from "./messages";
import { cliLang, processIO, type CliIO } from "./io";
import type { Command, CommandContext } from "./commands/types";
import { errorText } from "./errorText";

/**
 * The commands; each file in commands/ adds itself here. Each is loaded when
 * it runs: `validate` need not load the template's and the decree's modules, and
 * `template`, `--version` and `--help` never load the rules or the worker pool
 * (test/cli/lazy.test.ts).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import("./commands/validate")).runValidate,
  template: async () => (await import("./commands/template")).runTemplate,
  decree: async () => (await import("./commands/decree")).runDecree,
  fill: async () => (await import("./commands/fill")).runFill,
  capaian: async () => (await import("./commands/capaian")).runCapaian,
};

function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--lang") return argv[i + 1];
    if (argv[i].startsWith("--lang=")) return argv[i].slice(7);
  }
  return undefined;
}

/** Entry point of `renaksi`. Returns the exit code; never throws, never prints a stack trace. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const lang = cliLang(langFlag(argv), io.env);
  try {
    const [name, ...rest] = argv;
    if (!name || name === "--help" || name === "-h" || name === "help") {
      io.out(t("cli.usage", lang) + "\n");
      return name ? 0 : 2;
    }
    if (name === "--version" || name === "-v") {
      io.out(`renaksi ${packageVersion()}\n`);
      return 0;
    }
    const command = COMMANDS[name];
    if (!command) {
      io.err(t("cli.unknownCommand", lang, { name }) + "\n");
      return 2;
    }
    const ctx: CommandContext = { io, lang };
    return await (await command())(rest, ctx);
  } catch (e) {
    // A refusal of the workbook adapter (a locked cell, a protected structure): its own message, nothing written.
    io.err(errorText(e)[lang] + "\n");
    return 2;
  }
}

/**
 * The version in package.json: the nearest one named renaksi above this file (two folders up
 * both from src/cli/main.ts and from the built lib/cli/main.js).
 */
export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: unknown; version?: unknown };
      if (pkg.name === "renaksi" && typeof pkg.version === "string") return pkg.version;
    } catch {
      // no package.json here (or not readable): look further up
    }
    if (path.dirname(dir) === dir) return "?";
  }
}
