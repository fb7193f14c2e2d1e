import { useEffect, useRef, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular, InfoRegular, WarningRegular } from "../icons";
import { findingAddress, groupFindings, type FindingGroup } from "../../app/findingView";
import type { Finding, Severity } from "../../core/finding";
import { usePane } from "../context";
import { categoryLabel } from "./FindingFilters";

const useStyles = makeStyles({
  group: { margin: `${tokens.spacingVerticalS} 0` },
  heading: { fontSize: tokens.fontSizeBase300, margin: `0 0 ${tokens.spacingVerticalXXS}` },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    alignItems: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    minWidth: 0,
  },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  cell: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
});

const ICONS: Record<Severity, typeof InfoRegular> = { error: ErrorCircleRegular, warning: WarningRegular, info: InfoRegular };

/** Findings listed per group before "show all": a long group stays readable in a narrow pane. */
export const GROUP_PREVIEW = 10;

/** Findings grouped by category and severity; each one a button that selects its cell. */
export function FindingList({ findings, onSelect }: { findings: readonly Finding[]; onSelect(f: Finding): void }) {
  return (
    <>
      {groupFindings(findings).map((g) => (
        <Group key={`${g.category}|${g.severity}`} group={g} onSelect={onSelect} />
      ))}
    </>
  );
}

function Group({ group, onSelect }: { group: FindingGroup; onSelect(f: Finding): void }) {
  const { t, text } = usePane();
  const s = useStyles();
  const [all, setAll] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  // "Show all" disappears when pressed: keep the keyboard where the new items start.
  useEffect(() => {
    if (all) list.current?.querySelectorAll("button")[GROUP_PREVIEW]?.focus();
  }, [all]);
  const Icon = ICONS[group.severity];
  const title = t("ui.validate.group", {
    category: categoryLabel(group.category, t),
    severity: t(`ui.severity.${group.severity}`),
    n: group.findings.length,
  });
  const listed = all ? group.findings : group.findings.slice(0, GROUP_PREVIEW);
  return (
    <section className={s.group} aria-label={title}>
      <h4 className={s.heading}>{title}</h4>
      <ul className={s.list} ref={list}>
        {listed.map((f, i) => (
          <li key={i}>
            <Button
              appearance="subtle"
              className={s.item}
              icon={<Icon className={s[group.severity]} />}
              data-finding={f.rule}
              onClick={() => onSelect(f)}
            >
              <span className={s.text}>
                <span className={s.cell}>{findingAddress(f)}</span>
                <span>{text(f.message)}</span>
                {f.hint && <span className={s.hint}>{t("ui.validate.hint", { hint: f.hint })}</span>}
              </span>
            </Button>
          </li>
        ))}
      </ul>
      {listed.length < group.findings.length && (
        <Button appearance="transparent" size="small" onClick={() => setAll(true)}>
          {t("ui.validate.showAll", { n: group.findings.length })}
        </Button>
      )}
    </section>
  );
}
