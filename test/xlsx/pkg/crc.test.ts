import * as zlib from "node:zlib";
import fc from "fast-check";
import { crc32Js } from "../../../src/xlsx/zip";

describe("the JavaScript CRC-32 (the browser's) and Node's native one (the CLI's)", () => {
  it("agree on any bytes, of any length", () => {
    const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
    if (typeof native !== "function") throw new Error("this Node has no zlib.crc32 (Node 20.15 or later has)");
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (data) => crc32Js(data) === native(data) >>> 0), { numRuns: 500 });
    // ZIP's check value of "123456789".
    expect(crc32Js(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});
