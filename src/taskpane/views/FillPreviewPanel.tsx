import {
  Body1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens,
} from "@fluentui/react-components";
import { conventionName, groupName, type FillPlan } from "../../core/fill";
import { usePane } from "../context";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: `${tokens.spacingVerticalM} 0` },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
  sub: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 0` },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  table: { tableLayout: "auto" },
  example: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

const ROMAN = ["I", "II", "III", "IV"] as const;
const SKIPS_LISTED = 5;

/** What a fill would write: cells per column, the convention used, a few rows before and after, rows left alone. */
export function FillPreviewPanel({ plan, overwrite }: { plan: FillPlan; overwrite: boolean }) {
  const { t, text } = usePane();
  const s = useStyles();
  const p = plan.preview;
  if (plan.problem) return null;
  return (
    <section className={s.box} aria-label={t("ui.fill.previewHeading")}>
      <h3 className={s.heading}>{t("ui.fill.previewHeading")}</h3>
      <Body1 as="p">
        {p.cells === 0 ? t("ui.fill.previewNothing") : t("ui.fill.previewSummary", { cells: p.cells, rows: p.rows })}
      </Body1>
      {!overwrite && p.overwriteCount > 0 && <Body1 as="p">{t("ui.fill.keptFilled", { n: p.overwriteCount })}</Body1>}
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
      {p.columns.length > 0 && (
        <Table size="extra-small" className={s.table} aria-label={t("ui.fill.perColumn")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("ui.fill.column")}</TableHeaderCell>
              <TableHeaderCell>{t("ui.fill.quarterColumn")}</TableHeaderCell>
              <TableHeaderCell>{t("ui.fill.cells")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {p.columns.map((c) => (
              <TableRow key={`${c.sheet}|${c.column}`}>
                <TableCell>{c.column}</TableCell>
                <TableCell>{`${text(groupName(c.group))} ${ROMAN[c.quarter - 1]}`}</TableCell>
                <TableCell>{String(c.cells)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {p.examples.length > 0 && <h4 className={s.sub}>{t("ui.fill.examples")}</h4>}
      {p.examples.map((ex) => (
        <Table key={`${ex.sheet}|${ex.row}|${ex.group}`} size="extra-small" className={s.example}
          aria-label={t("ui.fill.exampleRow", { sheet: ex.sheet, row: String(ex.row + 1), group: groupName(ex.group) })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("ui.fill.exampleRow", { sheet: ex.sheet, row: String(ex.row + 1), group: groupName(ex.group) })}</TableHeaderCell>
              {ROMAN.map((r) => (
                <TableHeaderCell key={r}>{r}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            <TableRow>
              <TableCell>{t("ui.fill.before")}</TableCell>
              {ex.before.map((v, i) => (
                <TableCell key={i}>{v || "–"}</TableCell>
              ))}
            </TableRow>
            <TableRow>
              <TableCell>{t("ui.fill.after")}</TableCell>
              {ex.after.map((v, i) => (
                <TableCell key={i}>{text(v)}</TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
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
