import type { Catalog, Entry, Lang, Text } from "./types";
import { common } from "./catalog/common";
import { layout } from "./catalog/layout";
import { rules } from "./catalog/rules";
import { names } from "./catalog/names";
import { officialList } from "./catalog/officialList";
import { quarters } from "./catalog/quarters";
import { units } from "./catalog/units";
import { style } from "./catalog/style";
import { fill } from "./catalog/fill";
import { template } from "./catalog/template";
import { decree } from "./catalog/decree";
import { workbook } from "./catalog/workbook";
import { monitoring } from "./catalog/monitoring";
import { formatNumber } from "../numbers";

export type { Catalog, Lang, Text } from "./types";

/**
 * The engine's messages. Each surface keeps its own catalog beside it (src/taskpane, src/excel,
 * src/xlsx, src/preview, src/cli, src/app messages.ts) and makes its msg and t with `translator`.
 */
export const catalog = { ...common, ...layout, ...rules, ...names, ...officialList, ...quarters, ...units, ...style, ...fill, ...template, ...decree, ...workbook, ...monitoring };

export type MessageKey = keyof typeof catalog;

/** A catalog with the keys K. */
export type Messages<K extends string> = { readonly [P in K]: Entry };

export type Params = Record<string, string | number | Text>;

/**
 * `{name}`: the parameter (numbers written the language's way); `{name|one|other}`: the word for
 * that number, `one` when it is 1 (English: "{n} {n|cell|cells}"; Indonesian needs none).
 */
function fillTemplate(template: string, params: Params | undefined, lang: Lang): string {
  if (!params) return template;
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    if (one !== undefined) return v === 1 ? one : (other as string);
    if (typeof v === "number") return formatNumber(v, lang);
    if (typeof v === "object") return v[lang];
    return v;
  });
}

/** A message of `messages` in both languages, placeholders filled (numbers formatted per language). */
export function translate<K extends string>(messages: Messages<K>, key: K, params?: Params): Text {
  const entry = messages[key];
  return { id: fillTemplate(entry.id, params, "id"), en: fillTemplate(entry.en, params, "en") };
}

/** A message of the engine in both languages, placeholders filled (numbers formatted per language). */
export function msg(key: MessageKey, params?: Params): Text {
  return translate(catalog, key, params);
}

/** One language of a message. */
export function t(key: MessageKey, lang: Lang, params?: Params): string {
  return msg(key, params)[lang];
}

/** A surface's msg and t: its own messages and the engine's, no other key. */
export interface Translator<K extends string> {
  /** The surface's messages with the engine's. */
  readonly messages: Messages<K>;
  msg(key: K, params?: Params): Text;
  t(key: K, lang: Lang, params?: Params): string;
}

/** The msg and t of a surface whose own catalog is `own` (keys of their own prefix: none of the engine's). */
export function translator<C extends Catalog>(own: C): Translator<(keyof C & string) | MessageKey> {
  const messages: Messages<(keyof C & string) | MessageKey> = { ...catalog, ...own };
  return {
    messages,
    msg: (key, params) => translate(messages, key, params),
    t: (key, lang, params) => translate(messages, key, params)[lang],
  };
}

/** Same text in both languages (names, quotes from the sheet). */
export function verbatim(s: string): Text {
  return { id: s, en: s };
}

/** Choose the language from a locale tag: every English one ("en", "en-US", "en-GB", "en_IN") -> en, anything else -> id. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^en(?:[-_]|$)/i.test(locale.trim()) ? "en" : "id";
}
