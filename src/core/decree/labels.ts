import { catalog, msg, type MessageKey } from "../i18n";
import type { Text } from "../i18n/types";

/** The human label of a field key: "penandatangan.nip", "menimbang", "menimbang.2". Unknown keys: the key itself. */
export function fieldLabel(field: string): Text {
  const key = `decree.field.${field}`;
  if (key in catalog) return msg(key as MessageKey);
  const item = /^(\w+)\.(\d+)$/.exec(field);
  const listKey = item ? `decree.field.${item[1]}` : "";
  if (item && listKey in catalog) return msg("decree.field.item", { label: msg(listKey as MessageKey), n: item[2] });
  return { id: field, en: field };
}

/** A decree word in the decree's language (Indonesian), placeholders filled. */
export function docText(key: MessageKey, params?: Record<string, string>): string {
  return msg(key, params).id;
}
