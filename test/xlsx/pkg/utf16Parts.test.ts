/**
 * Parts saved as UTF-16 (a byte order mark and <?xml ... encoding="UTF-16"?>), which zip.ts reads
 * (ZipArchive.text). A part the adapter edits is written back as UTF-8 bytes: its declaration must
 * then not say UTF-16, or the part is not well-formed for any XML reader that believes it
 * (LibreOffice opens such a filled workbook with an empty plan sheet, and cannot open the decree's).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { main } from "../../../src/cli/main";
import { exampleBytes } from "../../support/example";

const META = path.join(__dirname, "../../fixtures/meta/dinkop-nganjuk-2022.json");

/** Text as UTF-16LE with its byte order mark. */
function utf16(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/** The encoding a part's bytes are in (by their BOM) and the one its declaration names. */
function encodings(bytes: Uint8Array): { actual: string; declared: string } {
  const actual = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16" : "utf-8";
  const text = actual === "utf-16" ? new TextDecoder("utf-16le").decode(bytes) : strFromU8(bytes);
  const declared = /^\uFEFF?<\?xml[^>]*\bencoding=["']([^"']+)["']/.exec(text)?.[1]?.toLowerCase() ?? "utf-8";
  return { actual, declared };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-utf16-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("parts saved as UTF-16", () => {
  it.each([
    ["fill", "xl/worksheets/sheet1.xml"],
    ["decree", "xl/workbook.xml"],
  ])("%s writes %s in the encoding its declaration names", async (command, part) => {
    const parts: Record<string, Uint8Array> = unzipSync(await exampleBytes());
    for (const name of ["xl/workbook.xml", "xl/worksheets/sheet1.xml"]) {
      const body = strFromU8(parts[name]).replace(/^<\?xml[^>]*\?>\s*/, "");
      parts[name] = utf16(`<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\r\n${body}`);
    }
    const input = path.join(dir, "plan.xlsx");
    fs.writeFileSync(input, zipSync(parts));
    const output = path.join(dir, "out.xlsx");
    const argv = command === "fill" ? ["fill", input, "-o", output] : ["decree", input, "--meta", META, "-o", output];
    const code = await main([...argv, "--lang", "en"], { out: () => undefined, err: () => undefined, errIsTTY: false, outIsTTY: false, env: {}, cwd: dir });
    expect(code).toBe(0);
    const written = unzipSync(new Uint8Array(fs.readFileSync(output)))[part];
    // The command did edit the part (else this test proves nothing)...
    expect(Buffer.from(written).equals(Buffer.from(parts[part]))).toBe(false);
    // ...and its bytes are in the encoding it declares.
    const { actual, declared } = encodings(written);
    expect(declared.replace(/-?(le|be)$/, "")).toBe(actual);
  });
});
