/**
 * Size limits of the decree's metadata: a decree has a few dozen considerations and
 * references, each a paragraph; far more is not a decree but a mistake (a file pasted into
 * a field) that would make a sheet nobody can print and take minutes to build. checkMeta
 * refuses metadata over them with one issue per field or list, before anything is built.
 */
import { msg } from "../i18n";
import { fieldLabel } from "./labels";
import { META_FIELDS, SIGNER_FIELDS, isListField, type DecreeMeta, type ListField, type MetaIssue } from "./meta";

export const META_LIMITS = {
  /** The --meta file, in bytes. */
  fileBytes: 1024 * 1024,
  /** One text field or one list item, in characters. */
  fieldChars: 4000,
  /** Items of one list (menimbang, mengingat, diktum, tembusan). */
  listItems: 200,
} as const;

function tooLong(field: string, length: number): MetaIssue {
  return {
    field,
    severity: "error",
    message: msg("decree.check.tooLong", { label: fieldLabel(field), length, max: META_LIMITS.fieldChars }),
  };
}

/**
 * The limits' issues: a list with too many items is one issue (its items are not looked at),
 * a text or an item too long is one issue naming it. Linear in the metadata's size.
 */
export function checkLimits(meta: DecreeMeta): { issues: MetaIssue[]; oversizedLists: Set<ListField> } {
  const issues: MetaIssue[] = [];
  const oversizedLists = new Set<ListField>();
  for (const key of META_FIELDS) {
    if (key === "penandatangan") {
      for (const k of SIGNER_FIELDS) {
        const value = meta.penandatangan[k];
        if (value.length > META_LIMITS.fieldChars) issues.push(tooLong(`penandatangan.${k}`, value.length));
      }
    } else if (isListField(key)) {
      const items = meta[key];
      if (items.length > META_LIMITS.listItems) {
        oversizedLists.add(key);
        issues.push({
          field: key,
          severity: "error",
          message: msg("decree.check.tooMany", { label: fieldLabel(key), count: items.length, max: META_LIMITS.listItems }),
        });
        continue;
      }
      items.forEach((item, i) => {
        if (item.length > META_LIMITS.fieldChars) issues.push(tooLong(`${key}.${i + 1}`, item.length));
      });
    } else if (meta[key].length > META_LIMITS.fieldChars) issues.push(tooLong(key, meta[key].length));
  }
  return { issues, oversizedLists };
}
