/**
 * Several indicators in one Indikator cell merged down over their rows, one numbered line each,
 * each row with its own target: each row is its own indicator, named by its line.
 */
import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids } from "../../../src/core/analyze";
import type { Plan } from "../../../src/core/plan/types";
import { validate } from "../../../src/core/rules";

function planOf(lines: string[]): Plan {
  const { plans } = analyzeGrids(gridsFromSource(lines.join("\n")));
  expect(plans).toHaveLength(1);
  return plans[0];
}

const HEADER = [
  "RENCANA AKSI TAHUN 2026",
  "DINAS PENDIDIKAN KABUPATEN BLORA",
  "No\tSasaran\tIndikator Kinerja\tTarget\tRencana Aksi\tTarget Triwulan\t\t\t\tPenanggung Jawab",
  "\t\t\t\t\tTW I\tTW II\tTW III\tTW IV\t",
];
const MERGES = "#merge A3:A4 B3:B4 C3:C4 D3:D4 E3:E4 F3:I3 J3:J4";
const texts = (plan: Plan): string[] => plan.nodes.flatMap((n) => n.indikators.map((i) => i.text));

describe("an Indikator cell merged over rows, one numbered line per row with a target", () => {
  const plan = planOf([
    "#sheet RA",
    `${MERGES} B5:B8 C5:C6 A5:A6`,
    ...HEADER,
    "1\tMeningkatnya mutu pendidikan\t1. Persentase sekolah terakreditasi minimal B\\n2. Jumlah guru yang tersertifikasi\t90\tPendampingan akreditasi\t90\t90\t90\t90\tBidang SD",
    "\t\t\t250\tFasilitasi PPG\t50\t100\t150\t250\tBidang GTK",
    "2\t\tAngka Partisipasi Murni SMP\t95\tPendataan anak tidak sekolah\t95\t95\t95\t95\tBidang SMP",
    "3\t\tJumlah ruang kelas baru\t12 Unit\tPembangunan RKB\t0\t0\t6\t12\tBidang Sarpras",
  ]);

  it("gives each row its own line as its indicator, and counts each", () => {
    expect(texts(plan)).toEqual([
      "Persentase sekolah terakreditasi minimal B",
      "Jumlah guru yang tersertifikasi",
      "Angka Partisipasi Murni SMP",
      "Jumlah ruang kelas baru",
    ]);
    expect(plan.rows.map((r) => r.indikator?.text ?? null)).toEqual(texts(plan));
  });

  it("reads each row's unit from its own line: a bare 90 under 'Persentase ...' has one", () => {
    const found = validate(plan).filter((f) => f.rule.startsWith("target.")).map((f) => `${f.rule}:${f.severity}`);
    expect(found.filter((f) => !f.endsWith(":info"))).toEqual([]);
  });
});

describe("a merged Indikator cell that is not one line per row", () => {
  it("stays one indicator over its step rows when only its first row has a target", () => {
    const plan = planOf([
      "#sheet RA",
      `${MERGES} B5:B6 C5:C6 A5:A6`,
      ...HEADER,
      "1\tMeningkatnya mutu pendidikan\t1. Persentase sekolah terakreditasi\\n2. Jumlah guru tersertifikasi\t90%\tPendampingan akreditasi\t90\t90\t90\t90\tBidang SD",
      "\t\t\t\tFasilitasi PPG\t\t\t\t\tBidang GTK",
    ]);
    expect(texts(plan)).toHaveLength(1);
  });

  it("stays as written when its lines are not numbered 1, 2 in order", () => {
    const plan = planOf([
      "#sheet RA",
      `${MERGES} B5:B6 C5:C6 A5:A6`,
      ...HEADER,
      "1\tMeningkatnya mutu pendidikan\tPersentase sekolah terakreditasi\\nminimal B\t90%\tPendampingan akreditasi\t90\t90\t90\t90\tBidang SD",
      "\t\t\t250 Orang\tFasilitasi PPG\t50\t100\t150\t250\tBidang GTK",
    ]);
    expect(texts(plan)).toEqual(["Persentase sekolah terakreditasi minimal B"]);
  });
});
