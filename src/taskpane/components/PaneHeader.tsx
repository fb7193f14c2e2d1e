import { Caption1, Select, makeStyles, tokens } from "@fluentui/react-components";
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
  badge: {
    fontSize: tokens.fontSizeBase200,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
});

/** Product name, tagline, a preview badge outside Excel, and the language switch. */
export function PaneHeader({ preview, onLangChange }: { preview: boolean; onLangChange(lang: Lang): void }) {
  const { t, lang } = usePane();
  const s = useStyles();
  return (
    <header className={s.header}>
      <div className={s.titles}>
        <h1 className={s.name}>{t("ui.app.name")}</h1>
        <Caption1>{t("ui.app.tagline")}</Caption1>
      </div>
      {preview && <span className={s.badge}>{t("ui.app.preview")}</span>}
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
