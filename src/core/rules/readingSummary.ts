import type { Finding } from "../finding";
import type { CellRef } from "../grid";
import { msg, type MessageKey, type Text } from "../i18n";
import { QUARTER_GROUPS } from "../layout/types";
import { READING_KINDS } from "../quarters/readings";
import { finding, spanRange, type RuleContext } from "./context";
import { groupWord, word } from "./words";

type Kind = (typeof READING_KINDS)[number];
const KIND_KEYS: Record<Kind, MessageKey> = {
  cumulative: "quarters.reading.cumulative",
  perQuarter: "quarters.reading.perQuarter",
  level: "quarters.reading.level",
  yearEnd: "quarters.reading.yearEnd",
  schedule: "quarters.reading.schedule",
  descending: "quarters.reading.descending",
};

/**
 * How many rows of each quarter group read their quarters each way, and where the group's rows
 * are. A table that mixes readings is normal (DOMAIN.md): it is said once per group, as info.
 */
export class ReadingSummary {
  private readonly counts = QUARTER_GROUPS.map(() => [0, 0, 0, 0, 0, 0]);
  private readonly first = QUARTER_GROUPS.map(() => -1);
  private readonly last = QUARTER_GROUPS.map(() => -1);

  /** Entry e of group g (its index in QUARTER_GROUPS) reads its quarters the kind's way (READING_KINDS index). */
  add(e: number, g: number, kind: number): void {
    this.counts[g][kind]++;
    if (this.first[g] < 0) this.first[g] = e;
    this.last[g] = e;
  }

  /** One info per group whose rows read their quarters in two ways or more. */
  findings(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    QUARTER_GROUPS.forEach((group, g) => {
      const used = READING_KINDS.map((k, i) => [k, this.counts[g][i]] as const).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
      if (used.length < 2) return;
      const items = used.map(([k, n]) => msg("quarters.readingCount", { reading: word(KIND_KEYS[k as Kind]), count: n }));
      const list: Text = { id: items.map((t) => t.id).join(", "), en: items.map((t) => t.en).join(", ") };
      const cells: CellRef[] = [...ctx.quarters.set(this.first[g]).cells, ...ctx.quarters.set(this.last[g]).cells];
      out.push(finding(ctx.plan, {
        rule: "percent.mixedReadings", severity: "info", at: spanRange(cells), key: "quarters.mixedReadings",
        params: { group: groupWord(group), count: used.length, list },
      }));
    });
    return out;
  }
}
