import { CLEAN_CUMULATIVE, findingsOf } from "./support";

// A cell can hold anything Excel allows (32,767 characters): a message quotes the start of it,
// never the whole, and a long text merged over many cells is read once, not once per cell.
describe("long texts in cells", () => {
  const long = `21,25 5% ${"catatan panjang ".repeat(400)}`; // about 6,400 characters
  const source = CLEAN_CUMULATIVE.replace("85 Nilai\t0.25", `85 Nilai\t${long}`);

  it("a finding quotes the start of an unreadable quarter cell, clipped, in both languages", () => {
    expect(source).not.toBe(CLEAN_CUMULATIVE);
    const f = findingsOf(source).filter((x) => x.rule === "percent.unreadable");
    expect(f).toHaveLength(1);
    for (const text of [f[0].message.id, f[0].message.en]) {
      expect(text).toContain("21,25 5% catatan panjang");
      expect(text).toContain("…");
      expect(text.length).toBeLessThan(400);
    }
  });
});
