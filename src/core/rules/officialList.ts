import type { Finding, RuleId } from "../finding";
import type { Level, PlanNode } from "../plan/types";
import { Matcher, queryKey, type Match } from "../nomenclature/match";
import type { NomenclatureList } from "../nomenclature/list";
import type { ListEntry, ListLevel } from "../nomenclature/types";
import { governingVersion, LIST_VERSIONS, newerListFor } from "../nomenclature/versions";
import { officialName } from "../nomenclature/program";
import { splitNumbering } from "../plan/numbering";
import { sameName } from "./nameKey";
import { verbatim, type MessageKey } from "../i18n";
import { cellRange, clip, finding, type RuleContext } from "./context";
import { officialIndicatorNote, type Note } from "./officialIndicator";
import { levelWord } from "./words";

/** The plan's levels the list names. */
const LIST_LEVEL: Partial<Record<Level, ListLevel>> = { program: "program", kegiatan: "kegiatan", subKegiatan: "subKegiatan" };

/** The level the list files each level under. */
const PARENT_LEVEL: Partial<Record<Level, Level>> = { kegiatan: "program", subKegiatan: "kegiatan" };

/** One matcher per loaded list (its indexes are built on the first name not found as written). */
const matchers = new WeakMap<NomenclatureList, Matcher>();

function matcherOf(list: NomenclatureList): Matcher {
  let m = matchers.get(list);
  if (!m) matchers.set(list, (m = new Matcher(list)));
  return m;
}

/**
 * A nomenclature-genre plan's Program, Kegiatan and Sub Kegiatan against the official list that
 * governs its year (ctx.list): a name not in the list (the closest official name suggested), a
 * code that is not its name's, a name under a parent the list puts elsewhere; a Sub Kegiatan's
 * indicator and unit beside the official ones (officialIndicator.ts). A plan of a year no list
 * version governs is told so once, and nothing is checked against a list.
 */
export function officialListRule(ctx: RuleContext): Finding[] {
  const { plan } = ctx;
  const year = plan.recognition.year;
  if (plan.recognition.genre !== "nomenklatur" || year === null) return [];
  if (!governingVersion(year)) return [noList(ctx, year)];
  const list = ctx.list;
  if (!list) return []; // the caller did not load the list: nothing to check against
  const out: Finding[] = [];
  // A year a newer list (not held) governs: the older list's codes and parents are only a lead.
  const newer = newerListFor(year);
  const moved: Finding["severity"] = newer ? "warning" : "error";
  if (newer) out.push(olderList(ctx, list, year, newer.decree));
  const found = new Map<PlanNode, readonly ListEntry[]>();
  const notes: Note[] = [];
  const unknown: Note[] = [];
  for (const node of plan.nodes) {
    const level = LIST_LEVEL[node.level];
    const key = level ? queryKey(node.name, level) : "";
    if (!level || !key || key === "program") continue;
    const entries = list.withKey(key, level);
    if (!entries.length) {
      const match = matcherOf(list).closest(node.name, level, node.parent ? found.get(node.parent) : undefined);
      // A name close to none in the list may be the office's own or another year's: told with the others like it.
      if (match?.confident) out.push(notInList(ctx, list, node, match));
      else unknown.push({ at: cellRange(node.cell()), make: () => unknownName(ctx, list, node) });
      continue;
    }
    found.set(node, entries);
    const code = codeMismatch(ctx, list, node, entries, moved);
    if (code) out.push(code);
    const parentEntries = node.parent && node.parent.level === PARENT_LEVEL[node.level] ? found.get(node.parent) : undefined;
    if (parentEntries && !entries.some((e) => e.parent && parentEntries.some((p) => p.key === e.parent?.key))) {
      out.push(misplaced(ctx, list, node, entries[0], moved));
    }
    if (level === "subKegiatan") {
      const note = officialIndicatorNote(ctx, node, entries[0]);
      if (note) notes.push(note);
    }
  }
  out.push(...toldAsOne(ctx, unknown, "nomenclature.notInList", "rules.list.unknownMany", list), ...toldAsOne(ctx, notes, "nomenclature.indicator", "rules.list.indicatorMany", list));
  return out;
}

/**
 * Beyond this many, the infos of one kind in a plan (names close to none in the list; indicator and
 * unit notes) are told as one over their rows, quoting the first: an office that keeps its own
 * names or indicators is told once, not on every row.
 */
const NOTES_EACH = 3;

function toldAsOne(ctx: RuleContext, notes: readonly Note[], rule: RuleId, key: MessageKey, list: NomenclatureList): Finding[] {
  if (notes.length <= NOTES_EACH) return notes.map((n) => n.make());
  // Only the first is worded: the others are counted and their cells spanned.
  const first = notes[0].make();
  const at = notes.reduce((r, n) => ({
    top: Math.min(r.top, n.at.top), left: Math.min(r.left, n.at.left),
    bottom: Math.max(r.bottom, n.at.bottom), right: Math.max(r.right, n.at.right),
  }), first.range);
  const params = { count: notes.length, decree: list.version.decree, first: first.message };
  const one = finding(ctx.plan, { rule, severity: "info", at, key, params });
  if (first.hint) one.hint = first.hint;
  return [one];
}

function noList(ctx: RuleContext, year: number): Finding {
  const r = ctx.plan.recognition;
  const at = { row: r.titleRow ?? r.range.top, col: r.range.left };
  const versions = LIST_VERSIONS.map((v) => `${v.decree} (${v.to === null ? `${v.from}-` : `${v.from}-${v.to}`})`).join(", ");
  return finding(ctx.plan, { rule: "nomenclature.noList", severity: "info", at, key: "rules.list.none", params: { year: String(year), versions } });
}

function olderList(ctx: RuleContext, list: NomenclatureList, year: number, newer: string): Finding {
  const r = ctx.plan.recognition;
  const at = { row: r.titleRow ?? r.range.top, col: r.range.left };
  const params = { year: String(year), newer, decree: list.version.decree };
  return finding(ctx.plan, { rule: "nomenclature.olderList", severity: "info", at, key: "rules.list.older", params });
}

function listParams(list: NomenclatureList, node: PlanNode) {
  return { level: levelWord(node.level), name: clip(node.name), decree: list.version.decree };
}

/** A name close to none in the list (info): the office's own, or another year's. */
function unknownName(ctx: RuleContext, list: NomenclatureList, node: PlanNode): Finding {
  const params = listParams(list, node);
  return finding(ctx.plan, { rule: "nomenclature.notInList", severity: "info", at: node.cell(), key: "rules.list.unknown", params, hint: "rules.list.unknownHint" });
}

/** A name not in the list as written but a slip of an official one (warning, with the official name to put in). */
function notInList(ctx: RuleContext, list: NomenclatureList, node: PlanNode, match: Match): Finding {
  const params = listParams(list, node);
  const official = officialName(match.entries[0]);
  // The suggestion replaces the cell's name in one click: only where the cell holds the whole name (not a wrapped part).
  const cell = node.cell();
  const whole = sameName(splitNumbering(ctx.plan.view.text(cell.row, cell.col)).rest, node.name);
  return finding(ctx.plan, {
    rule: "nomenclature.notInList", severity: "warning", at: cell, key: "rules.list.notInList",
    params: { ...params, suggestion: verbatim(official) }, hint: "rules.list.notInListHint", ...(whole ? { suggestion: official } : {}),
  });
}

/** The segments of a code as written ("2.17.02.2.01.0001"), or null when it is no dotted code. */
function segments(code: string): string[] | null {
  const parts = code.replace(/\s+/g, "").replace(/\.$/, "").split(".");
  return parts.every((p) => /^[0-9]+$|^X{1,2}$/i.test(p)) ? parts : null;
}

/** The written code says the official one: the same segments, the support programme's X.XX standing for any urusan/bidang. */
function sameCode(written: readonly string[], official: readonly string[]): boolean {
  return written.length === official.length && written.every((w, i) => /^X+$/i.test(official[i]) || Number(w) === Number(official[i]));
}

/** The official name a written code stands for: the support programme's (program 01) under X.XX when the office's urusan/bidang lead it; null when the list holds no such code. */
function nameOfCode(list: NomenclatureList, written: readonly string[]): string | null {
  const own = list.byListCode(written.join("."));
  if (own) return own.name;
  const support = written.length >= 3 && Number(written[2]) === 1 ? list.byListCode(["X", "XX", ...written.slice(2)].join(".")) : undefined;
  return support?.name ?? null;
}

function codeMismatch(ctx: RuleContext, list: NomenclatureList, node: PlanNode, entries: readonly ListEntry[], severity: Finding["severity"]): Finding | null {
  const written = node.code ? segments(node.code) : null;
  // Only a full code of the level is compared: a shorter or combined one (several urusan) says too little.
  if (!written || !node.code || written.length !== segments(entries[0].code)?.length) return null;
  if (entries.some((e) => sameCode(written, segments(e.code) ?? []))) return null;
  const codeName = nameOfCode(list, written);
  return finding(ctx.plan, {
    rule: "nomenclature.codeMismatch", severity, at: node.codeCell() ?? node.cell(), key: "rules.list.codeMismatch",
    params: { level: levelWord(node.level), name: clip(node.name), code: node.code, official: entries.map((e) => e.code).join(" / "), decree: list.version.decree },
    ...(codeName === null
      ? { hint: "rules.list.codeMismatchHintNoName" as const }
      : { hint: "rules.list.codeMismatchHint" as const, hintParams: { codeName: verbatim(clip(codeName)) } }),
  });
}

function misplaced(ctx: RuleContext, list: NomenclatureList, node: PlanNode, entry: ListEntry, severity: Finding["severity"]): Finding {
  const parent = entry.parent as ListEntry;
  const params = {
    level: levelWord(node.level), parentLevel: levelWord(node.parent?.level ?? "program"), name: clip(node.name),
    expected: verbatim(officialName(parent)), code: parent.code, actual: clip(node.parent?.name ?? ""), decree: list.version.decree,
  };
  return finding(ctx.plan, { rule: "nomenclature.misplaced", severity, at: node.cell(), key: "rules.list.misplaced", params, hint: "rules.list.misplacedHint" });
}
