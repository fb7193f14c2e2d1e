import { langFromLocale, type Lang } from "../core/i18n";

/** Office's display language tag ("id-ID", "en-US"), or undefined outside Office. */
export function officeDisplayLanguage(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  try {
    return Office.context?.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The UI language: English when Office's display language is English,
 * Indonesian otherwise. Outside Office, fallbackLocale (e.g. navigator.language)
 * decides; with neither, Indonesian.
 */
export function displayLang(fallbackLocale?: string): Lang {
  return langFromLocale(officeDisplayLanguage() ?? fallbackLocale);
}
