/** What a cell holds, read as a number. */
export type NumberReading =
  | { kind: "empty" } // "", "-", "–"
  | { kind: "number"; value: number; percent: boolean } // value in the unit written: 21.25 for "21,25%"
  | { kind: "invalid"; text: string };
