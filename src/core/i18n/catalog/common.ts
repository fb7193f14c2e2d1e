import type { Catalog } from "../types";

/** Messages of the common area. Keys are "common.<name>". */
export const common = {
} satisfies Catalog;
