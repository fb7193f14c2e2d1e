/** A user-visible text in both languages. Indonesian first. */
export interface Text {
  id: string;
  en: string;
}

export type Lang = keyof Text;

export const LANGS: readonly Lang[] = ["id", "en"];

/** A catalog entry: a template in each language with {name} placeholders. */
export type Entry = Text;

export type Catalog = Record<string, Entry>;
