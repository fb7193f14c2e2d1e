import { useEffect, useId, useState } from "react";
import { Button, Tab, TabList } from "@fluentui/react-components";
import { ChevronDownRegular } from "@fluentui/react-icons/svg/chevron-down";
import { ChevronUpRegular } from "@fluentui/react-icons/svg/chevron-up";
import { toA1, type RangeRef } from "../core/grid";
import type { Lang, Text } from "../core/i18n";
import { t } from "./messages";
import { MAX_COLS, type SheetModel } from "./grid/model";
import { SheetGrid } from "./grid/SheetGrid";
import type { SheetViewState } from "./useSheetView";

/** The sheet area: the grid of the active sheet, a row pager for long sheets, the sheet tabs. */
export function SheetView({ view, lang }: { view: SheetViewState; lang: Lang }) {
  const helpId = useId();
  const [problem, setProblem] = useState<{ sheet: string; row: number; col: number; text: Text } | null>(null);
  const { model, sheets, active, selection } = view;
  // Another cell selected or another sheet shown: the last typing problem is old news.
  const at = selection?.sheet === active ? selection?.range : undefined;
  useEffect(() => setProblem((p) => (p && p.sheet === active && at && p.row === at.top && p.col === at.left ? p : null)), [at, active]);
  const tell = (range: RangeRef, text: Text | null): boolean => {
    setProblem(text && active !== null ? { sheet: active, row: range.top, col: range.left, text } : null);
    return text === null;
  };
  if (sheets.length === 0 || active === null) {
    return <p className="rx-note">{t("ui.preview.noSheets", lang)}</p>;
  }
  const selected = selection && model && selection.sheet === model.sheet ? selection.range : null;
  return (
    <>
      {model && model.pages > 1 && <Pager model={model} lang={lang} onPage={view.setPage} />}
      {model?.colsCapped && <p className="rx-note">{t("ui.preview.colsCapped", lang, { n: MAX_COLS })}</p>}
      {model && (
        <SheetGrid
          model={model}
          selected={selected}
          scrollKey={selection?.seq ?? 0}
          label={t("ui.preview.grid", lang, { sheet: model.sheet })}
          helpId={helpId}
          onSelect={view.select}
          onMove={view.move}
          editLabel={(cell) => t("ui.preview.editCell", lang, { cell })}
          onStartEdit={(range) => tell(range, view.locked(range))}
          onEdit={async (range, text) => tell(range, await view.edit(range, text))}
        />
      )}
      {problem && (
        <p className="rx-note rx-edit-problem" role="alert">
          {problem.text[lang]}
        </p>
      )}
      <p id={helpId} className="rx-vh">
        {t("ui.preview.gridHelp", lang)}
      </p>
      <p className="rx-vh" aria-live="polite">
        {selected && model ? announce(model, selected, lang) : ""}
      </p>
      <TabList
        className="rx-tabs"
        size="small"
        selectedValue={active}
        onTabSelect={(_e, data) => view.show(String(data.value))}
        aria-label={t("ui.preview.sheets", lang)}
      >
        {sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
    </>
  );
}

function Pager({ model, lang, onPage }: { model: SheetModel; lang: Lang; onPage(page: number): void }) {
  const first = model.rows[0]?.row ?? 0;
  const last = model.rows[model.rows.length - 1]?.row ?? 0;
  return (
    <nav className="rx-pager" aria-label={t("ui.preview.rowsShown", lang, { first: first + 1, last: last + 1, total: model.totalRows })}>
      <Button size="small" icon={<ChevronUpRegular />} disabled={model.page === 0} onClick={() => onPage(model.page - 1)}>
        {t("ui.preview.prevRows", lang)}
      </Button>
      <span aria-live="polite">
        {t("ui.preview.rowsShown", lang, { first: first + 1, last: last + 1, total: model.totalRows })}
      </span>
      <Button size="small" icon={<ChevronDownRegular />} disabled={model.page >= model.pages - 1} onClick={() => onPage(model.page + 1)}>
        {t("ui.preview.nextRows", lang)}
      </Button>
    </nav>
  );
}

function announce(model: SheetModel, range: RangeRef, lang: Lang): string {
  const cell = toA1({ row: range.top, col: range.left });
  let text = "";
  for (const r of model.rows) {
    const hit = r.cells.find((c) => c.rect.top <= range.top && range.top <= c.rect.bottom && c.rect.left <= range.left && range.left <= c.rect.right);
    if (hit) {
      text = hit.text;
      break;
    }
  }
  return text ? t("ui.preview.selected", lang, { cell, text }) : t("ui.preview.selectedEmpty", lang, { cell });
}
