/** The decree (Keputusan) front matter: metadata, checks, words, sheets, annex heading. */
export * from "./meta";
export { defaultMeta, officialOf, punctuateList, type DefaultMetaOptions } from "./defaults";
export { BLANK, FILL_IN, printable } from "./blanks";
export { checkBasis, checkPenetap, namesOffice } from "./basisChecks";
export { metaFromPlan, parseHeading, planConflicts, type PlanMeta, type PlanSource } from "./planRead";
export {
  REGULATIONS, citation, inForce, nationalBasis, regionalBasis, regulationById, type Regulation,
} from "./regulations";
export { mergeMeta, type MergeResult } from "./merge";
export { META_LIMITS, checkLimits } from "./limits";
export { checkMeta, REQUIRED_TEXT, REQUIRED_SIGNER, REQUIRED_LISTS, type CheckOptions } from "./checks";
export { terbilang, diktumOrdinal, toRoman, fromRoman } from "./words";
export {
  BULAN, formatTanggal, parseIsoDate, parseTanggalText, excelSerialToIso, toIso, isRealDate, type YMD,
} from "./dates";
export { parseNip, formatNip, nipDigits, type NipParts, type NipInvalid, type NipProblem } from "./nip";
export { decreeSheet, DECREE_COLS_PX, DECREE_FONT, type DecreeSheetOptions } from "./sheet";
export { decreePageSetup, printableSize, pageStarts, PAPER_MM, DECREE_MARGINS_CM } from "./page";
export {
  lampiranHeading, lampiranHeadingEdits, lampiranAnchor, type LampiranAnchor, type LampiranHeadingResult,
} from "./lampiran";
export { infoSheetSpec, infoRows, type InfoRow } from "./infoSheet";
export { metaFromInfoGrid, parseInfoKey, infoKeyName, type InfoReadResult } from "./infoRead";
export { infoSheetEdits } from "./infoWrite";
export { fieldLabel } from "./labels";
