import { useEffect, useMemo, useRef, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular, InfoRegular, WarningRegular } from "../icons";
import { groupFindings, type FindingGroup, type RuleGroup } from "../../app/findingView";
import type { Finding, Severity } from "../../core/finding";
import { usePane } from "../context";
import { categoryLabel } from "./FindingFilters";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  group: { margin: `${tokens.spacingVerticalS} 0` },
  heading: { fontSize: tokens.fontSizeBase300, margin: `0 0 ${tokens.spacingVerticalXXS}` },
  list: { listStyle: "none", margin: 0, padding: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
});

const ICONS: Record<Severity, typeof InfoRegular> = { error: ErrorCircleRegular, warning: WarningRegular, info: InfoRegular };

/** Problems listed per group before "show all": a long group stays readable in a narrow pane. */
export const GROUP_PREVIEW = 10;

/**
 * Findings grouped by category and severity, one entry per problem (a rule saying the same thing
 * on several cells of a sheet is one entry that opens onto its cells); each cell a button that selects it.
 */
export function FindingList({ findings, onSelect, onApply }: { findings: readonly Finding[]; onSelect(f: Finding): void; onApply?(f: Finding): void }) {
  // Grouping walks every finding (a sheet may have hundreds of thousands): once per list, not per render.
  const groups = useMemo(() => groupFindings(findings), [findings]);
  return (
    <>
      {groups.map((g) => (
        <Group key={`${g.category}|${g.severity}`} group={g} onSelect={onSelect} onApply={onApply} />
      ))}
    </>
  );
}

/** A stable key: a filter that hides other items keeps this one's open state with it. */
function itemKey(item: RuleGroup): string {
  const f = item.findings[0];
  return `${item.sheet}!${f.range.top},${f.range.left}|${item.rule}|${f.key ?? f.message.id}`;
}

function Group({ group, onSelect, onApply }: { group: FindingGroup; onSelect(f: Finding): void; onApply?(f: Finding): void }) {
  const { t } = usePane();
  const s = useStyles();
  const [all, setAll] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  // "Show all" disappears when pressed: keep the keyboard where the new items start.
  useEffect(() => {
    if (all) list.current?.children[GROUP_PREVIEW]?.querySelector("button")?.focus();
  }, [all]);
  const Icon = ICONS[group.severity];
  // The heading and "show all" count the same thing: the section's entries (one per problem, each
  // opening onto its cells), not its findings.
  const title = t("ui.validate.group", {
    category: categoryLabel(group.category, t),
    severity: t(`ui.severity.${group.severity}`),
    n: group.items.length,
  });
  const listed = all ? group.items : group.items.slice(0, GROUP_PREVIEW);
  return (
    <section className={s.group} aria-label={title}>
      <h4 className={s.heading}>{title}</h4>
      <ul className={s.list} ref={list}>
        {listed.map((item) => (
          <FindingItem key={itemKey(item)} group={item} icon={<Icon className={s[group.severity]} />} onSelect={onSelect} onApply={onApply} />
        ))}
      </ul>
      {listed.length < group.items.length && (
        <Button appearance="transparent" size="small" onClick={() => setAll(true)}>
          {t("ui.validate.showAll", { n: group.items.length })}
        </Button>
      )}
    </section>
  );
}
