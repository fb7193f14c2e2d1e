import { langFromLocale, type Lang } from "../core/i18n";

/** Office's display language tag ("id-ID", "en-US"), or undefined outside Office. */
export function officeDisplayLanguage(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  try {
    return Office.context?.displayLanguage?.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The UI language: English when Office's display language is any English (en-US, en-GB, en-AU, en-IN, ...),
 * Indonesian otherwise. Outside Office, fallbackLocale (e.g. navigator.language)
 * decides; with neither, Indonesian.
 */
export function displayLang(fallbackLocale?: string): Lang {
  return langFromLocale(officeDisplayLanguage() ?? fallbackLocale);
}
