// Build-time helpers for the manifest's base URL (used by webpack.config.js).
// The source manifest points at the dev server; a production build rewrites
// every "https://localhost:3000/" to the base URL where dist/ will be hosted.
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";

/** Check and normalize a base URL: https only, no query or fragment, ends with "/". */
function normalizeBaseUrl(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`Renaksi: base URL "${raw}" is not a URL (expected e.g. https://addins.example.go.id/renaksi/)`);
  }
  if (url.protocol !== "https:") throw new Error(`Renaksi: base URL "${raw}" must use https (Office loads add-ins only over https)`);
  if (url.search || url.hash) throw new Error(`Renaksi: base URL "${raw}" must not have a query or fragment`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** The production base URL from `--env baseUrl=...` or RENAKSI_BASE_URL, normalized; null when neither is set. */
function resolveBaseUrl(env, processEnv) {
  const raw = (env && env.baseUrl) || (processEnv && processEnv.RENAKSI_BASE_URL);
  return raw ? normalizeBaseUrl(raw) : null;
}

/** Replace every dev-server URL in the manifest text with baseUrl. */
function rewriteManifestUrls(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, normalizeBaseUrl, resolveBaseUrl, rewriteManifestUrls };
