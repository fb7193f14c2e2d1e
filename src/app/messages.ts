import { translator, type Catalog } from "../core/i18n";

/** Messages of the choices typed or picked on every surface (choices.ts: the pane's fields, the CLI's --year/--paper). Keys are "choice.<name>". */
export const appMessages = {
  "choice.yearMissing": { id: "Isi tahun dengan empat angka ({min}-{max}).", en: "Type the year as four digits ({min}-{max})." },
  "choice.yearInvalid": {
    id: "Tahun tidak valid: \"{value}\". Isi tahun dengan empat angka ({min}-{max}).",
    en: "Invalid year: \"{value}\". Type the year as four digits ({min}-{max}).",
  },
  "choice.paperInvalid": { id: "Ukuran kertas tidak dikenal: \"{value}\" (pilih a4 atau f4).", en: "Unknown paper size: \"{value}\" (choose a4 or f4)." },
} satisfies Catalog;

/** These messages and the engine's. */
export const { msg } = translator(appMessages);
