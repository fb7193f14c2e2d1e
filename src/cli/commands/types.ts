import type { Lang } from "../../core/i18n";
import type { CliIO } from "../io";

export interface CommandContext {
  io: CliIO;
  lang: Lang;
}

export type Command = (argv: readonly string[], ctx: CommandContext) => Promise<number>;
