#!/usr/bin/env node
// No import cycles under src/: reads every .ts/.tsx file's module references with
// the TypeScript compiler's parser (import / import type / export ... from /
// import("...") in values and types / require / import x = require), resolves the
// relative ones to files under src/, and finds the strongly connected components
// of that graph. Type-only imports count: a cycle closed by a type import is
// still two modules that each need the other. Prints one cycle per component
// and exits 1 when there is any; prints "no import cycles (N files)" and exits 0
// otherwise. Usage: node scripts/check-cycles.js [dir] (default: src).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const root = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "src"));
const EXTENSIONS = [".ts", ".tsx", ".d.ts"];

function listFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (/\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** Every module specifier written in the file, whatever the kind of reference. */
function specifiers(file) {
  const text = fs.readFileSync(file, "utf8");
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  const found = [];
  const literal = (node) => {
    if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) found.push(node.text);
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) literal(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      literal(node.moduleReference.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) literal(node.argument.literal);
    else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require"))
    )
      literal(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The file under root a relative specifier names, or null (packages, assets, files outside root). */
function resolve(from, spec, known) {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec.replace(/\.(js|jsx|mjs|cjs)$/, ""));
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, "index" + e))];
  return candidates.find((c) => known.has(c)) ?? null;
}

function graphOf(files) {
  const known = new Set(files);
  const edges = new Map();
  for (const f of files) {
    const targets = new Set();
    for (const s of specifiers(f)) {
      const t = resolve(f, s, known);
      if (t) targets.add(t);
    }
    edges.set(f, [...targets].sort());
  }
  return edges;
}

/** Strongly connected components with more than one file, or one file importing itself (Tarjan, iterative). */
function cyclicComponents(edges) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const components = [];
  for (const start of edges.keys()) {
    if (index.has(start)) continue;
    const work = [[start, 0]];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [v, i] = frame;
      const next = edges.get(v);
      if (i < next.length) {
        frame[1]++;
        const w = next[i];
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v), index.get(w)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(v)));
      }
      if (low.get(v) === index.get(v)) {
        const component = [];
        let w;
        do {
          w = stack.pop();
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        if (component.length > 1 || edges.get(v).includes(v)) components.push(component);
      }
    }
  }
  return components;
}

/** One concrete cycle inside a component: a shortest path back to its first file (breadth-first). */
function cycleIn(component, edges) {
  const members = new Set(component);
  const start = [...component].sort()[0];
  const previous = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift();
    for (const w of edges.get(v)) {
      if (!members.has(w)) continue;
      if (w === start) {
        const cycle = [v];
        for (let p = v; p !== start; ) cycle.unshift((p = previous.get(p)));
        return [...cycle, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

function main() {
  const files = listFiles(root);
  const edges = graphOf(files);
  const components = cyclicComponents(edges);
  const rel = (f) => path.relative(process.cwd(), f).split(path.sep).join("/");
  for (const component of components) {
    const cycle = cycleIn(component, edges);
    console.log(`import cycle: ${cycle.map(rel).join(" -> ")}`);
    if (component.length > cycle.length - 1) console.log(`  (${component.length} files in this knot: ${component.map(rel).sort().join(", ")})`);
  }
  if (components.length > 0) {
    console.log(`${components.length} import cycle${components.length === 1 ? "" : "s"} under ${rel(root) || "."}`);
    process.exit(1);
  }
  console.log(`no import cycles (${files.length} files under ${rel(root) || "."})`);
}

if (require.main === module) main();
module.exports = { listFiles, specifiers, graphOf, cyclicComponents, cycleIn };
