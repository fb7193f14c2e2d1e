import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { countBySeverity, readyToAdopt } from "../../app/findingView";
import type { Finding } from "../../core/finding";
import { usePane } from "../context";

const useStyles = makeStyles({
  counts: { display: "flex", gap: tokens.spacingHorizontalM, listStyle: "none", padding: 0, margin: `${tokens.spacingVerticalS} 0` },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  info: { color: tokens.colorNeutralForeground2 },
});

/** Errors, warnings, info; and whether the plan is ready to adopt (no error). */
export function ValidationSummary({ findings }: { findings: readonly Finding[] }) {
  const { t } = usePane();
  const s = useStyles();
  const n = countBySeverity(findings);
  const ready = readyToAdopt(findings);
  return (
    <section aria-label={t("ui.validate.summary")}>
      <MessageBar intent={ready ? "success" : "warning"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(ready ? "ui.validate.ready" : "ui.validate.notReady")}</MessageBarTitle>
          {ready ? t("ui.validate.readyBody") : t("ui.validate.notReadyBody", { n: n.error })}
        </MessageBarBody>
      </MessageBar>
      <ul className={s.counts}>
        <li className={s.error}>{t("ui.validate.errors", { n: n.error })}</li>
        <li className={s.warning}>{t("ui.validate.warnings", { n: n.warning })}</li>
        <li className={s.info}>{t("ui.validate.infos", { n: n.info })}</li>
      </ul>
    </section>
  );
}
