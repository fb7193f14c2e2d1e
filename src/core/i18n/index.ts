import type { Lang, Text } from "./types";
import { common } from "./catalog/common";
import { layout } from "./catalog/layout";
import { rules } from "./catalog/rules";
import { names } from "./catalog/names";
import { quarters } from "./catalog/quarters";
import { units } from "./catalog/units";
import { style } from "./catalog/style";
import { fill } from "./catalog/fill";
import { template } from "./catalog/template";
import { decree } from "./catalog/decree";
import { ui } from "./catalog/ui";
import { uiExcel } from "./catalog/uiExcel";
import { uiPreview } from "./catalog/uiPreview";
import { cli } from "./catalog/cli";
import { workbook } from "./catalog/workbook";
import { formatNumber } from "../numbers";

export type { Lang, Text } from "./types";

export const catalog = { ...common, ...layout, ...rules, ...names, ...quarters, ...units, ...style, ...fill, ...template, ...decree, ...ui, ...uiExcel, ...uiPreview, ...cli, ...workbook };

export type MessageKey = keyof typeof catalog;

export type Params = Record<string, string | number | Text>;

function fillTemplate(template: string, params: Params | undefined, lang: Lang): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    if (typeof v === "number") return formatNumber(v, lang);
    if (typeof v === "object") return v[lang];
    return v;
  });
}

/** A message in both languages, placeholders filled (numbers formatted per language). */
export function msg(key: MessageKey, params?: Params): Text {
  const entry = catalog[key] as Text;
  return { id: fillTemplate(entry.id, params, "id"), en: fillTemplate(entry.en, params, "en") };
}

/** One language of a message. */
export function t(key: MessageKey, lang: Lang, params?: Params): string {
  return msg(key, params)[lang];
}

/** Same text in both languages (names, quotes from the sheet). */
export function verbatim(s: string): Text {
  return { id: s, en: s };
}

/** Choose the language from a locale tag ("en-US" -> en, anything else -> id). */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^en\b/i.test(locale) ? "en" : "id";
}
