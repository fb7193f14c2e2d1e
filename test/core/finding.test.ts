import * as fs from "fs";
import * as path from "path";
import { RULE_CATEGORIES, RULE_NAMES, isRuleId, ruleCategory } from "../../src/core/finding";

const names: string[] = RULE_CATEGORIES.flatMap((c) => RULE_NAMES[c].map((name) => `${c}.${name}`));
const ids = names.filter(isRuleId);

/** The rule ids README's rule table names (".name" continues the category of the id before it). */
function readmeRuleIds(): string[] {
  const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
  const table = readme.slice(readme.indexOf("| rule | severity | why |"));
  const out: string[] = [];
  for (const line of table.split("\n").slice(2)) {
    if (!line.startsWith("|")) break;
    const first = line.split("|")[1];
    let category = "";
    for (const [, id] of first.matchAll(/`([^`]+)`/g)) {
      if (!id.startsWith(".")) category = id.slice(0, id.indexOf("."));
      out.push(id.startsWith(".") ? category + id : id);
    }
  }
  return out;
}

describe("rule ids", () => {
  it("each rule id is said once, and its category is its prefix", () => {
    expect([...RULE_CATEGORIES].sort()).toEqual(Object.keys(RULE_NAMES).sort());
    expect(ids).toEqual(names);
    expect(new Set(ids).size).toBe(ids.length);
    for (const other of ["percent.sum", "layout", "", "constructor", "toString"]) expect(isRuleId(other)).toBe(false);
    for (const id of ids) expect(`${ruleCategory(id)}.`).toBe(id.slice(0, id.indexOf(".") + 1));
    expect(ruleCategory("percent.range")).toBe("percent");
    expect(ruleCategory("nomenclature.wrongKegiatan")).toBe("nomenclature");
  });

  it("README's rule table names every rule id, and no other", () => {
    expect(readmeRuleIds().sort()).toEqual([...ids].sort());
  });
});
