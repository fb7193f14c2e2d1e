// placeholder: replaced by the task pane work
import type { Lang } from "../core/i18n";

export interface AppProps {
  lang: Lang;
}

/** Placeholder root of the task pane; shows the product name only. */
export function App({ lang }: AppProps) {
  return (
    <main data-lang={lang}>
      <h1>Renaksi</h1>
    </main>
  );
}
