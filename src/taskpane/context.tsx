import { createContext, useContext, useMemo, type ReactNode } from "react";
import { type Lang, type Params, type Text } from "../core/i18n";
import { t, type PaneMessageKey } from "./messages";
import type { Workbook } from "../core/port";

/** What every view needs: the workbook port and the user's language. */
export interface Pane {
  workbook: Workbook;
  lang: Lang;
  /** A catalog message in the pane's language. */
  t(key: PaneMessageKey, params?: Params): string;
  /** A two-language text (findings, errors) in the pane's language. */
  text(value: Text): string;
}

const PaneContext = createContext<Pane | null>(null);

export function PaneProvider({ workbook, lang, children }: { workbook: Workbook; lang: Lang; children: ReactNode }) {
  const pane = useMemo<Pane>(
    () => ({
      workbook,
      lang,
      t: (key, params) => t(key, lang, params),
      text: (value) => value[lang],
    }),
    [workbook, lang],
  );
  return <PaneContext.Provider value={pane}>{children}</PaneContext.Provider>;
}

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane outside PaneProvider");
  return pane;
}
