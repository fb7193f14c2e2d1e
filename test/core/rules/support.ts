/** Helpers for the rules tests: fixtures in, findings out, cells as A1. */
import * as fs from "fs";
import * as path from "path";
import { gridsFromSource } from "../../support/sourceGrid";
import { analyzeGrids } from "../../../src/core/analyze";
import { rangeToA1 } from "../../../src/core/grid";
import type { Finding } from "../../../src/core/finding";
import { ruleCategory } from "../../../src/core/finding";
import type { Plan } from "../../../src/core/plan/types";
import { validate, buildContext, type RuleContext } from "../../../src/core/rules";

export function fixture(name: string): string {
  return fs.readFileSync(path.resolve(__dirname, "..", "..", "fixtures", "src", name), "utf8");
}

export const CLEAN_CUMULATIVE = fixture("rules-clean-cumulative.tsv");
export const CLEAN_UNITS = fixture("rules-clean-units.tsv");

/** The first table of a source text, parsed. */
export function planOf(source: string): Plan {
  const { plans } = analyzeGrids(gridsFromSource(source));
  if (plans.length === 0) throw new Error("no table recognized");
  return plans[0];
}

export function contextOf(source: string): RuleContext {
  return buildContext(planOf(source));
}

export function findingsOf(source: string): Finding[] {
  return validate(planOf(source));
}

/** Replace exactly one occurrence of a cell's text in a source (the injected defect). */
export function inject(source: string, from: string, to: string): string {
  const at = source.indexOf(from);
  if (at < 0 || source.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur exactly once`);
  return source.slice(0, at) + to + source.slice(at + from.length);
}

/** "rule@A1" for each finding, to compare compactly. */
export function where(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${rangeToA1(f.range)}`);
}

export function withRule(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

export function inCategory(findings: readonly Finding[], category: string): Finding[] {
  return findings.filter((f) => ruleCategory(f.rule) === category);
}
