export declare const DEV_BASE_URL: "https://localhost:3000/";
export declare function normalizeBaseUrl(raw: string): string;
export declare function resolveBaseUrl(
  env: { baseUrl?: string } | undefined,
  processEnv: { RENAKSI_BASE_URL?: string } | undefined,
): string | null;
export declare function rewriteManifestUrls(xml: string, baseUrl: string): string;
