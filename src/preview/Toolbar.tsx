import { useRef } from "react";
import { Button } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons/svg/arrow-download";
import { DocumentTableRegular } from "@fluentui/react-icons/svg/document-table";
import { FolderOpenRegular } from "@fluentui/react-icons/svg/folder-open";
import type { Lang } from "../core/i18n";
import { t } from "./messages";

export interface ToolbarProps {
  lang: Lang;
  fileName: string | null;
  /** Name the download will have. */
  downloadAs: string;
  busy: boolean;
  onOpenFile(file: File): void;
  onOpenExample(): void;
  onDownload(): void;
}

const ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The page's banner: open a file, open the example, download the changed workbook. */
export function Toolbar({ lang, fileName, downloadAs, busy, onOpenFile, onOpenExample, onDownload }: ToolbarProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <header className="rx-bar">
      <span className="rx-brand">{t("ui.preview.title", lang)}</span>
      <div className="rx-actions" role="group" aria-label={t("ui.preview.toolbar", lang)}>
        <Button icon={<FolderOpenRegular />} disabled={busy} onClick={() => input.current?.click()}>
          {t("ui.preview.open", lang)}
        </Button>
        <input
          ref={input}
          className="rx-file-input"
          type="file"
          accept={ACCEPT}
          tabIndex={-1}
          aria-hidden="true"
          data-testid="file-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) onOpenFile(file);
          }}
        />
        <Button icon={<DocumentTableRegular />} disabled={busy} title={t("ui.preview.exampleHint", lang)} onClick={onOpenExample}>
          {t("ui.preview.example", lang)}
        </Button>
        <Button
          appearance="primary"
          icon={<ArrowDownloadRegular />}
          disabled={busy}
          title={t("ui.preview.downloadHint", lang, { file: downloadAs })}
          onClick={onDownload}
        >
          {t("ui.preview.download", lang)}
        </Button>
      </div>
      <span className="rx-file" data-testid="file-name">
        {fileName ?? t("ui.preview.newWorkbook", lang)}
      </span>
      <span className="rx-privacy">{t("ui.preview.privacy", lang)}</span>
    </header>
  );
}
