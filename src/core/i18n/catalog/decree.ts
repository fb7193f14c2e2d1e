import type { Catalog } from "../types";

/** Messages of the decree area. Keys are "decree.<name>". */
export const decree = {
} satisfies Catalog;
