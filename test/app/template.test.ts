import { defaultTemplateYear, nextTemplate } from "../../src/app/template";
import type { Plan } from "../../src/core/plan/types";

/** Only what nextTemplate reads of a plan. */
const plan = (year: number | null, office: string | null) => ({ recognition: { year, office } }) as unknown as Plan;

describe("nextTemplate: the next template's year and office, one choice for the ribbon and the pane", () => {
  const january = new Date(2026, 0, 15);
  const july = new Date(2026, 6, 1);

  it("the coming plan year: this year until June, next year from July", () => {
    expect(defaultTemplateYear(january)).toBe(2026);
    expect(defaultTemplateYear(new Date(2026, 5, 30))).toBe(2026);
    expect(defaultTemplateYear(july)).toBe(2027);
  });

  it("the year after the plan's, with its office", () => {
    expect(nextTemplate([plan(2022, "DINAS X")], january)).toEqual({ year: 2023, office: "DINAS X" });
  });

  it("the first plan that names its year, with that plan's office (the ribbon used to take the first plan only)", () => {
    expect(nextTemplate([plan(null, "DINAS A"), plan(2024, "DINAS B")], january)).toEqual({ year: 2025, office: "DINAS B" });
  });

  it("no plan year: the coming plan year and the first plan's office; no plan: no office", () => {
    expect(nextTemplate([plan(null, "DINAS A")], july)).toEqual({ year: 2027, office: "DINAS A" });
    expect(nextTemplate([], january)).toEqual({ year: 2026, office: null });
    expect(nextTemplate([plan(null, null)], january)).toEqual({ year: 2026, office: null });
  });
});
