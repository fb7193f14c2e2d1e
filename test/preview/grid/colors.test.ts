import { cssColor } from "../../../src/preview/grid/colors";

test("ARGB colours drop their alpha; RGB is accepted as it is", () => {
  expect(cssColor({ argb: "FFFFC7CE" })).toBe("#FFC7CE");
  expect(cssColor({ argb: "ddebf7" })).toBe("#DDEBF7");
});

test("theme colours use the Office theme, with tint towards white or black", () => {
  expect(cssColor({ theme: 1 })).toBe("#000000");
  expect(cssColor({ theme: 4 })).toBe("#4472C4");
  expect(cssColor({ theme: 0, tint: -0.5 })).toBe("#808080");
  expect(cssColor({ theme: 1, tint: 0.5 })).toBe("#808080");
});

test("indexed colours and unknown colours", () => {
  expect(cssColor({ indexed: 2 })).toBe("#FF0000");
  expect(cssColor({ indexed: 64 })).toBe("#000000");
  expect(cssColor({ indexed: 200 })).toBeUndefined();
  expect(cssColor({ argb: "not a colour" })).toBeUndefined();
  expect(cssColor(undefined)).toBeUndefined();
});
