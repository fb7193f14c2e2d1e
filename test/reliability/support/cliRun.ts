/** Run the CLI's main() in this process with captured output. */
import { main } from "../../../src/cli/main";
import type { CliIO } from "../../../src/cli/io";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (s) => (out += s), err: (s) => (err += s), errIsTTY: false, outIsTTY: false, env: {}, cwd };
  const code = await main(argv, io);
  return { code, out, err };
}
