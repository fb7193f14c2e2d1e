import { keepTogetherBreaks, printableSize, pageStarts, PAPER_MM } from "../../../src/core/decree/page";
import { decreeSheet, DECREE_COLS_PX } from "../../../src/core/decree/sheet";
import { countLines, lineHeightPt } from "../../../src/core/decree/textFit";
import type { RangeRef } from "../../../src/core/grid";
import type { SheetSpec } from "../../../src/core/sheetspec";
import { readingOrder } from "./specGrid";
import { seedMeta } from "./seed";

const seedSpec = (paper: "a4" | "f4" = "a4", nipGrouped = false) => decreeSheet(seedMeta(), { paper, nipGrouped });

/** Each expected text appears as a whole cell, in this order. */
function expectInOrder(spec: SheetSpec, expected: string[]): void {
  const cells = readingOrder(spec);
  let at = -1;
  for (const text of expected) {
    const i = cells.indexOf(text, at + 1);
    if (i < 0) throw new Error(`not found after cell ${at}: ${JSON.stringify(text)}\n${cells.slice(at + 1, at + 6).join("\n")}`);
    at = i;
  }
}

describe("decreeSheet with the seed's metadata", () => {
  test("reads, part by part and word for word, like the seed's front matter", () => {
    const m = seedMeta();
    expectInOrder(seedSpec(), [
      "PEMERINTAH KABUPATEN NGANJUK",
      "DINAS KOPERASI DAN USAHA MIKRO",
      "Jalan Dermojoyo No. 45 Nganjuk 64418",
      "Telp. (0358) 321785   Fax (0358) 325200",
      "KEPUTUSAN DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK",
      "NOMOR 188 / 001.1 / K / 411.310 / 2022",
      "TENTANG",
      "RENCANA AKSI PENCAPAIAN KINERJA DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK TAHUN 2022",
      "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK,",
      "Menimbang", ":", "a.", m.menimbang[0], "b.", m.menimbang[1], "c.", m.menimbang[2],
      "Mengingat", ":", ...m.mengingat.flatMap((text, i) => [`${i + 1}.`, text]),
      "MEMUTUSKAN :",
      "Menetapkan", ":",
      "KEPUTUSAN DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK TENTANG RENCANA AKSI PENCAPAIAN KINERJA " +
        "DINAS KOPERASI DAN USAHA MIKRO KABUPATEN NGANJUK TAHUN 2022",
      "KESATU", ":", m.diktum[0], "KEDUA", ":", m.diktum[1], "KETIGA", ":", m.diktum[2],
      "Ditetapkan di Nganjuk",
      "Pada tanggal 12 Januari 2022",
      "Pt. KEPALA DINAS KOPERASI DAN USAHA MIKRO",
      "KEPALA DINAS TENAGA KERJA",
      "NAMA PENANDATANGAN",
      "NIP. 196310151989031016",
    ]);
    expect(m.mengingat).toHaveLength(8);
  });

  test("hanging indents: label, colon and marker in their own columns, the text merged across the rest", () => {
    const spec = seedSpec();
    const m = seedMeta();
    const textCell = spec.cells.find((c) => c.value === m.menimbang[1])!;
    expect(textCell.col).toBe(3);
    expect(spec.merges).toContainEqual({ top: textCell.row, left: 3, bottom: textCell.row, right: DECREE_COLS_PX.length - 1 });
    const marker = spec.cells.find((c) => c.row === textCell.row && c.col === 2)!;
    expect(marker.value).toBe("b.");
    expect(textCell.style).toMatchObject({ wrap: true, hAlign: "justify", vAlign: "top" });
  });

  test("every row is tall enough for its estimated wrapped lines", () => {
    const spec = seedSpec();
    const merges = new Map(spec.merges.map((r) => [`${r.top}:${r.left}`, r]));
    for (const c of spec.cells) {
      if (c.value === null) continue;
      const right = merges.get(`${c.row}:${c.col}`)?.right ?? c.col;
      const width = DECREE_COLS_PX.slice(c.col, right + 1).reduce((a, b) => a + b, 0);
      const size = c.style?.fontSize ?? 12;
      const lines = countLines(String(c.value), width, { size, bold: c.style?.bold });
      expect(spec.rowHeights![c.row]).toBeGreaterThanOrEqual(lines * lineHeightPt(size));
    }
    // The long considerations really wrap over several lines.
    const b = spec.cells.find((c) => c.value === seedMeta().menimbang[1])!;
    expect(spec.rowHeights![b.row]).toBeGreaterThanOrEqual(4 * lineHeightPt(12));
  });

  test.each(["a4", "f4"] as const)("fits on two %s pages at most (rows never split)", (paper) => {
    const spec = seedSpec(paper);
    const last = spec.pageSetup.printArea!.bottom;
    const heights = Array.from({ length: last + 1 }, (_, r) => spec.rowHeights![r] ?? 15);
    const pages = pageStarts(heights, printableSize(paper).heightPt);
    expect(pages.length).toBeLessThanOrEqual(2);
  });

  test("the columns fit the printable width of both papers at 100%", () => {
    const width = DECREE_COLS_PX.reduce((a, b) => a + b, 0);
    expect(width).toBeLessThanOrEqual(printableSize("a4").widthPx);
    expect(width).toBeLessThanOrEqual(printableSize("f4").widthPx);
    const spec = seedSpec();
    DECREE_COLS_PX.forEach((px, c) => expect(spec.columnWidths[c]).toBeCloseTo(px / 7, 1));
  });

  test.each(["a4", "f4"] as const)("page setup on %s", (paper) => {
    const spec = seedSpec(paper);
    const p = spec.pageSetup;
    expect(p).toMatchObject({ orientation: "portrait", paper, fitToWidth: 1 });
    // 3 cm left (filing), 2 cm right, 2 cm top, 2.5 cm bottom.
    expect(p.margins!.left * 2.54).toBeCloseTo(3, 2);
    expect(p.margins!.right * 2.54).toBeCloseTo(2, 2);
    expect(p.margins!.top * 2.54).toBeCloseTo(2, 2);
    expect(p.margins!.bottom * 2.54).toBeCloseTo(2.5, 2);
    const lastRow = Math.max(...spec.cells.map((c) => c.row));
    expect(p.printArea).toEqual({ top: 0, left: 0, bottom: lastRow, right: DECREE_COLS_PX.length - 1 });
    expect(spec.hideGridlines).toBe(true);
    expect(spec.name).toBe("Keputusan");
    expect(PAPER_MM[paper].height).toBe(paper === "a4" ? 297 : 330);
  });

  test("merges are valid, inside the print area, and never overlap; no value hides under a merge", () => {
    const spec = seedSpec();
    const area = spec.pageSetup.printArea!;
    const covers = (m: RangeRef, r: number, c: number) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right;
    spec.merges.forEach((m, i) => {
      expect(m.top).toBeLessThanOrEqual(m.bottom);
      expect(m.left).toBeLessThan(m.right);
      expect(covers(area, m.top, m.left) && covers(area, m.bottom, m.right)).toBe(true);
      for (const other of spec.merges.slice(i + 1)) {
        const apart = other.left > m.right || other.right < m.left || other.top > m.bottom || other.bottom < m.top;
        expect(apart).toBe(true);
      }
    });
    for (const c of spec.cells) {
      const hiding = spec.merges.find((m) => covers(m, c.row, c.col) && !(m.top === c.row && m.left === c.col));
      expect(hiding).toBeUndefined();
    }
    const keys = spec.cells.map((c) => `${c.row}:${c.col}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("letterhead: big bold names, closed by a double rule across the width", () => {
    const spec = seedSpec();
    const instansi = spec.cells.find((c) => c.value === "DINAS KOPERASI DAN USAHA MIKRO")!;
    expect(instansi.style).toMatchObject({ bold: true, hAlign: "center", fontSize: 16, fontName: "Arial" });
    const telp = spec.cells.find((c) => String(c.value).startsWith("Telp."))!;
    expect(spec.rangeStyles).toContainEqual({
      range: { top: telp.row, left: 0, bottom: telp.row, right: DECREE_COLS_PX.length - 1 },
      style: { border: { bottom: "double" } },
    });
  });

  test("signature block on the right half: name bold and underlined, NIP plain or grouped", () => {
    const spec = seedSpec("a4", true);
    const name = spec.cells.find((c) => c.value === "NAMA PENANDATANGAN")!;
    expect(name.style).toMatchObject({ bold: true, underline: true });
    expect(name.col).toBe(4);
    expect(readingOrder(spec)).toContain("NIP. 19631015 198903 1 016");
    const position = spec.cells.find((c) => c.value === "Pt. KEPALA DINAS KOPERASI DAN USAHA MIKRO")!;
    // Room to sign: at least three empty rows between the position and the name.
    const between = spec.cells.filter((c) => c.row > position.row + 1 && c.row < name.row);
    expect(between).toEqual([]);
    expect(name.row - position.row - 1).toBeGreaterThanOrEqual(4);
  });
});

describe("decreeSheet with other metadata", () => {
  test("no prefix for a definitive official; pangkat printed; tembusan listed at the end", () => {
    const m = seedMeta();
    m.penandatangan = { status: "", jabatan: "KEPALA DINAS", jabatanAsal: "", nama: "Dra. SITI", pangkat: "Pembina Utama Muda", nip: "" };
    m.tembusan = ["Yth. Bupati Nganjuk;", "", "Yth. Inspektur Kabupaten Nganjuk."];
    m.email = "dinkop@nganjukkab.go.id";
    const texts = readingOrder(decreeSheet(m, { paper: "f4", name: "SK Renaksi" }));
    expect(texts).toContain("KEPALA DINAS");
    expect(texts).toContain("Pembina Utama Muda");
    expect(texts).toContain("e-mail: dinkop@nganjukkab.go.id");
    expect(texts.some((t) => t.startsWith("NIP"))).toBe(false);
    expect(texts.slice(-3)).toEqual(["Tembusan :", "1. Yth. Bupati Nganjuk;", "2. Yth. Inspektur Kabupaten Nganjuk."]);
    expect(decreeSheet(m, { paper: "f4", name: "SK Renaksi" }).name).toBe("SK Renaksi");
  });

  test("twelve diktum get ordinals up to KEDUA BELAS; blank items are skipped", () => {
    const m = seedMeta();
    m.diktum = Array.from({ length: 12 }, (_, i) => `Diktum nomor ${i + 1}.`);
    m.diktum.splice(3, 0, "  ");
    const spec = decreeSheet(m, { paper: "a4" });
    const colonRows = new Set(spec.cells.filter((c) => c.col === 1 && c.value === ":").map((c) => c.row));
    const labels = spec.cells
      .filter((c) => c.col === 0 && colonRows.has(c.row) && /^KE/.test(String(c.value)))
      .map((c) => c.value);
    expect(labels).toEqual([
      "KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN",
      "KESEMBILAN", "KESEPULUH", "KESEBELAS", "KEDUA BELAS",
    ]);
    const row12 = spec.cells.find((c) => c.value === "KEDUA BELAS")!.row;
    expect(spec.cells.find((c) => c.row === row12 && c.col === 2)!.value).toBe("Diktum nomor 12.");
  });

  test("an invalid date is printed as written; an empty list keeps its label", () => {
    const m = seedMeta();
    m.tanggal = "kemarin";
    m.mengingat = [];
    const texts = readingOrder(decreeSheet(m, { paper: "a4" }));
    expect(texts).toContain("Pada tanggal kemarin");
    expect(texts).toContain("Mengingat");
  });
});

describe("page breaks", () => {
  const heights = (spec: SheetSpec) => Array.from({ length: spec.pageSetup.printArea!.bottom + 1 }, (_, r) => spec.rowHeights![r] ?? 15);
  const rowOf = (spec: SheetSpec, text: string) => spec.cells.find((c) => c.value === text)!.row;

  test("keepTogetherBreaks moves a break before a heading that would end a page, and not past the page's start", () => {
    // 10 rows of 10 pt on pages of 45 pt: natural starts 0, 4, 8.
    const h = Array(10).fill(10);
    expect(keepTogetherBreaks(h, new Set(), 45)).toEqual([4, 8]);
    // Row 3 is a heading: it goes to page 2 with row 4.
    expect(keepTogetherBreaks(h, new Set([3]), 45)).toEqual([3, 7]);
    // Rows 2 and 3 are a heading and its gap: both go.
    expect(keepTogetherBreaks(h, new Set([2, 3]), 45)).toEqual([2, 6]);
    // A chain filling the whole page breaks where it must.
    expect(keepTogetherBreaks(h, new Set([0, 1, 2, 3]), 45)).toEqual([4, 8]);
  });

  /** Every page of the spec as its manual breaks cut it: each fits the printable height, none ends on a kept row. */
  function checkPages(spec: SheetSpec, paper: "a4" | "f4", kept: number[]): void {
    const h = heights(spec);
    const starts = [0, ...spec.rowBreaks!, h.length];
    for (let p = 0; p + 1 < starts.length; p++) {
      const used = h.slice(starts[p], starts[p + 1]).reduce((a, b) => a + b, 0);
      expect(used).toBeLessThanOrEqual(printableSize(paper).heightPt);
    }
    for (const b of spec.rowBreaks!) expect(kept).not.toContain(b - 1);
  }

  test.each(["a4", "f4"] as const)("on %s no heading is the last row before a break, whatever the length of the considerations", (paper) => {
    for (let extra = 0; extra <= 14; extra++) {
      const meta = seedMeta();
      meta.mengingat = [...meta.mengingat, ...Array.from({ length: extra }, (_, i) => `Peraturan tambahan nomor ${i + 1} tentang sesuatu yang cukup panjang untuk dua baris teks di kolom ini;`)];
      const spec = decreeSheet(meta, { paper });
      const memutuskan = rowOf(spec, "MEMUTUSKAN :");
      const menetapkan = rowOf(spec, "Menetapkan");
      const tembusan = spec.cells.find((c) => c.value === "Tembusan:")?.row;
      checkPages(spec, paper, [memutuskan, ...(tembusan === undefined ? [] : [tembusan])]);
      // MEMUTUSKAN prints on the page of Menetapkan.
      const pageOf = (row: number) => spec.rowBreaks!.filter((b) => b <= row).length;
      expect(pageOf(memutuskan)).toBe(pageOf(menetapkan));
      // The signature is on one page, with the last diktum.
      const nip = spec.cells.find((c) => String(c.value).startsWith("NIP."))!.row;
      const lastDiktum = rowOf(spec, "KETIGA");
      expect(pageOf(nip)).toBe(pageOf(lastDiktum));
    }
  });

  test("the example's decree breaks before MEMUTUSKAN's page, not after the heading", () => {
    const spec = seedSpec("a4");
    expect(spec.rowBreaks!.length).toBeGreaterThan(0);
    expect(spec.rowBreaks).not.toContain(rowOf(spec, "MEMUTUSKAN :") + 1);
  });
});
