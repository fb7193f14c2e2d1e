import * as fs from "fs";
import * as path from "path";
import { catalog, msg, t, langFromLocale, type Catalog } from "../../../src/core/i18n";
import { appMessages } from "../../../src/app/messages";
import { programMessages } from "../../../src/app/programMessages";
import { cliMessages, t as cliT } from "../../../src/cli/messages";
import { excelMessages } from "../../../src/excel/messages";
import { previewMessages, t as previewT } from "../../../src/preview/messages";
import { paneMessages, t as paneT } from "../../../src/taskpane/messages";
import { programPaneMessages } from "../../../src/taskpane/programMessages";
import { fileMessages, msg as fileMsg } from "../../../src/xlsx/messages";

const ROOT = path.resolve(__dirname, "../../..");
const CORE_DIR = path.join(ROOT, "src/core/i18n/catalog");
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every catalog: the engine's and each surface's (the file it lives in, the prefix of its keys). */
const CATALOGS: { name: string; messages: Catalog; files: string[]; prefix: RegExp }[] = [
  { name: "core", messages: catalog, files: fs.readdirSync(CORE_DIR).map((f) => path.join(CORE_DIR, f)), prefix: /^(?!ui\.|cli\.|file\.|choice\.)/ },
  { name: "app", messages: appMessages, files: ["src/app/messages.ts"], prefix: /^choice\.(?!program\.)/ },
  // Catalogs that load with their feature, as a chunk of their own (the pane's first script stays within its budget).
  { name: "app, programme insert", messages: programMessages, files: ["src/app/programMessages.ts"], prefix: /^choice\.program\./ },
  { name: "taskpane", messages: paneMessages, files: ["src/taskpane/messages.ts"], prefix: /^ui\.(?!excel\.|preview\.|program\.)/ },
  { name: "taskpane, programme insert", messages: programPaneMessages, files: ["src/taskpane/programMessages.ts"], prefix: /^ui\.program\./ },
  { name: "excel", messages: excelMessages, files: ["src/excel/messages.ts"], prefix: /^ui\.excel\./ },
  { name: "xlsx", messages: fileMessages, files: ["src/xlsx/messages.ts"], prefix: /^file\./ },
  { name: "preview", messages: previewMessages, files: ["src/preview/messages.ts"], prefix: /^ui\.preview\./ },
  { name: "cli", messages: cliMessages, files: ["src/cli/messages.ts"], prefix: /^cli\./ },
];

describe("message catalogs", () => {
  it("every message of every catalog exists in Indonesian and English with the same placeholders", () => {
    let n = 0;
    for (const { name, messages } of CATALOGS) {
      const entries = Object.entries(messages);
      expect([name, entries.length > 0]).toEqual([name, true]);
      n += entries.length;
      for (const [key, e] of entries) {
        expect([key, e.id.trim() !== "", e.en.trim() !== ""]).toEqual([key, true, true]);
        expect([key, placeholders(e.id)]).toEqual([key, placeholders(e.en)]);
        // A word for a number ({n|one|other}) follows a parameter the message has.
        const counted = [...`${e.id} ${e.en}`.matchAll(/\{(\w+)\|[^|{}]*\|[^|{}]*\}/g)].map((m) => m[1]);
        expect([key, counted.filter((c) => !placeholders(e.en).includes(c))]).toEqual([key, []]);
      }
    }
    expect(n).toBeGreaterThan(300);
    expect(Object.keys(catalog).length).toBeGreaterThan(200);
  });

  it("each catalog's keys carry its prefix, so no surface's key is another's or the engine's", () => {
    for (const { name, messages, prefix } of CATALOGS) {
      expect([name, Object.keys(messages).filter((k) => !prefix.test(k))]).toEqual([name, []]);
    }
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const { name, messages } of CATALOGS) {
      for (const key of Object.keys(messages)) {
        if (owner.has(key)) twice.push(`${key} in ${owner.get(key)} and ${name}`);
        owner.set(key, name);
      }
    }
    expect(twice).toEqual([]);
  });

  it("no key is defined twice in the catalog files (a later one would silently win)", () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    let total = 0;
    for (const { messages, files } of CATALOGS) {
      total += Object.keys(messages).length;
      for (const f of files) {
        const text = fs.readFileSync(path.resolve(ROOT, f), "utf8");
        for (const m of text.matchAll(/^\s+"([a-z][\w.]*)":\s*\{/gm)) {
          if (seen.has(m[1])) dupes.push(`${m[1]} in ${seen.get(m[1])} and ${f}`);
          seen.set(m[1], f);
        }
      }
    }
    expect(dupes).toEqual([]);
    expect(seen.size).toBe(total);
  });

  it("fills placeholders per language, numbers written the language's way", () => {
    const m = msg("common.count.indikator", { n: 1250 });
    expect(m).toEqual({ id: "1.250 Indikator", en: "1,250 indicators" });
    expect(cliT("cli.fileSummary", "id", { errors: 1250, warnings: 2, infos: 0 })).toBe("1.250 kesalahan, 2 peringatan, 0 info");
    expect(cliT("cli.fileSummary", "en", { errors: 1250, warnings: 2, infos: 0 })).toBe("1,250 errors, 2 warnings, 0 info");
    expect(cliT("cli.fileSummary", "en", { errors: 1, warnings: 1, infos: 1 })).toBe("1 error, 1 warning, 1 info");
    expect(cliT("cli.fileSummary", "id", { errors: 1, warnings: 0, infos: 1 })).toBe("1 kesalahan, 0 peringatan, 1 info");
    expect([1, 2].map((count) => cliT("cli.fill.skipped", "en", { count }))).toEqual(["1 row was left as it is:", "2 rows were left as they are:"]);
    expect(cliT("cli.severity.error", "en")).toBe("error");
    expect(langFromLocale("en-US")).toBe("en");
    expect(langFromLocale("id-ID")).toBe("id");
    expect(langFromLocale(undefined)).toBe("id");
  });

  it("a surface's msg and t say its own messages and the engine's", () => {
    expect(cliT("common.count.sasaran", "en", { n: 2 })).toBe(t("common.count.sasaran", "en", { n: 2 }));
    expect(paneT("ui.tab.fill", "en")).toBe("Fill quarters");
    expect(paneT("fill.group.kinerja", "id")).toBe("Target Kinerja");
    expect(previewT("ui.common.dismiss", "en")).toBe(paneT("ui.common.dismiss", "en")); // the preview shows the pane
    expect(previewT("ui.preview.download", "id")).toBe(previewMessages["ui.preview.download"].id);
    expect(fileMsg("file.missing", { path: "a.xlsx" }).en).toContain("a.xlsx");
  });
});

/** Never called: tsc refuses another surface's key (each line must stay an error). */
export function otherSurfacesKeys(): void {
  // @ts-expect-error the engine has no task pane message
  t("ui.tab.fill", "id");
  // @ts-expect-error nor a command-line one
  msg("cli.usage");
  // @ts-expect-error the command line has no task pane message
  cliT("ui.tab.fill", "id");
  // @ts-expect-error the task pane has no command-line message
  paneT("cli.usage", "id");
  // @ts-expect-error nor the preview's
  paneT("ui.preview.download", "id");
  // @ts-expect-error the .xlsx adapter has no command-line message
  fileMsg("cli.usage");
}
