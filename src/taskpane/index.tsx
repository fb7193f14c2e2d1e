import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { officeReady } from "../office/ready";
import { displayLang } from "../office/language";
import { openInBrowser } from "../office/browser";
import { hostWorkbook } from "../office/workbook";

/** Task pane entry: wait for Office (or not, outside Office), pick the language, render. */
async function main(): Promise<void> {
  await officeReady();
  const lang = displayLang(typeof navigator === "undefined" ? undefined : navigator.language);
  document.documentElement.lang = lang;
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100%" }}>
      <App workbook={hostWorkbook()} lang={lang} host={{ onLangChange: (l) => (document.documentElement.lang = l), openLink: openInBrowser }} />
    </FluentProvider>,
  );
}

void main();
