import { formatNip, nipDigits, parseNip } from "../../../src/core/decree/nip";

describe("parseNip", () => {
  test("the seed's NIP: born 1963-10-15, appointed 1989-03, male, 016", () => {
    const p = parseNip("196310151989031016");
    expect(p).toEqual({
      ok: true,
      digits: "196310151989031016",
      birth: { year: 1963, month: 10, day: 15 },
      appointment: { year: 1989, month: 3 },
      sex: 1,
      seq: "016",
    });
  });

  test("grouped 8 6 1 3 reads the same; a woman's NIP", () => {
    const p = parseNip(" 19631015  198903 1 016 ");
    expect(p.ok && p.digits).toBe("196310151989031016");
    const w = parseNip("198502142010012003");
    expect(w.ok && w.sex).toBe(2);
  });

  test.each([
    ["", ["empty"]],
    ["19631015198903101", ["length"]],
    ["1963101519890310160", ["length"]],
    ["19631015-198903-1-016", ["notDigits"]],
    ["NIP. 196310151989031016", ["notDigits"]],
    ["1963 10151989031016", ["grouping"]],
    ["196310 15 198903 1 016", ["grouping"]],
    ["196313151989031016", ["birthDate"]],
    ["196302301989031016", ["birthDate"]],
    ["185001011989031016", ["birthDate"]],
    ["196310151989131016", ["appointment"]],
    ["196310151989001016", ["appointment"]],
    ["196310151989033016", ["sex"]],
    ["196313151989003016", ["birthDate", "appointment", "sex"]],
  ])("%p -> %p", (nip, problems) => {
    const p = parseNip(nip);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.problems).toEqual(problems);
  });

  test("the digits found are reported for a length problem", () => {
    const p = parseNip("1963 1015");
    expect(!p.ok && p.digits).toBe("19631015");
  });
});

describe("formatNip", () => {
  test("plain and grouped", () => {
    expect(formatNip("196310151989031016", false)).toBe("196310151989031016");
    expect(formatNip("196310151989031016", true)).toBe("19631015 198903 1 016");
    expect(formatNip("19631015 198903 1 016", false)).toBe("196310151989031016");
    expect(formatNip("19631015 198903 1 016", true)).toBe("19631015 198903 1 016");
  });

  test("a NIP that is not 18 digits is printed as written", () => {
    expect(formatNip(" 12345 ", true)).toBe("12345");
    expect(nipDigits("12345")).toBeNull();
  });
});
