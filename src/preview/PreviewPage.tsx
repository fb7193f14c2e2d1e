import { useCallback, useEffect, useState, type DragEvent } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons/svg/dismiss";
import { verbatim, type Lang, type Text } from "../core/i18n";
import { msg, t } from "./messages";
import { App } from "../taskpane/App";
import { downloadName, downloadWorkbook, openExample, openFile, type OpenResult } from "./files";
import { PreviewSession } from "./session";
import { SheetView } from "./SheetView";
import { Toolbar } from "./Toolbar";
import { useSheetView } from "./useSheetView";

interface Notice {
  intent: "error" | "success";
  text: Text;
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes("Files");

/**
 * The preview page: a workbook opened from disk (or the bundled example) shown
 * as a grid, beside the real task pane working on it through the xlsx adapter.
 * Everything happens in this page; the file is never sent anywhere.
 */
export function PreviewPage({ initialLang }: { initialLang: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [session, setSession] = useState(() => new PreviewSession());
  const [busy, setBusy] = useState<Text | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dragging, setDragging] = useState(false);
  const view = useSheetView(session);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("ui.preview.title", lang);
  }, [lang]);

  const open = useCallback(async (label: string, read: () => Promise<OpenResult>) => {
    setNotice(null);
    setBusy(msg("ui.preview.opening", { file: label }));
    try {
      const result = await read();
      if (result.ok) setSession(new PreviewSession(result.workbook, result.name));
      else setNotice({ intent: "error", text: result.message });
    } catch (e) {
      // the browser could not read the file (removed or unreadable since it was chosen)
      const reason = verbatim(e instanceof Error ? e.message : String(e));
      setNotice({ intent: "error", text: msg("ui.preview.openFailed", { file: label, reason }) });
    } finally {
      setBusy(null);
    }
  }, []);

  const download = useCallback(() => {
    const name = downloadName(session.fileName);
    try {
      downloadWorkbook(session.xlsx, name);
      setNotice({ intent: "success", text: msg("ui.preview.downloaded", { file: name }) });
    } catch (e) {
      setNotice({ intent: "error", text: msg("ui.preview.saveFailed", { detail: e instanceof Error ? e.message : String(e) }) });
    }
  }, [session]);

  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setDragging(false);
    const files = e.dataTransfer.files;
    if (files.length !== 1) setNotice({ intent: "error", text: msg("ui.preview.dropOne") });
    else void open(files[0].name, () => openFile(files[0], lang));
  };

  const welcome = session.fileName === null && view.sheets.length === 0;
  return (
    <div
      className="rx-page"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.relatedTarget === null) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <Toolbar
        lang={lang}
        fileName={session.fileName}
        downloadAs={downloadName(session.fileName)}
        busy={busy !== null}
        onOpenFile={(file) => void open(file.name, () => openFile(file, lang))}
        onOpenExample={() => void open(t("ui.preview.example", lang), () => openExample(lang))}
        onDownload={download}
      />
      <div className="rx-main">
        <section
          className="rx-sheet-area"
          aria-label={session.fileName ? t("ui.preview.workbook", lang, { file: session.fileName }) : t("ui.preview.newWorkbook", lang)}
        >
          {busy && <Spinner size="tiny" label={busy[lang]} className="rx-busy" />}
          {notice && (
            <MessageBar intent={notice.intent} layout="multiline" className="rx-notice">
              <MessageBarBody>{notice.text[lang]}</MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button appearance="transparent" icon={<DismissRegular />} aria-label={t("ui.common.dismiss", lang)} onClick={() => setNotice(null)} />
                }
              />
            </MessageBar>
          )}
          {welcome ? <Welcome lang={lang} /> : <SheetView view={view} lang={lang} />}
        </section>
        <div className="rx-pane">
          <App key={session.id} workbook={session.port} lang={lang} host={{ preview: true, onLangChange: setLang }} />
        </div>
      </div>
      {dragging && (
        <div className="rx-drop" aria-hidden="true">
          {t("ui.preview.dropHere", lang)}
        </div>
      )}
    </div>
  );
}

function Welcome({ lang }: { lang: Lang }) {
  return (
    <div className="rx-welcome">
      <h2>{t("ui.preview.welcomeTitle", lang)}</h2>
      <p>{t("ui.preview.welcomeBody", lang)}</p>
      <p>{t("ui.preview.welcomeEmpty", lang)}</p>
      <p className="rx-privacy-note">{t("ui.preview.privacy", lang)}</p>
    </div>
  );
}
