// Jest setup: the tests read and write packages with the browser's codec (fflate) unless a module
// they load installs another (the CLI's open.ts and output.ts install Node's zlib). jsdom's window
// lacks the TextDecoder the adapter makes when it loads: Node's first, as the jsdom tests do.
import "../preview/jsdomCodecs";
import { FFLATE_CODEC } from "../../src/xlsx/fflateCodec";
import { useCodecUnlessSet } from "../../src/xlsx/zip";

useCodecUnlessSet(FFLATE_CODEC);
