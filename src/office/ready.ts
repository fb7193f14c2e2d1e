/** Where the add-in runs, as Office reports it. */
export interface OfficeHost {
  host: Office.HostType;
  platform: Office.PlatformType | null;
}

/**
 * Wait for Office.js and report the host, or null when the page is not inside
 * Office: Office.js missing (offline, blocked, a test) or a plain browser tab.
 * Pages call this once at start-up; it never rejects.
 */
export async function officeReady(): Promise<OfficeHost | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  try {
    const info = await Office.onReady();
    return info && info.host ? { host: info.host, platform: info.platform ?? null } : null;
  } catch {
    return null;
  }
}
