/**
 * Checks of the decree's legal basis against the plan's year: a regulation cited in
 * Menimbang or Mengingat that was replaced by then, an amended law cited with an
 * older last amendment, a regional plan (RPJMD/RPD) whose period does not cover the
 * year or none at all, and an issuer written as an office instead of its official.
 * All warnings: a person decides, the texts stay as written.
 */
import { msg } from "../i18n";
import { officialOf } from "./defaults";
import type { DecreeMeta, MetaIssue } from "./meta";
import {
  citationPattern, inForce, lastAmendment, regulationById, regulationName, REGULATIONS, KIND_NAMES, type Regulation,
} from "./regulations";

const CITING_LISTS = ["menimbang", "mengingat"] as const;

const REGIONAL_PLAN = /Rencana Pembangunan Jangka Menengah Daerah|\bRPJMD\b|Rencana Pembangunan Daerah|\bRPD\b/i;
const PERIOD = /\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b/;

function warning(field: string, message: MetaIssue["message"]): MetaIssue {
  return { field, severity: "warning", message };
}

/** The cited regulation is no longer in force in `year`: by what it was replaced, or that its parent was. */
function replaced(reg: Regulation, year: number, field: string): MetaIssue | null {
  if (reg.replacedIn !== undefined && year >= reg.replacedIn) {
    const by = reg.replacedBy ? regulationById(reg.replacedBy) : undefined;
    return warning(field, msg("decree.check.replaced", {
      cited: regulationName(reg), by: by ? `${regulationName(by)} tentang ${by.title}` : "-", year: String(year),
    }));
  }
  const parent = reg.implements ? regulationById(reg.implements) : undefined;
  if (parent && !inForce(parent, year)) {
    return warning(field, msg("decree.check.parentReplaced", { cited: regulationName(reg), parent: regulationName(parent), year: String(year) }));
  }
  return null;
}

/** "... terakhir dengan Undang-Undang Nomor 9 Tahun 2015" while a later amendment is in force. */
function oldAmendment(reg: Regulation, text: string, year: number, field: string): MetaIssue | null {
  const last = lastAmendment(reg, year);
  if (!last) return null;
  const cited = new RegExp(
    `diubah[^;]{0,300}?\\b(?:dengan|oleh)\\s+(?:${KIND_NAMES[reg.kind].pattern})\\s+(?:Nomor|No\\.?)\\s*(\\d+)\\s+Tahun\\s+(\\d{4})`,
    "i",
  ).exec(text);
  const citedKey = cited ? `${cited[1]}/${cited[2]}` : null;
  const lastKey = `${last.number}/${last.year}`;
  if (citedKey === lastKey) return null;
  const name = `${KIND_NAMES[reg.kind].full} Nomor ${last.number} Tahun ${last.year}`;
  return warning(field, msg("decree.check.amendment", { cited: regulationName(reg), last: name, year: String(year) }));
}

function checkRegionalPlan(items: readonly string[], year: number): MetaIssue[] {
  const out: MetaIssue[] = [];
  let cited = false;
  items.forEach((text, i) => {
    if (!REGIONAL_PLAN.test(text)) return;
    cited = true;
    const period = PERIOD.exec(text);
    if (period && (year < Number(period[1]) || year > Number(period[2]))) {
      out.push(warning(`mengingat.${i + 1}`, msg("decree.check.regionalPlanPeriod", { from: period[1], to: period[2], year: String(year) })));
    }
  });
  // An empty Mengingat is already an error of its own (checkMeta).
  if (!cited && items.some((s) => s.trim() !== "")) out.push(warning("mengingat", msg("decree.check.regionalPlanMissing", { year: String(year) })));
  return out;
}

const OFFICE_START =
  /^(DINAS|BADAN|KANTOR|SEKRETARIAT|INSPEKTORAT|KECAMATAN|KELURAHAN|SATUAN|RSUD|RUMAH SAKIT|UPTD|UPT|BAGIAN|PUSKESMAS|BIRO)\b/i;

/** "DINAS KESEHATAN ...": the name of an office, not of an official. */
export function namesOffice(text: string): boolean {
  return OFFICE_START.test(text.trim());
}

/** "KEPUTUSAN DINAS ...": a decree is issued by an official, the office's head. */
export function checkPenetap(meta: DecreeMeta): MetaIssue[] {
  const penetap = meta.penetap.replace(/\s+/g, " ").trim();
  if (!namesOffice(penetap)) return [];
  return [warning("penetap", msg("decree.check.penetapOffice", { penetap: penetap.toUpperCase(), official: officialOf(penetap) }))];
}

/** The warnings about the legal basis for a plan of `year`. */
export function checkBasis(meta: DecreeMeta, year: number): MetaIssue[] {
  const out: MetaIssue[] = [];
  for (const list of CITING_LISTS) {
    meta[list].forEach((text, i) => {
      const field = `${list}.${i + 1}`;
      for (const reg of REGULATIONS) {
        if (!citationPattern(reg).test(text)) continue;
        const issue = replaced(reg, year, field) ?? (list === "mengingat" ? oldAmendment(reg, text, year, field) : null);
        if (issue) out.push(issue);
      }
    });
  }
  out.push(...checkRegionalPlan(meta.mengingat, year));
  return out;
}
