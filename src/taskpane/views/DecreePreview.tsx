import { useDeferredValue, useMemo } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { decreePreviewLines } from "../../app/decreePreview";
import type { DecreeMeta } from "../../core/decree";
import { usePane } from "../context";

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    maxHeight: "24em",
    overflowY: "auto",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  line: { margin: 0, minHeight: "1em", whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  heading: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
});

/** The decree's text as the sheet will print it (typing stays fluid: the preview follows a moment later). */
export function DecreePreview({ meta, nipGrouped }: { meta: DecreeMeta; nipGrouped: boolean }) {
  const { t } = usePane();
  const s = useStyles();
  const deferred = useDeferredValue(meta);
  const lines = useMemo(() => decreePreviewLines(deferred, { nipGrouped }), [deferred, nipGrouped]);
  return (
    <section aria-label={t("ui.decree.preview")}>
      <h3 className={s.heading}>{t("ui.decree.preview")}</h3>
      <div className={s.box} tabIndex={0} role="document" aria-label={t("ui.decree.preview")} lang="id">
        {lines.map((line, i) => (
          <p key={i} className={s.line}>
            {line}
          </p>
        ))}
      </div>
    </section>
  );
}
