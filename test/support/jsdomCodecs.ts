/**
 * jsdom's window lacks TextEncoder / TextDecoder, which every browser has and the
 * package adapter uses: Node's, set on the global before the adapter is imported
 * (import this first).
 */
import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, { TextDecoder, TextEncoder });
