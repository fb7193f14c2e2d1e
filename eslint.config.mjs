// ESLint 9 flat config: typescript-eslint recommended, the Office add-in rules,
// and renaksi/core-purity (src/core imports only from src/core).
import path from "node:path";
import { defineConfig } from "eslint/config";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

/**
 * renaksi/core-purity: a file under src/core may import only what resolves
 * inside src/core. Bare package names, node:* and relative paths that climb out
 * of src/core are errors; so are computed dynamic imports (they cannot be checked),
 * and the hosts' globals (Office.js, the DOM, Node) used without an import, which
 * no import rule sees (`Office.context`, `document.title`, `process.env`).
 * tsconfig.core.json (no DOM, no ambient types) refuses them too, at type-check time.
 */
const HOST_GLOBALS = new Map([
  ...["Office", "Excel", "OfficeExtension", "OfficeRuntime"].map((name) => [name, "Office.js"]),
  ...["window", "document", "navigator", "localStorage", "sessionStorage", "fetch", "XMLHttpRequest"].map((name) => [name, "the DOM"]),
  ...["process", "Buffer", "global", "__dirname", "__filename"].map((name) => [name, "Node"]),
]);

const corePurity = {
  meta: {
    type: "problem",
    docs: { description: "src/core imports only from src/core (no packages, node:*, DOM or adapters)" },
    schema: [],
    messages: {
      outside: 'src/core must stay pure: "{{source}}" resolves outside src/core.',
      computed: "src/core must stay pure: a computed import cannot be checked.",
      host: 'src/core must stay pure: "{{name}}" is a global of {{host}}.',
    },
  },
  create(context) {
    const file = path.resolve(context.cwd ?? process.cwd(), context.filename);
    const marker = `${path.sep}src${path.sep}core${path.sep}`;
    const at = file.lastIndexOf(marker);
    if (at < 0) return {};
    const coreDir = file.slice(0, at + marker.length - 1);
    const insideCore = (source) => {
      if (!source.startsWith(".") && !path.isAbsolute(source)) return false; // package, node:*, URL
      const target = path.resolve(path.dirname(file), source);
      return target === coreDir || target.startsWith(coreDir + path.sep);
    };
    const check = (node) => {
      if (!node) return;
      if (node.type === "Literal" && typeof node.value === "string") {
        if (!insideCore(node.value)) context.report({ node, messageId: "outside", data: { source: node.value } });
      } else if (node.type === "TemplateLiteral" && node.expressions.length === 0) {
        const value = node.quasis[0].value.cooked;
        if (!insideCore(value)) context.report({ node, messageId: "outside", data: { source: value } });
      } else {
        context.report({ node, messageId: "computed" });
      }
    };
    return {
      ImportDeclaration: (n) => check(n.source),
      ExportNamedDeclaration: (n) => n.source && check(n.source),
      ExportAllDeclaration: (n) => check(n.source),
      ImportExpression: (n) => check(n.source),
      TSImportEqualsDeclaration: (n) =>
        n.moduleReference.type === "TSExternalModuleReference" && check(n.moduleReference.expression),
      TSImportType: (n) => check(n.argument?.type === "TSLiteralType" ? n.argument.literal : n.argument),
      'CallExpression[callee.type="Identifier"][callee.name="require"]': (n) => check(n.arguments[0]),
      // references no declaration in the file resolves (values and types: `Office.Range` too)
      "Program:exit": (program) => {
        for (const ref of context.sourceCode.getScope(program).through) {
          const host = HOST_GLOBALS.get(ref.identifier.name);
          if (host) context.report({ node: ref.identifier, messageId: "host", data: { name: ref.identifier.name, host } });
        }
      },
    };
  },
};

const renaksi = { meta: { name: "renaksi" }, rules: { "core-purity": corePurity } };

// eslint-plugin-office-addins' own "recommended" config also turns on prettier
// formatting as errors and bundles an older @typescript-eslint plugin instance, so
// the plugin is registered here and its Office.js rules enabled by hand
// (same severities as its recommended set). They apply only where Office.js
// proxies live: ExcelJS (src/xlsx) has look-alike calls (getCell) they misread.
const officeAddinRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "warn",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  __dirname: "readonly",
  __filename: "readonly",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  URL: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
  setImmediate: "readonly",
};

export default defineConfig(
  { ignores: ["dist/**", "lib/**", "coverage/**", "node_modules/**"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // a leading underscore marks a deliberately unused name
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["src/{excel,commands,taskpane,office}/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinRules,
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    plugins: { renaksi },
    rules: { "renaksi/core-purity": "error" },
  },
  {
    // ExcelJS is a development dependency (it builds test workbooks): no source file may import it,
    // not even its types. The .xlsx adapter reads and edits the package itself (src/xlsx).
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: [{ name: "exceljs", message: "ExcelJS is for tests only: the .xlsx adapter (src/xlsx) reads and edits the package itself." }] },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
