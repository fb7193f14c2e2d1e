import type { Lang } from "../core/i18n";
import { langFromLocale } from "../core/i18n";

/** Where the CLI writes, and what it knows of its terminal. Injected so tests can capture output. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Standard error is a terminal (progress bars, colour). */
  errIsTTY: boolean;
  /** Standard output is a terminal (colour). */
  outIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIO(): CliIO {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    errIsTTY: Boolean(process.stderr.isTTY),
    outIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** --lang wins; otherwise RENAKSI_LANG, LC_ALL, LC_MESSAGES or LANG; Indonesian by default. */
export function cliLang(flag: string | undefined, env: CliIO["env"]): Lang {
  if (flag === "en" || flag === "id") return flag;
  const fromEnv = env.RENAKSI_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG;
  return langFromLocale(fromEnv?.replace("_", "-"));
}

export function useColor(io: CliIO, stream: "out" | "err"): boolean {
  if (io.env.NO_COLOR !== undefined || io.env.TERM === "dumb") return false;
  if (io.env.FORCE_COLOR) return true;
  return stream === "out" ? io.outIsTTY : io.errIsTTY;
}
