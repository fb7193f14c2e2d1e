/** The seed decree's metadata (test/fixtures/meta/dinkop-nganjuk-2022.json), typed. */
import raw from "../../fixtures/meta/dinkop-nganjuk-2022.json";
import { cloneMeta, type DecreeMeta } from "../../../src/core/decree/meta";

export function seedMeta(): DecreeMeta {
  return cloneMeta(raw as DecreeMeta);
}
