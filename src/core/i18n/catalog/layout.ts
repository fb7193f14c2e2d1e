import type { Catalog } from "../types";

/** Messages of the layout area. Keys are "layout.<name>". */
export const layout = {
} satisfies Catalog;
