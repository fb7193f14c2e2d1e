import type { MouseEvent } from "react";
import { Caption1, Link, Select, makeStyles, tokens } from "@fluentui/react-components";
import { LANGS, type Lang } from "../../core/i18n/types";
import { usePane } from "../context";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  titles: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  name: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightBold, lineHeight: tokens.lineHeightBase500 },
  lang: { width: "9.5em" },
  help: { fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  badge: {
    fontSize: tokens.fontSizeBase200,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
});

/**
 * The user guide (docs/PANDUAN.md), shipped beside the pane's own page by the build (dist/panduan.html):
 * the same origin as the task pane, wherever an office hosts it, and the manifest's LearnMoreUrl.
 */
export const GUIDE_PAGE = "panduan.html";

export interface PaneHeaderProps {
  preview: boolean;
  onLangChange(lang: Lang): void;
  /** Opens a page in the user's browser (inside Office); false to let the link open as usual. */
  openLink?(url: string): boolean;
}

/** Product name, tagline, a preview badge outside Excel, the guide link, and the language switch. */
export function PaneHeader({ preview, onLangChange, openLink }: PaneHeaderProps) {
  const { t, lang } = usePane();
  const s = useStyles();
  const onHelp = (e: MouseEvent<HTMLAnchorElement>) => {
    // The anchor's href is absolute once resolved (https://host/path/panduan.html).
    if (openLink?.(e.currentTarget.href)) e.preventDefault();
  };
  return (
    <header className={s.header}>
      <div className={s.titles}>
        <h1 className={s.name}>{t("ui.app.name")}</h1>
        <Caption1>{t("ui.app.tagline")}</Caption1>
      </div>
      {preview && <span className={s.badge}>{t("ui.app.preview")}</span>}
      <Link className={s.help} href={GUIDE_PAGE} target="_blank" rel="noopener" title={t("ui.help.title")} onClick={onHelp}>
        {t("ui.help.link")}
      </Link>
      <Select
        className={s.lang}
        size="small"
        aria-label={t("ui.lang.label")}
        value={lang}
        onChange={(_e, data) => onLangChange(data.value as Lang)}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`ui.lang.${l}`)}
          </option>
        ))}
      </Select>
    </header>
  );
}
