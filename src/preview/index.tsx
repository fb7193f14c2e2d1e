import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { langFromLocale } from "../core/i18n";
import { PreviewPage } from "./PreviewPage";

/** Preview page entry: no Office.js; the language follows the browser (Indonesian unless English). */
function main(): void {
  const container = document.getElementById("root");
  if (!container) return;
  const lang = langFromLocale(typeof navigator === "undefined" ? undefined : navigator.language);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} className="rx-root">
      <PreviewPage initialLang={lang} />
    </FluentProvider>,
  );
}

main();
