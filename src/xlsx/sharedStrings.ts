import { MAX_CELLS, PartTooLarge } from "./partLimits";
import { decodeXmlString, parseLargeXml, type XmlHandlers } from "./xml";

/** The shared strings part as plain texts: rich text runs joined, phonetic runs (rPh) left out. Throws PartTooLarge past `limit` strings. */
export function parseSharedStrings(xml: string, limit = MAX_CELLS): string[] {
  let out: string[] = [];
  parseLargeXml(xml, () => {
    out = [];
    return stringHandlers(out, limit);
  });
  return out;
}

function stringHandlers(out: string[], limit: number): XmlHandlers {
  let inItem = false;
  let inPhonetic = false;
  let collecting = false;
  let buf = "";
  return {
    open(tag) {
      if (tag === "si") {
        if (out.length >= limit) throw new PartTooLarge();
        inItem = true;
        buf = "";
      }
      else if (tag === "rPh") inPhonetic = true;
      else if (tag === "t" && inItem && !inPhonetic) collecting = true;
    },
    close(tag) {
      if (tag === "t") collecting = false;
      else if (tag === "rPh") inPhonetic = false;
      else if (tag === "si") {
        out.push(decodeXmlString(buf));
        inItem = false;
      }
    },
    text(t) {
      if (collecting) buf += t;
    },
  };
}
