import type { Text } from "../i18n/types";
import { msg } from "../i18n";
import type { QuarterGroup } from "../layout/types";
import type { Level } from "../plan/types";
import type { Convention } from "../quarters/convention";

const LEVEL_KEYS = {
  sasaran: "rules.level.sasaran",
  program: "rules.level.program",
  kegiatan: "rules.level.kegiatan",
  subKegiatan: "rules.level.subKegiatan",
} as const;

const GROUP_KEYS = { kinerja: "rules.group.kinerja", pelaksanaan: "rules.group.pelaksanaan" } as const;

const CONVENTION_KEYS = {
  percentCumulative: "rules.convention.percentCumulative",
  percentPerQuarter: "rules.convention.percentPerQuarter",
  unitsCumulative: "rules.convention.unitsCumulative",
  unitsPerQuarter: "rules.convention.unitsPerQuarter",
} as const;

/** These words take no parameters: read each once. */
const cache = new Map<string, Text>();
export function word(key: Parameters<typeof msg>[0]): Text {
  let t = cache.get(key);
  if (!t) cache.set(key, (t = msg(key)));
  return t;
}

export const levelWord = (level: Level): Text => word(LEVEL_KEYS[level]);
export const groupWord = (group: QuarterGroup): Text => word(GROUP_KEYS[group]);
export const conventionWord = (c: Convention): Text => word(CONVENTION_KEYS[c]);

export const QUARTER_NAMES = ["I", "II", "III", "IV"] as const;
