/**
 * Merge an override (parsed --meta JSON, or what the Info Keputusan sheet gives)
 * into a base DecreeMeta. Unknown keys and values of the wrong type are reported
 * and left out; the base is never modified.
 */
import { msg } from "../i18n";
import {
  cloneMeta, isListField, isSignerField, isTextField,
  type DecreeMeta, type MetaIssue,
} from "./meta";

export interface MergeResult {
  meta: DecreeMeta;
  issues: MetaIssue[];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function unknownKey(key: string): MetaIssue {
  return { field: key, severity: "error", message: msg("decree.check.unknownKey", { key }) };
}

function wrongType(key: string, expected: "text" | "list" | "object"): MetaIssue {
  const type = msg(`decree.type.${expected}`);
  return { field: key, severity: "error", message: msg("decree.check.wrongType", { key, expected: type }) };
}

/** A NIP given as a JSON number has lost its digits beyond the 15th-16th: say so. */
function nipNumber(key: string): MetaIssue {
  return { field: key, severity: "error", message: msg("decree.check.nipAsNumber") };
}

function mergeSigner(meta: DecreeMeta, value: unknown, issues: MetaIssue[]): void {
  if (!isPlainObject(value)) {
    issues.push(wrongType("penandatangan", "object"));
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const field = `penandatangan.${key}`;
    if (!isSignerField(key)) issues.push(unknownKey(field));
    else if (typeof v === "string") meta.penandatangan[key] = v;
    else if (key === "nip" && typeof v === "number") issues.push(nipNumber(field));
    else if (v !== undefined) issues.push(wrongType(field, "text"));
  }
}

export function mergeMeta(base: DecreeMeta, override: unknown): MergeResult {
  const meta = cloneMeta(base);
  const issues: MetaIssue[] = [];
  if (override === undefined || override === null) return { meta, issues };
  if (!isPlainObject(override)) return { meta, issues: [wrongType("", "object")] };

  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    if (key === "penandatangan") mergeSigner(meta, value, issues);
    else if (isTextField(key)) {
      if (typeof value === "string") meta[key] = value;
      else issues.push(wrongType(key, "text"));
    } else if (isListField(key)) {
      if (!Array.isArray(value)) issues.push(wrongType(key, "list"));
      else {
        const bad = value.findIndex((item) => typeof item !== "string");
        if (bad >= 0) issues.push(wrongType(`${key}.${bad + 1}`, "text"));
        else meta[key] = [...(value as string[])];
      }
    } else issues.push(unknownKey(key));
  }
  return { meta, issues };
}
