/**
 * Open a web page in the user's own browser from inside Office (Office.context.ui.openBrowserWindow,
 * requirement set OpenBrowserWindowApi 1.1). In a task pane a plain target=_blank link may open
 * inside Office's window or not at all, depending on the host. Returns false when that API is not
 * there (a plain browser tab, the preview page, an older Office): the caller's link then opens as usual.
 */
export function openInBrowser(url: string): boolean {
  if (typeof Office === "undefined") return false;
  try {
    const context = Office.context;
    const open = context?.ui?.openBrowserWindow;
    if (typeof open !== "function") return false;
    const requirements = context.requirements;
    if (requirements && !requirements.isSetSupported("OpenBrowserWindowApi", "1.1")) return false;
    open.call(context.ui, url);
    return true;
  } catch {
    return false;
  }
}
