import { promises as fs } from "fs";
import { META_LIMITS, type MetaIssue } from "../../core/decree";
import type { Lang } from "../../core/i18n";
import { t } from "../messages";
import { readWorkbookFile } from "../../xlsx/node-io";
import { analyzeWorkbook } from "../../app/analyze";
import { createDecree, loadMeta, overrideMeta, planReadText, saveMeta } from "../../app/decree";
import { DEFAULT_PAPER, parsePaper } from "../../app/choices";
import { flagChoice, flagString } from "../args";
import { fail, prepareCommand } from "../command";
import { decodeMetaText } from "../metaText";
import { openWorkbookFile } from "../open";
import { writeOutput } from "../output";
import type { CommandContext } from "./types";

const SPEC = {
  values: ["output", "meta", "paper", "lang"],
  booleans: ["nip-grouped", "lampiran", "force", "help"],
  aliases: { o: "output", h: "help" },
};

/** "penandatangan.nip: message": the key to fix in META.json or the Info sheet (the message names the field). */
function issueText(issue: MetaIssue, lang: Lang): string {
  return issue.field === "" ? issue.message[lang] : `${issue.field}: ${issue.message[lang]}`;
}

/** The --meta file parsed, or the one-line reason it cannot be used (too large, not UTF-8/UTF-16, not JSON). */
async function readMetaJson(file: string, lang: Lang): Promise<{ ok: true; json: unknown } | { ok: false; line: string }> {
  const size = await fs.stat(file).then((st) => (st.isFile() ? st.size : 0), () => 0);
  if (size > META_LIMITS.fileBytes) {
    const reason = t("cli.decree.metaTooLarge", lang, { kb: Math.ceil(size / 1024), max: META_LIMITS.fileBytes / 1024 });
    return { ok: false, line: t("cli.decree.metaFile", lang, { reason }) };
  }
  const read = await readWorkbookFile(file);
  if (!read.ok) return { ok: false, line: t("cli.decree.metaFile", lang, { reason: read.message[lang] }) };
  const decoded = decodeMetaText(read.data);
  if (!decoded.ok) return { ok: false, line: t("cli.decree.metaFile", lang, { reason: t(`cli.decree.${decoded.problem}`, lang) }) };
  try {
    return { ok: true, json: JSON.parse(decoded.text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, line: t("cli.decree.metaJson", lang, { path: file, detail }) };
  }
}

/**
 * renaksi decree PLAN.xlsx [--meta META.json] -o OUT.xlsx [--paper a4|f4] [--nip-grouped]
 *   [--lampiran] [--force] [--lang id|en]
 * OUT = PLAN + the Keputusan sheet (+ Info Keputusan when missing, + the Lampiran heading
 * with --lampiran). Never modifies PLAN; refuses to replace OUT without --force.
 * Exit 0 done (warnings printed); 2 unusable input or invalid metadata (nothing written).
 */
export async function runDecree(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { io, lang } = ctx;
  const setup = { command: "decree", spec: SPEC, usage: "cli.decree.usage", input: { missing: "cli.decree.noInput" }, output: true } as const;
  const prepared = prepareCommand(argv, setup, ctx);
  if (!prepared.ok) return prepared.code;
  const { args, input, out } = prepared;
  const paper = flagChoice(args, "paper", parsePaper, DEFAULT_PAPER);
  if (!paper.ok) return fail(io, paper.message[lang]);
  const metaFile = flagString(args, "meta");
  const override = metaFile === undefined ? undefined : await readMetaJson(metaFile, lang);
  if (override && !override.ok) return fail(io, override.line);

  const opened = await openWorkbookFile(input, lang);
  if (!opened.ok) return fail(io, `${input}: ${opened.reason[lang]}`);
  const wb = opened.workbook;
  const analysis = await analyzeWorkbook(wb);
  const loaded = await loadMeta(wb, analysis);
  if (analysis.plans.length === 0 && !loaded.existed && !override) return fail(io, t("cli.decree.noTable", lang, { path: input }));
  const { meta, issues } = override ? overrideMeta(loaded, override.json) : loaded;

  const result = await createDecree(wb, meta, {
    paper: paper.value,
    nipGrouped: args.flags.has("nip-grouped"),
    lampiranHeading: args.flags.has("lampiran"),
    knownIssues: issues,
    analysis,
    plan: loaded.plan,
  });
  const errors = result.issues.filter((i) => i.severity === "error");
  if (result.sheet === null) {
    const lines = [t("cli.decree.invalid", lang, { count: errors.length }), ...errors.map((i) => "  " + issueText(i, lang))];
    io.err(lines.join("\n") + "\n");
    return 2;
  }
  const warning = t("cli.severity.warning", lang);
  const warnings = result.issues.map((i) => `${warning}: ${issueText(i, lang)}`);
  if (result.lampiran && "noRoom" in result.lampiran) warnings.push(`${warning}: ${result.lampiran.noRoom[lang]}`);
  const info = loaded.existed ? null : await saveMeta(wb, meta, lang);

  const code = await writeOutput(wb, out, { force: args.flags.has("force"), inputPath: input }, io, lang);
  if (code !== 0) return code;
  if (warnings.length > 0) io.err(warnings.join("\n") + "\n");
  const lines = [t(result.replaced ? "cli.decree.replaced" : "cli.decree.written", lang, { sheet: result.sheet, path: out })];
  const read = planReadText(loaded.plan);
  if (read) lines.push(read[lang]);
  if (info && "created" in info && info.created) lines.push(t("cli.decree.infoCreated", lang, { sheet: info.sheet }));
  if (result.lampiran && "written" in result.lampiran) lines.push(t("cli.decree.lampiranWritten", lang, { rows: result.lampiran.written }));
  io.out(lines.join("\n") + "\n");
  return code;
}
