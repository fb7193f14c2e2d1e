import { Suspense, lazy, useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Text } from "../core/i18n";
import type { Workbook } from "../core/port";
import { Busy } from "./components/Busy";
import { ErrorBar } from "./components/ErrorBar";
import { PaneHeader, type PaneHeaderProps } from "./components/PaneHeader";
import { PaneProvider, usePane } from "./context";
import { useAnalysis } from "./hooks/useAnalysis";
import { useRibbonRequests } from "./hooks/useRibbonRequests";
import { useValidation } from "./hooks/useValidation";
import { OverviewView } from "./views/OverviewView";
import { ValidateView } from "./views/ValidateView";

/** Where the pane runs; all optional. */
export interface AppHost {
  /** The browser preview page (not inside Excel): the header says so. */
  preview?: boolean;
  /** Told when the user switches the language (e.g. to set <html lang>). */
  onLangChange?(lang: Lang): void;
  /** Opens a page in the user's browser (inside Office: openBrowserWindow); false lets a link open as usual. */
  openLink?(url: string): boolean;
}

export interface AppProps {
  /** The workbook port: ExcelWorkbook inside Excel, XlsxWorkbook in the preview and tests. */
  workbook: Workbook;
  /** The starting language (Indonesian unless Office's display language is English). */
  lang: Lang;
  host?: AppHost;
}

// The fill, the template, the decree (its form, regulations and sheet builder) and monitoring are chunks of their own,
// each loaded when its tab is first opened: the pane's first JavaScript stays within its budget
// (scripts/check-bundle-size.js).
const FillView = lazy(() => import("./views/FillView").then((m) => ({ default: m.FillView })));
const TemplateView = lazy(() => import("./views/TemplateView").then((m) => ({ default: m.TemplateView })));
const DecreeView = lazy(() => import("./views/DecreeView").then((m) => ({ default: m.DecreeView })));
const MonitorView = lazy(() => import("./views/MonitorView").then((m) => ({ default: m.MonitorView })));

/** A view of a chunk loaded on first use: a spinner until it arrives. */
const later = (view: ReactNode) => <Suspense fallback={<Busy />}>{view}</Suspense>;

export const TABS = ["overview", "validate", "fill", "template", "decree", "monitor"] as const;
export type TabId = (typeof TABS)[number];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100%", boxSizing: "border-box" },
  // Excel's pane is 320-350 px wide by default, narrower than the five tabs on one line: the tabs
  // wrap onto a second line, every label whole and in sight (no hidden scroll, no cut label).
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: "wrap", "& > [role=tab]": { flexShrink: 0 } },
  panel: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`, minWidth: 0 },
});

/** The task pane: header, one tab per job, each view in its own file. */
export function App({ workbook, lang: initialLang, host }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const changeLang = (next: Lang) => {
    setLang(next);
    host?.onLangChange?.(next);
  };
  return (
    <PaneProvider workbook={workbook} lang={lang}>
      <Pane preview={host?.preview ?? false} onLangChange={changeLang} openLink={host?.openLink} />
    </PaneProvider>
  );
}

function Pane({ preview, onLangChange, openLink }: PaneHeaderProps) {
  const { t, workbook } = usePane();
  const s = useStyles();
  const [tab, setTab] = useState<TabId>("overview");
  // Views stay mounted once opened, so a half-filled form survives a look at another tab.
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set<TabId>(["overview"]));
  const [commandError, setCommandError] = useState<Text | null>(null);
  const analysis = useAnalysis(workbook);
  const validation = useValidation(workbook, analysis.accept);

  // After an action changed the workbook, read it again only when the reading is looked at:
  // the Overview at once (now or when it is shown); after a new sheet or heading also the
  // other views that take their defaults from it, once the user turns to one of them.
  const staleOn = useRef<TabId | null>(null);
  const { stale, refresh } = analysis;
  useEffect(() => {
    if (!stale) {
      staleOn.current = null;
      return;
    }
    staleOn.current ??= tab;
    if (tab === "overview" || (stale === "sheets" && tab !== staleOn.current && tab !== "validate")) void refresh();
  }, [stale, tab, refresh]);

  const show = useCallback((id: TabId) => {
    setTab(id);
    setOpened((prev) => (prev.has(id) ? prev : new Set([...prev, id])));
  }, []);

  useRibbonRequests({
    onValidateRequested: () => {
      show("validate");
      void validation.validate();
    },
    onWorkbookChanged: () => void analysis.refresh(),
    onCommandFailed: setCommandError,
  });

  const views: Record<TabId, () => ReactNode> = {
    overview: () => <OverviewView state={analysis} onInsertTemplate={() => show("template")} />,
    validate: () => <ValidateView v={validation} />,
    fill: () => later(<FillView analysis={analysis} />),
    template: () => later(<TemplateView analysis={analysis} />),
    decree: () => later(<DecreeView analysis={analysis} />),
    monitor: () => later(<MonitorView analysis={analysis} />),
  };

  return (
    <main className={s.root}>
      <PaneHeader preview={preview} onLangChange={onLangChange} openLink={openLink} />
      <ErrorBar error={commandError} onDismiss={() => setCommandError(null)} />
      <TabList
        className={s.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_e, data) => show(data.value as TabId)}
        aria-label={t("ui.app.sections")}
      >
        {TABS.map((id) => (
          <Tab key={id} id={`renaksi-tab-${id}`} value={id} aria-controls={`renaksi-panel-${id}`}>
            {t(`ui.tab.${id}`)}
          </Tab>
        ))}
      </TabList>
      {TABS.filter((id) => opened.has(id)).map((id) => (
        <div
          key={id}
          id={`renaksi-panel-${id}`}
          role="tabpanel"
          aria-labelledby={`renaksi-tab-${id}`}
          hidden={id !== tab}
          className={s.panel}
        >
          {views[id]()}
        </div>
      ))}
    </main>
  );
}
