import { t, type CliMessageKey } from "./messages";
import { flagString, parseArgs, type ArgSpec, type ParsedArgs } from "./args";
import type { CliIO } from "./io";
import type { CommandContext } from "./commands/types";

/** Print one line on stderr and give exit code 2 (unusable input). */
export function fail(io: CliIO, line: string): number {
  io.err(line + "\n");
  return 2;
}

export interface CommandSetup {
  command: string;
  spec: ArgSpec;
  usage: CliMessageKey;
  /** How many positionals: one input file (its message when missing), none, or any number. */
  input: { missing: CliMessageKey } | "none" | "many";
  /** The command writes -o OUT.xlsx. */
  output: boolean;
}

export type Prepared =
  | { ok: true; args: ParsedArgs; input: string; out: string }
  | { ok: false; code: number };

/** The part every command shares: parse, --help, unknown options, input and -o output. */
export function prepareCommand(argv: readonly string[], setup: CommandSetup, { io, lang }: CommandContext): Prepared {
  const args = parseArgs(argv, setup.spec);
  if ("error" in args) return { ok: false, code: fail(io, t("cli.missingValue", lang, { name: args.error })) };
  if (args.flags.has("help")) {
    io.out(t(setup.usage, lang) + "\n");
    return { ok: false, code: 0 };
  }
  const allowed = setup.input === "many" ? Infinity : setup.input === "none" ? 0 : 1;
  const extra = args.unknown[0] ?? args.positionals[allowed];
  if (extra !== undefined) return { ok: false, code: fail(io, t("cli.unknownOption", lang, { name: extra, command: setup.command })) };
  const input = args.positionals[0] ?? "";
  if (typeof setup.input === "object" && !input) return { ok: false, code: fail(io, t(setup.input.missing, lang)) };
  const out = flagString(args, "output") ?? "";
  if (setup.output && !out) return { ok: false, code: fail(io, t("cli.missingOutput", lang)) };
  // "-o -" would be a file named "-"; a workbook is binary, never written to standard output.
  if (setup.output && out === "-") return { ok: false, code: fail(io, t("cli.outputDash", lang)) };
  return { ok: true, args, input, out };
}
