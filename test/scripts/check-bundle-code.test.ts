import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const SCRIPT = path.resolve(__dirname, "../../scripts/check-bundle-code.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const check = require(SCRIPT) as {
  ALLOWED: { name: string; pattern: RegExp }[];
  scan(code: string): { found: { offset: number; code: string }[]; allowed: Record<string, number> };
};

/** The snippets around each allowed idiom as they stand in this project's minified bundles. */
const IDIOMS = [
  'r.g=function(){if("object"==typeof globalThis)return globalThis;try{return this||new Function("return this")()}catch(e){if("object"==typeof window)return window}}()',
  'a="object"==typeof self&&self&&self.Object===Object&&self,o=i||a||Function("return this")(),s=Object.prototype.toString',
  'r("object"==typeof e&&e)||function(){return this}()||this||Function("return this")()}).call(this)',
  'try{regeneratorRuntime=n}catch(e){"object"==typeof globalThis?globalThis.regeneratorRuntime=n:Function("r","regeneratorRuntime = r")(n)}',
  'u.setImmediate=function(e){"function"!=typeof e&&(e=new Function(""+e));for(var r=new Array(arguments.length-1)',
];

describe("check-bundle-code: no code from strings in the production bundles", () => {
  test.each([
    ['var x=1;eval("x+1")', "eval"],
    ["(0,eval)(src)", "indirect eval"],
    ['var f=new Function("a","return a*2")', "new Function with arguments"],
    ['Function("return fetch")()', "Function without new"],
    ["const g=Function(body)", "Function from a variable"],
    ['setTimeout("alert(1)",10)', "a string timer"],
  ])("finds %j (%s)", (code) => {
    expect(check.scan(code).found).toHaveLength(1);
  });

  test("allows each known idiom, counted by name, and only the idiom itself", () => {
    for (const code of IDIOMS) {
      const r = check.scan(code);
      expect(r.found).toEqual([]);
      expect(Object.values(r.allowed).reduce((a, b) => a + b, 0)).toBe(1);
    }
    for (const a of check.ALLOWED) expect(IDIOMS.some((s) => s.match(a.pattern) !== null)).toBe(true); // no allowance without its case
    // An idiom does not cover a construction next to it, nor the same words with other code.
    expect(check.scan(`${IDIOMS[1]};eval(e)`).found.map((f) => f.code)).toEqual([expect.stringContaining("eval(e)")]);
    expect(check.scan('o=i||a||Function("return fetch(x)")()').found).toHaveLength(1);
    expect(check.scan('"function"!=typeof e&&(e=new Function(""+t))').found).toHaveLength(1);
  });

  test("is silent on words that only look alike", () => {
    const code = 'r.date_eval=!0;"[object Function]"==t;Function.prototype.call;e instanceof Function?1:2;s.Function;"Evaluasi Atas";x.evaluate(y);setTimeout(f,0)';
    expect(check.scan(code)).toEqual({ found: [], allowed: {} });
  });

  describe("the command", () => {
    let dist: string;
    beforeEach(() => {
      dist = fs.mkdtempSync(path.join(os.tmpdir(), "renaksi-dist-"));
    });
    afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));
    const run = () => spawnSync(process.execPath, [SCRIPT, "--no-build", "--dist", dist], { encoding: "utf8" });

    test("fails on a bundle holding eval, naming the file and the code", () => {
      fs.writeFileSync(path.join(dist, "taskpane.1a2b3c4d.js"), `${IDIOMS[0]};(()=>{const v=eval(location.hash.slice(1));return v})()`);
      fs.writeFileSync(path.join(dist, "commands.00ff00ff.js"), "console.log(1)");
      const r = run();
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("taskpane.1a2b3c4d.js @");
      expect(r.stderr).toContain("eval(location.hash");
      expect(r.stdout).toContain("commands.00ff00ff.js: no code from strings");
    });

    test("passes on bundles holding only the allowed idioms; fails when there is no bundle", () => {
      fs.writeFileSync(path.join(dist, "preview.1a2b3c4d.js"), IDIOMS.join(";"));
      fs.writeFileSync(path.join(dist, "preview.1a2b3c4d.js.LICENSE.txt"), 'eval("not code")');
      const ok = run();
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain("preview.1a2b3c4d.js: no code from strings; allowed:");
      fs.rmSync(path.join(dist, "preview.1a2b3c4d.js"));
      expect(run().status).toBe(1);
    });
  });
});
