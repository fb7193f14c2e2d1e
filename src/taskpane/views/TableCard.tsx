import { lazy, Suspense } from "react";
import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { tableEmpty } from "../../app/findingView";
import { insertableYear } from "../../app/insertProgram";
import { summarizeTable } from "../../core/analyze";
import type { RangeRef } from "../../core/grid";
import { shownCounts } from "../../core/plan/counts";
import type { Plan } from "../../core/plan/types";
import { usePane } from "../context";
import { OutlineTree } from "./OutlineTree";

/** The official-programme picker: loaded with its messages when a plan can take a programme. */
const ProgramInsert = lazy(() => import("./ProgramInsert"));

const useStyles = makeStyles({
  card: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalL,
  },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400 },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    "& dd": { margin: 0, overflowWrap: "anywhere" },
    "& dt": { color: tokens.colorNeutralForeground3 },
  },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    listStyle: "none",
    padding: 0,
    margin: `${tokens.spacingVerticalS} 0`,
    "& li": {
      backgroundColor: tokens.colorNeutralBackground3,
      borderRadius: tokens.borderRadiusMedium,
      padding: `0 ${tokens.spacingHorizontalS}`,
    },
  },
  outlineHeading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300 },
});

interface Props {
  plan: Plan;
  onSelect(sheet: string, range: RangeRef): void;
  /** The workbook changed (an official programme inserted or taken back): read it again. */
  onChanged(): unknown;
}

/**
 * One recognized table: where it is, its year and office, counts per level (or that it is empty),
 * the official-programme picker (nomenclature tables of a governed year), and its outline.
 */
export function TableCard({ plan, onSelect, onChanged }: Props) {
  const { t } = usePane();
  const s = useStyles();
  const sum = summarizeTable(plan);
  const counts = shownCounts(sum.genre, sum.counts).map((k) => t(`common.count.${k}`, { n: sum.counts[k] }));
  const outlineLabel = t("ui.overview.outline", { sheet: sum.sheet });
  return (
    <section className={s.card} aria-label={sum.sheet}>
      <h3 className={s.heading}>{sum.sheet}</h3>
      <dl className={s.facts}>
        <dt>{t("ui.overview.range")}</dt>
        <dd>{sum.range}</dd>
        <dt>{t("ui.overview.year")}</dt>
        <dd>{sum.year === null ? t("ui.common.unknown") : String(sum.year)}</dd>
        <dt>{t("ui.overview.office")}</dt>
        <dd>{sum.office ?? t("ui.common.unknown")}</dd>
        <dt>{t("ui.overview.genre")}</dt>
        <dd>{t(`common.genre.${sum.genre}`)}</dd>
      </dl>
      <ul className={s.counts} aria-label={t("ui.overview.counts")}>
        {counts.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      {tableEmpty(sum.counts) && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("ui.overview.tableEmpty")}</MessageBarTitle>
            {t("ui.overview.tableEmptyBody")}
          </MessageBarBody>
        </MessageBar>
      )}
      {insertableYear(plan) !== null && (
        <Suspense fallback={null}>
          <ProgramInsert plan={plan} onChanged={onChanged} />
        </Suspense>
      )}
      <h4 className={s.outlineHeading}>{outlineLabel}</h4>
      <Caption1>{t("ui.overview.selectHint")}</Caption1>
      <OutlineTree plan={plan} label={outlineLabel} onSelect={(range) => onSelect(plan.sheet, range)} />
    </section>
  );
}
