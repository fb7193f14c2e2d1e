import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { countBySeverity, verdict } from "../../app/findingView";
import type { Finding } from "../../core/finding";
import type { PlanCounts } from "../../core/plan/types";
import { usePane } from "../context";

const useStyles = makeStyles({
  counts: { display: "flex", gap: tokens.spacingHorizontalM, listStyle: "none", padding: 0, margin: `${tokens.spacingVerticalS} 0` },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  info: { color: tokens.colorNeutralForeground2 },
});

/** Errors, warnings, info; and whether the plan is ready to adopt (no error), or empty (nothing to check yet). */
export function ValidationSummary({ findings, tables }: { findings: readonly Finding[]; tables: readonly PlanCounts[] }) {
  const { t } = usePane();
  const s = useStyles();
  const n = countBySeverity(findings);
  const said = verdict(findings, tables);
  const intent = { notReady: "warning", empty: "info", ready: "success" } as const;
  const title = { notReady: "ui.validate.notReady", empty: "ui.validate.empty", ready: "ui.validate.ready" } as const;
  const body = {
    notReady: () => t("ui.validate.notReadyBody", { n: n.error }),
    empty: () => t("ui.validate.emptyBody"),
    ready: () => t("ui.validate.readyBody"),
  };
  return (
    <section aria-label={t("ui.validate.summary")}>
      <MessageBar intent={intent[said]} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(title[said])}</MessageBarTitle>
          {body[said]()}
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
