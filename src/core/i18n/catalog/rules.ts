import type { Catalog } from "../types";

/** Messages of the rules area. Keys are "rules.<name>". */
export const rules = {
} satisfies Catalog;
