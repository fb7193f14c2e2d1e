import type { Catalog } from "../types";

/** Messages of the cli area. Keys are "cli.<name>". */
export const cli = {
} satisfies Catalog;
