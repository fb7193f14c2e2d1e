/** Hand-made test inputs: compound-file headers and stored (uncompressed) ZIP archives. */
import { writeStoredZip } from "../../src/xlsx/inflateZip";


/** A minimal OLE compound file: 512-byte header with the signature, then one directory sector with these entries. */
export function compoundFile(entries: { name: string; type: number }[]): Uint8Array {
  const bytes = new Uint8Array(512 + 512);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const view = new DataView(bytes.buffer);
  view.setUint16(0x1a, 0x003e, true); // minor version
  view.setUint16(0x1a + 2, 0x0003, true); // major version 3 (512-byte sectors)
  view.setUint16(0x1c, 0xfffe, true); // little-endian byte order mark
  view.setUint16(0x1e, 9, true); // sector shift: 2^9 = 512
  view.setUint32(0x30, 0, true); // first directory sector
  entries.forEach((e, i) => {
    const off = 512 + i * 128;
    for (let j = 0; j < e.name.length; j++) view.setUint16(off + j * 2, e.name.charCodeAt(j), true);
    view.setUint16(off + 64, (e.name.length + 1) * 2, true);
    bytes[off + 66] = e.type; // 1 storage, 2 stream, 5 root
  });
  return bytes;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP archive with the files stored uncompressed. */
export function storedZip(files: Record<string, string>): Uint8Array {
  const enc = new TextEncoder();
  return writeStoredZip(
    Object.entries(files).map(([name, text]) => {
      const data = enc.encode(text);
      return { name: enc.encode(name), crc: crc32(data), data };
    }),
  );
}
