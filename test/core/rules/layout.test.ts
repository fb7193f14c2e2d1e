import { rangeToA1 } from "../../../src/core/grid";
import { CLEAN_CUMULATIVE as CLEAN, CLEAN_UNITS, findingsOf, inCategory, inject, where } from "./support";

const layoutOf = (source: string) => inCategory(findingsOf(source), "layout");

describe("layout rules", () => {
  it("are silent on clean plans", () => {
    expect(where(layoutOf(CLEAN))).toEqual([]);
    expect(where(layoutOf(CLEAN_UNITS))).toEqual([]);
  });

  it("warn when the title gives no year", () => {
    const found = layoutOf(inject(CLEAN, "RENCANA AKSI TAHUN 2024", "RENCANA AKSI"));
    expect(found.map((f) => f.rule)).toEqual(["layout.noYear"]);
    expect(found[0].severity).toBe("warning");
    expect(found[0].range.top).toBeLessThan(5);
    expect(found[0].hint?.id).toContain("RENCANA AKSI TAHUN");
  });

  it("warn when a quarter group lacks some of its quarters, at the header cells found", () => {
    const found = layoutOf(inject(CLEAN, "TW I\tTW II\tTW III\tTW IV\tTW I", "TW I\tTW II\tTW III\tCatatan\tTW I"));
    expect(where(found)).toEqual(["layout.quarterColumns@H5:J5"]);
    expect(found[0].message.en).toBe("Target Kinerja (performance): only quarter column(s) I, II, III found; expected quarters I, II, III and IV.");
  });

  it("warn when the table has no target column, without asking every indicator for one", () => {
    const found = findingsOf(inject(CLEAN, "\tTarget\tTarget Kinerja", "\tBobot\tTarget Kinerja"));
    expect(where(found)).toEqual(["layout.noTargetColumn@A4:P5"]);
    expect(rangeToA1(found[0].range)).toBe("A4:P5");
  });

  it("warn when the table has no quarter columns at all", () => {
    const src = [
      "RENCANA AKSI TAHUN 2024",
      "Program / Kegiatan / Sub Kegiatan\tIndikator\tTarget\tKeterangan",
      "1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tJumlah dokumen perencanaan\t4 Dokumen\t",
    ].join("\n");
    expect(where(layoutOf(src))).toEqual(["layout.noQuarterColumns@A2:D2"]);
  });

  it("say (info, not warning) that a plan by month (Jan .. Des under one merged label) is not checked by quarter", () => {
    const months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
    const src = [
      "#sheet RA",
      "RENCANA AKSI TAHUN 2026",
      ["No", "Sasaran", "Indikator Kinerja", "Target", "Satuan", "Rencana Aksi", "Target Bulanan", ...months.slice(1).map(() => "")].join("\t"),
      ["", "", "", "", "", "", ...months].join("\t"),
      "#merge A2:A3 B2:B3 C2:C3 D2:D3 E2:E3 F2:F3 G2:R2",
      ["1", "Meningkatnya ketertiban umum", "Jumlah patroli wilayah", "48", "Kali", "Patroli rutin", ...months.map((_, i) => String(4 * (i + 1)))].join("\t"),
    ].join("\n");
    const found = layoutOf(src);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([["layout.noQuarterColumns", "info"]]);
    expect(found[0].message.en).toContain("writes its targets per month, not per quarter");
    expect(found[0].message.id).toContain("target per bulan");
  });

  it("say (info) when the table holds no data yet", () => {
    const header = CLEAN.slice(0, CLEAN.indexOf("Sasaran 1 Meningkatnya"));
    const found = layoutOf(header);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([["layout.emptyTable", "info"]]);
  });
});

