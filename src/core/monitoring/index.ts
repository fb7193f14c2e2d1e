/**
 * Monitoring through the year (DOMAIN.md, "Monitoring: realisasi and capaian"): the monitoring
 * sheet of a plan, its capaian formulas and their engine twin, the checks on realisasi, the
 * quarter's report.
 */
export * from "./capaian";
export { monitorRows, monitoredGroup, type MonitorRow } from "./rows";
export { monitorColumns, type MonitorColumns } from "./layout";
export { monitoringSheet, monitoringSheetName, rowKey, BAND_FILLS, BAND_FONTS } from "./sheet";
export { readMonitoring, figuresOf, type MonitoringData, type Monitored, type Figures } from "./read";
export { realisasiFindings, quartersEnded } from "./checks";
export { liveCapaian, type LiveCapaian } from "./live";
export { quarterReport, reportSheet, BAND_KEYS, FORMULA_NAMES, type QuarterReport, type IndicatorReport, type Tally } from "./report";

export { MONITORING_KEY, monitoringRecords, withoutMonitoring, type MonitoringRecord } from "./record";
export { checkEvaluations, type EvaluationCheck } from "./evaluation";
