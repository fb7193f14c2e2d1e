import type { Choice } from "../app/choices";

/** A small argument parser: positionals, --flag, --key value, --key=value, -o value. */
export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
  /** Options given that the command does not know. */
  unknown: string[];
}

export interface ArgSpec {
  /** Options taking a value (long names, without dashes). */
  values: readonly string[];
  /** Options without a value. */
  booleans: readonly string[];
  /** Short aliases: { o: "output" }. */
  aliases?: Record<string, string>;
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs | { error: string } {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  const unknown: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      positionals.push(a);
      continue;
    }
    let name = a.replace(/^--?/, "");
    let inline: string | undefined;
    const eq = name.indexOf("=");
    if (eq >= 0) {
      inline = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    if (!a.startsWith("--")) name = spec.aliases?.[name] ?? name;
    if (spec.values.includes(name)) {
      const v = inline ?? argv[++i];
      if (v === undefined) return { error: name };
      flags.set(name, v);
    } else if (spec.booleans.includes(name)) flags.set(name, true);
    else unknown.push(a);
  }
  return { positionals, flags, unknown };
}

export function flagString(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === "string" ? v : undefined;
}

/**
 * A flag's value read by one of app/choices.ts's parsers (the pane reads its fields with the
 * same ones); the fallback when the flag is not given.
 */
export function flagChoice<T>(args: ParsedArgs, name: string, parse: (text: string) => Choice<T>, fallback: T): Choice<T> {
  const text = flagString(args, name);
  return text === undefined ? { ok: true, value: fallback } : parse(text);
}
