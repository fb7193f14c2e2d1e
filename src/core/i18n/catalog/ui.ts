import type { Catalog } from "../types";

/** Messages of the ui area. Keys are "ui.<name>". */
export const ui = {
} satisfies Catalog;
