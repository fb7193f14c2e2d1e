import type { Catalog } from "../types";

/** Messages of the fill area. Keys are "fill.<name>". */
export const fill = {
} satisfies Catalog;
