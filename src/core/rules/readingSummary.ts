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
 * How many rows of each quarter group read their quarters each way, and where the rows of each
 * way are. A table that mixes readings is normal (the reading belongs to each indicator row:
 * SAKIP software records kumulatif or not per indicator): it is said once per group, as info,
 * at the rows that read their quarters otherwise than most rows do (where a reader checks).
 */
export class ReadingSummary {
  private readonly counts = QUARTER_GROUPS.map(() => [0, 0, 0, 0, 0, 0]);
  /** Per group and kind, the first and last entry that reads that way (-1: none). */
  private readonly first = QUARTER_GROUPS.map(() => [-1, -1, -1, -1, -1, -1]);
  private readonly last = QUARTER_GROUPS.map(() => [-1, -1, -1, -1, -1, -1]);

  /** Entry e of group g (its index in QUARTER_GROUPS) reads its quarters the kind's way (READING_KINDS index). */
  add(e: number, g: number, kind: number): void {
    this.counts[g][kind]++;
    if (this.first[g][kind] < 0) this.first[g][kind] = e;
    this.last[g][kind] = e;
  }

  /** One info per group whose rows read their quarters in two ways or more. */
  findings(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    QUARTER_GROUPS.forEach((group, g) => {
      const used = READING_KINDS.map((k, i) => [k, this.counts[g][i], i] as const).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[2] - b[2]);
      if (used.length < 2) return;
      const items = used.map(([k, n]) => msg("quarters.readingCount", { reading: word(KIND_KEYS[k as Kind]), count: n }));
      const list: Text = { id: items.map((t) => t.id).join(", "), en: items.map((t) => t.en).join(", ") };
      // The rows of the other ways, first to last.
      const others = used.slice(1).map(([, , i]) => i);
      const from = Math.min(...others.map((i) => this.first[g][i]));
      const to = Math.max(...others.map((i) => this.last[g][i]));
      const cells: CellRef[] = [...ctx.quarters.set(from).cells(), ...ctx.quarters.set(to).cells()];
      out.push(finding(ctx.plan, {
        rule: "percent.mixedReadings", severity: "info", at: spanRange(cells), key: "quarters.mixedReadings",
        params: { group: groupWord(group), count: used.length, list, usual: word(KIND_KEYS[used[0][0] as Kind]) },
      }));
    });
    return out;
  }
}
