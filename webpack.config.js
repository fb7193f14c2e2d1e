// Webpack: the task pane, the ribbon commands and the browser preview.
//   npm run build                                  production build into dist/
//   RENAKSI_BASE_URL=https://host/path/ npm run build
//   npx webpack --mode production --env baseUrl=https://host/path/
//                                                  ... and dist/manifest.xml points at that host
//   npm run dev-server                             https://localhost:3000 (office-addin-dev-certs)
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { resolveBaseUrl, rewriteManifestUrls } = require("./scripts/manifest-url");

const PORT = 3000; // the source manifest's URLs use it
const OFFICE_JS = "https://appsforoffice.microsoft.com";

/**
 * Content-Security-Policy of every page (a meta tag; see the README section).
 * - script-src: our bundles and Office.js from its CDN; Office.js loads its host
 *   files (excel-web-16.00.js, locale strings, telemetry helper) from the same CDN.
 * - frame-src: Office.js on the web may open a hidden trust-check frame from its CDN.
 * - style-src 'unsafe-inline': Fluent UI (Griffel) inserts <style> elements at run time.
 * - connect-src 'self': no network calls with plan data; 'self' also covers the
 *   dev server's live-reload socket. Office.js talks to Excel by postMessage, not fetch.
 */
const CSP = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_JS}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  `frame-src ${OFFICE_JS}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/**
 * The browser preview page (src/preview) runs without Office.js: nothing from
 * outside its own origin at all. The workbook is read from the user's disk in
 * the page; the only fetch is the bundled example from the same origin.
 */
const PREVIEW_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

const here = (...p) => path.join(__dirname, ...p);

/**
 * ExcelJS stays out of the browser: the pages read and write .xlsx packages
 * with src/xlsx (fflate + saxes). ExcelJS is only for Node (the examples'
 * builder below, tests); a module of it in any bundle fails the build.
 * scripts/check-bundle-code.js checks the shipped files again.
 */
class NoExcelJsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("NoExcelJsPlugin", (compilation) => {
      compilation.hooks.finishModules.tap("NoExcelJsPlugin", (modules) => {
        for (const m of modules) {
          const file = m.resource ?? m.rootModule?.resource;
          if (file && /[\\/]node_modules[\\/]exceljs[\\/]/.test(file)) {
            const by = compilation.moduleGraph.getIssuer(m)?.resource ?? "?";
            compilation.errors.push(new Error(`[renaksi] ExcelJS in a browser bundle: ${path.relative(__dirname, file)} (imported by ${path.relative(__dirname, by)})`));
            return;
          }
        }
      });
    });
  }
}

/** https with the Office dev certificates; without them (e.g. Linux without sudo) a fallback, with a warning. */
async function devServerTransport() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (err) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const cert = path.join(dir, "localhost.crt");
    const key = path.join(dir, "localhost.key");
    const reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
    if (fs.existsSync(cert) && fs.existsSync(key)) {
      console.warn(
        `\n[renaksi] Could not trust the dev certificate (${reason}).\n` +
          `[renaksi] Serving https with the untrusted certificate in ${dir}.\n` +
          `[renaksi] Trust ${path.join(dir, "ca.crt")} in your browser, or open https://localhost:${PORT}/taskpane.html once and accept it.\n`,
      );
      return { type: "https", options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key) } };
    }
    console.warn(
      `\n[renaksi] No dev certificate (${reason}). Serving PLAIN HTTP on http://localhost:${PORT}.\n` +
        "[renaksi] Office loads add-ins only over https: run `npx office-addin-dev-certs install` (needs sudo on Linux).\n",
    );
    return { type: "http" };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const baseUrl = production ? resolveBaseUrl(env, process.env) : null;
  if (production && !baseUrl) {
    console.warn("[renaksi] No RENAKSI_BASE_URL / --env baseUrl: dist/manifest.xml keeps https://localhost:3000/.");
  }

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
    preview: "./src/preview/index.tsx",
  };
  const pages = [
    // shared runtime: the task pane page also hosts the ribbon commands
    { filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["commands", "taskpane"] },
    { filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] },
    { filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"], csp: PREVIEW_CSP },
  ];

  return {
    mode: production ? "production" : "development",
    entry,
    // no eval-based source maps: the pages' CSP has no 'unsafe-eval'
    devtool: production ? false : "source-map",
    output: {
      path: here("dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true, // type checking is `npm run typecheck`
              compilerOptions: { module: "esnext", noEmit: false, sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new NoExcelJsPlugin(),
      ...pages.map(
        (page) => new HtmlWebpackPlugin({ csp: CSP, ...page, chunksSortMode: "manual", scriptLoading: "defer" }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (baseUrl ? rewriteManifestUrls(content.toString(), baseUrl) : content),
          },
          // The user guide beside the task pane (the pane's "Panduan" link, the manifest's LearnMoreUrl
          // and SupportUrl): docs/PANDUAN.md as panduan.html, its screenshots in img/.
          {
            from: "docs/PANDUAN.md",
            to: "panduan.html",
            transform: (content) => require("./scripts/guide-html").guideHtml(content.toString("utf8")),
          },
          { from: "docs/img/*.png", to: "img/[name][ext]", noErrorOnMissing: true },
          // The preview's one-click example: examples/src/*.tsv built into dist/examples/*.xlsx
          // (the same builder as scripts/build-examples.js, so no build step has to run first).
          {
            from: "examples/src/*.tsv",
            to: "examples/[name].xlsx",
            transform: {
              transformer: async (content) => {
                const { workbookFromSource } = require("./scripts/sheet-source");
                return Buffer.from(await workbookFromSource(content.toString("utf8")).xlsx.writeBuffer());
              },
            },
          },
        ],
      }),
    ],
    performance: production
      ? {
          hints: "warning",
          maxEntrypointSize: 600 * 1024,
          maxAssetSize: 600 * 1024,
          // the add-in's pages only: the preview page (the task pane plus the grid) is not loaded inside Excel
          assetFilter: (name) => !name.endsWith(".map") && !name.startsWith("preview.") && !name.startsWith("examples/"),
        }
      : false,
    devServer: env.WEBPACK_SERVE
      ? {
          host: "localhost", // Office and the browser reach it on this machine only
          port: PORT,
          server: await devServerTransport(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          hot: false,
          liveReload: true,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
