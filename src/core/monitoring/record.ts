import type { Grid } from "../grid";

/** The state key of the monitoring sheets the add-in made: JSON list of { sheet, plan }. */
export const MONITORING_KEY = "renaksi.monitoring";

export interface MonitoringRecord {
  /** The monitoring sheet's name. */
  sheet: string;
  /** The plan sheet it mirrors. */
  plan: string;
}

/** The records in the state value (an unreadable value reads as none: the sheets are still there). */
export function monitoringRecords(json: string | null): MonitoringRecord[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    if (!Array.isArray(v)) return [];
    return v.filter((x): x is MonitoringRecord => !!x && typeof x.sheet === "string" && typeof x.plan === "string");
  } catch {
    return [];
  }
}

/** The grids that are not the add-in's monitoring sheets (those mirror a plan: they are no plan to check or fill). */
export function withoutMonitoring<G extends Pick<Grid, "sheet">>(grids: readonly G[], json: string | null): G[] {
  const own = new Set(monitoringRecords(json).map((r) => r.sheet.toLowerCase()));
  return own.size ? grids.filter((g) => !own.has(g.sheet.toLowerCase())) : [...grids];
}
