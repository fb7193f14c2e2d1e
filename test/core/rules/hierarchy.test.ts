import { hierarchyRule } from "../../../src/core/rules/hierarchy";
import { buildContext } from "../../../src/core/rules";
import { CLEAN_CUMULATIVE as CLEAN, CLEAN_UNITS, findingsOf, inCategory, inject, planOf, where, withRule } from "./support";

const hierarchyOf = (source: string) => where(hierarchyRule(buildContext(planOf(source))));

describe("hierarchy rules", () => {
  it("are silent on clean plans", () => {
    expect(hierarchyOf(CLEAN)).toEqual([]);
    expect(hierarchyOf(CLEAN_UNITS)).toEqual([]);
  });

  it("report a Sub Kegiatan with no Kegiatan above it in its Program", () => {
    const src = inject(CLEAN, "A. Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", "");
    expect(hierarchyOf(src)).toEqual(expect.arrayContaining([
      "hierarchy.subKegiatanNoKegiatan@E20", "hierarchy.subKegiatanNoKegiatan@E21",
    ]));
    const f = withRule(findingsOf(src), "hierarchy.subKegiatanNoKegiatan")[0];
    expect(f.severity).toBe("error");
    expect(f.message.id).toContain("Pengadaan Perlengkapan Jalan di Jalan Kabupaten/Kota");
    expect(f.hint?.en).toContain("Kegiatan");
  });

  it("report a Kegiatan with no Program", () => {
    const src = inject(CLEAN, "1. Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)", "");
    expect(hierarchyOf(src)).toEqual(expect.arrayContaining(["hierarchy.kegiatanNoProgram@E19", "hierarchy.kegiatanNoProgram@E23"]));
  });

  it("report a Program with no Sasaran where the table has Sasaran", () => {
    const src = inject(CLEAN, "Sasaran 1 Meningkatnya kualitas pelayanan perhubungan", "");
    expect(hierarchyOf(src)).toContain("hierarchy.programNoSasaran@C7");
  });

  it("do not ask for a Sasaran when the table has none", () => {
    const src = CLEAN_UNITS.replace("Sasaran 1 Meningkatnya kualitas tata kelola perangkat daerah", "")
      .replace("Sasaran 2 Meningkatnya kapasitas usaha mikro", "");
    expect(hierarchyOf(src).filter((w) => w.startsWith("hierarchy.programNoSasaran"))).toEqual([]);
  });

  it("report a Sasaran and a Program without an indicator, once per node (warning)", () => {
    const src = inject(inject(CLEAN, "Persentase penurunan angka kecelakaan lalu lintas", ""),
      "Persentase dokumen perencanaan dan pelaporan yang tersusun tepat waktu", "");
    const found = withRule(findingsOf(src), "hierarchy.noIndicator");
    expect(where(found)).toEqual(["hierarchy.noIndicator@C7", "hierarchy.noIndicator@A17"]);
    expect(found.every((f) => f.severity === "warning")).toBe(true);
  });

  it("report a Sub Kegiatan without any indicator (error)", () => {
    const src = inject(CLEAN, "Jumlah dokumen perencanaan perangkat daerah", "");
    const [f] = withRule(findingsOf(src), "hierarchy.subKegiatanNoIndicator");
    expect(where([f])).toEqual(["hierarchy.subKegiatanNoIndicator@E9"]);
    expect(f.severity).toBe("error");
  });

  it("report a Kegiatan without an indicator (warning), saying when it has a target all the same", () => {
    const src = inject(CLEAN, "Jumlah bulan layanan administrasi keuangan", "");
    const [f] = withRule(findingsOf(src), "hierarchy.kegiatanNoIndicator");
    expect(where([f])).toEqual(["hierarchy.kegiatanNoIndicator@E11"]);
    expect(f.severity).toBe("warning");
    expect(f.message.en).toContain("\"12 Bulan\"");
    const bare = inject(CLEAN, "Jumlah bulan layanan administrasi keuangan\t12 Bulan", "\t");
    expect(withRule(findingsOf(bare), "hierarchy.kegiatanNoIndicator")[0].message.en).toContain("neither an indicator nor a target");
  });

  it("report an indicator without a target, at the indicator and its target cell", () => {
    const src = inject(CLEAN, "Jumlah bulan penyediaan bahan logistik kantor\t12 Bulan", "Jumlah bulan penyediaan bahan logistik kantor\t");
    const found = inCategory(findingsOf(src), "hierarchy");
    expect(where(found)).toEqual(["hierarchy.indicatorNoTarget@F15:G15"]);
    expect(found[0].severity).toBe("error");
    expect(found[0].message.id).toContain("Jumlah bulan penyediaan bahan logistik kantor");
  });

  it("count a dash as no target", () => {
    const src = inject(CLEAN, "Jumlah bulan penyediaan bahan logistik kantor\t12 Bulan", "Jumlah bulan penyediaan bahan logistik kantor\t-");
    expect(hierarchyOf(src)).toEqual(["hierarchy.indicatorNoTarget@F15:G15"]);
  });

  it("do not ask for targets of indicators that have no target column (a Program indicator beside a row's own)", () => {
    // The Program and its first Kegiatan on one row, as the seed writes them: the row's target belongs to the Kegiatan.
    const lines = CLEAN.split("\n");
    const p = lines.findIndex((l) => l.includes("1. Program Penyelenggaraan Lalu Lintas"));
    const program = lines[p].split("\t");
    const kegiatan = lines[p + 1].split("\t");
    lines.splice(p, 2, [...program.slice(0, 4), ...kegiatan.slice(4)].join("\t"));
    const plan = planOf(lines.join("\n"));
    const ind = plan.nodes.find((n) => n.level === "program" && n.name.includes("Lalu Lintas"))?.indikators[0];
    expect(ind?.hasTargetColumn).toBe(false);
    expect(where(findingsOf(lines.join("\n")))).toEqual([]);
  });
});
