import type { Lang } from "../../core/i18n";
import type { FileResult } from "../check";
import type { CliIO } from "../io";

export interface CommandContext {
  io: CliIO;
  lang: Lang;
  /** Check many files, in parallel when jobs > 1 (0: choose); reports each finished file. */
  checkMany(files: readonly string[], jobs: number, onDone: (done: number) => void): Promise<FileResult[]>;
}

export type Command = (argv: readonly string[], ctx: CommandContext) => Promise<number>;
