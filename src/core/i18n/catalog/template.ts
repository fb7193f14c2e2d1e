import type { Catalog } from "../types";

/** Messages of the template area. Keys are "template.<name>". */
export const template = {
} satisfies Catalog;
