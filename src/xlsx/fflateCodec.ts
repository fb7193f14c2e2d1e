import { deflateSync, inflateSync } from "fflate";
import type { ZipCodec } from "./zip";

/** fflate's JavaScript inflate and deflate: the browser's codec (index.ts installs it; the CLI uses Node's zlib). */
export const FFLATE_CODEC: ZipCodec = {
  inflate: (raw, size) => inflateSync(raw, { out: new Uint8Array(size) }),
  deflate: (data) => deflateSync(data, { level: 6 }),
};
