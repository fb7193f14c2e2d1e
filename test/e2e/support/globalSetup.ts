import { ensureBuilt } from "./build";

/** Jest global setup of the end-to-end tests: a fresh production build in dist/. */
export default async function globalSetup(): Promise<void> {
  ensureBuilt();
}
