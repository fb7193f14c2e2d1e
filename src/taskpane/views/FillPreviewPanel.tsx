import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { conventionName, groupName, type FillPlan } from "../../core/fill";
import { usePane } from "../context";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: `${tokens.spacingVerticalM} 0` },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXXS} 0` },
  sub: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 0` },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // Plain tables (Fluent's Table adds weight for features these small grids do not use).
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    marginTop: tokens.spacingVerticalXS,
    "& th, & td": {
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      textAlign: "start",
    },
    "& th": { fontWeight: tokens.fontWeightSemibold },
  },
});

const ROMAN = ["I", "II", "III", "IV"] as const;
const SKIPS_LISTED = 5;

/** What a fill would write: cells per column, the convention used, a few rows before and after, rows left alone. */
export function FillPreviewPanel({ plan, overwrite }: { plan: FillPlan; overwrite: boolean }) {
  const { t, text } = usePane();
  const s = useStyles();
  const p = plan.preview;
  if (plan.problem) return null;
  const manySheets = new Set(p.columns.map((c) => c.sheet)).size > 1;
  return (
    <section className={s.box} aria-label={t("ui.fill.previewHeading")}>
      <h3 className={s.heading}>{t("ui.fill.previewHeading")}</h3>
      <Body1 as="p">
        {p.cells === 0 ? t("ui.fill.previewNothing") : t("ui.fill.previewSummary", { cells: p.cells, rows: p.rows })}
      </Body1>
      {!overwrite && p.overwriteCount > 0 && <Body1 as="p">{t("ui.fill.keptFilled", { n: p.overwriteCount })}</Body1>}
      {p.formulasKept > 0 && <Body1 as="p">{t("fill.formulasKept", { count: p.formulasKept })}</Body1>}
      {p.conventions.length > 0 && (
        <ul className={s.list}>
          {p.conventions.map((c) => (
            <li key={`${c.sheet}|${c.group}`}>
              {t(c.detected ? "ui.fill.conventionDetected" : "ui.fill.conventionDefault", {
                sheet: c.sheet,
                group: groupName(c.group),
                convention: conventionName(c.convention),
              })}
            </li>
          ))}
        </ul>
      )}
      {p.levelRows > 0 && <Body1 as="p">{t("fill.levelRows", { count: p.levelRows })}</Body1>}
      {p.columns.length > 0 && (
        <table className={s.table}>
          <caption className={s.caption}>{t("ui.fill.perColumn")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ui.fill.column")}</th>
              <th scope="col">{t("ui.fill.quarterColumn")}</th>
              <th scope="col">{t("ui.fill.cells")}</th>
            </tr>
          </thead>
          <tbody>
            {p.columns.map((c) => (
              <tr key={`${c.sheet}|${c.column}`}>
                <td>{manySheets ? `${c.sheet}!${c.column}` : c.column}</td>
                <td>{`${text(groupName(c.group))} ${ROMAN[c.quarter - 1]}`}</td>
                <td>{String(c.cells)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {p.examples.length > 0 && <h4 className={s.sub}>{t("ui.fill.examples")}</h4>}
      {p.examples.map((ex) => (
        <table key={`${ex.sheet}|${ex.row}|${ex.group}`} className={s.table}>
          <caption className={s.caption}>
            {t("ui.fill.exampleRow", { sheet: ex.sheet, row: String(ex.row + 1), group: groupName(ex.group) })}
          </caption>
          <thead>
            <tr>
              <td />
              {ROMAN.map((r) => (
                <th key={r} scope="col">
                  {r}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t("ui.fill.before")}</th>
              {ex.before.map((v, i) => (
                <td key={i}>{v || "–"}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t("ui.fill.after")}</th>
              {ex.after.map((v, i) => (
                <td key={i}>{text(v)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      ))}
      {p.skipped.length > 0 && (
        <>
          <h4 className={s.sub}>{t("ui.fill.skipped", { n: p.skipped.length })}</h4>
          <ul className={s.list}>
            {p.skipped.slice(0, SKIPS_LISTED).map((k) => (
              <li key={`${k.sheet}|${k.row}|${k.group}`}>{text(k.message)}</li>
            ))}
          </ul>
          {p.skipped.length > SKIPS_LISTED && <Body1 as="p">{t("ui.fill.moreSkipped", { n: p.skipped.length - SKIPS_LISTED })}</Body1>}
        </>
      )}
    </section>
  );
}
