/**
 * The decree's metadata (Keputusan front matter). Field names are the users'
 * words and also the keys of the CLI's --meta JSON and of the Info Keputusan sheet.
 */
import type { Text } from "../i18n/types";

/** The standard prefixes of an acting or delegated signer ("" = the definitive official). */
export const SIGNER_STATUSES = ["", "Plt.", "Plh.", "Pj.", "a.n."] as const;

export type SignerStatus = (typeof SIGNER_STATUSES)[number];

export interface Penandatangan {
  /** "" | "Plt." | "Plh." | "Pj." | "a.n."; anything else is kept as written and gets a warning. */
  status: string;
  /** The position signed for, e.g. "KEPALA DINAS KOPERASI DAN USAHA MIKRO". */
  jabatan: string;
  /** The acting signer's own position (or, with "a.n.", the signer's position). */
  jabatanAsal: string;
  nama: string;
  pangkat: string;
  /** 18 digits, plain or grouped "19631015 198903 1 016". Always text. */
  nip: string;
}

export interface DecreeMeta {
  pemerintah: string;
  instansi: string;
  alamat: string;
  telepon: string;
  faksimile: string;
  email: string;
  laman: string;
  /** The issuing authority, as in "KEPUTUSAN {penetap}". */
  penetap: string;
  nomor: string;
  tentang: string;
  menimbang: string[];
  mengingat: string[];
  diktum: string[];
  tempat: string;
  /** ISO date, "2022-01-12". */
  tanggal: string;
  penandatangan: Penandatangan;
  /** Roman numeral of the annex, "I". */
  lampiran: string;
  tembusan: string[];
}

/** A partial DecreeMeta, the signer partial too (what --meta JSON and the Info sheet give). */
export type DecreeMetaPatch = Partial<Omit<DecreeMeta, "penandatangan">> & {
  penandatangan?: Partial<Penandatangan>;
};

export type TextField = Exclude<keyof DecreeMeta, ListField | "penandatangan">;
export type ListField = "menimbang" | "mengingat" | "diktum" | "tembusan";
export type SignerField = keyof Penandatangan;

/** Field order as the Info Keputusan sheet and the form show them. */
export const META_FIELDS = [
  "pemerintah", "instansi", "alamat", "telepon", "faksimile", "email", "laman",
  "penetap", "nomor", "tentang", "menimbang", "mengingat", "diktum",
  "tempat", "tanggal", "penandatangan", "lampiran", "tembusan",
] as const satisfies readonly (keyof DecreeMeta)[];

export const LIST_FIELDS: readonly ListField[] = ["menimbang", "mengingat", "diktum", "tembusan"];

export const SIGNER_FIELDS = [
  "status", "jabatan", "jabatanAsal", "nama", "pangkat", "nip",
] as const satisfies readonly SignerField[];

export function isListField(key: string): key is ListField {
  return (LIST_FIELDS as readonly string[]).includes(key);
}

export function isTextField(key: string): key is TextField {
  return (META_FIELDS as readonly string[]).includes(key) && !isListField(key) && key !== "penandatangan";
}

export function isSignerField(key: string): key is SignerField {
  return (SIGNER_FIELDS as readonly string[]).includes(key);
}

/** One problem with the metadata, naming the field ("penandatangan.nip", "menimbang.2"). */
export interface MetaIssue {
  field: string;
  severity: "error" | "warning";
  message: Text;
}

/** Every field empty (lists empty, lampiran "I"). */
export function emptyMeta(): DecreeMeta {
  return {
    pemerintah: "", instansi: "", alamat: "", telepon: "", faksimile: "", email: "", laman: "",
    penetap: "", nomor: "", tentang: "", menimbang: [], mengingat: [], diktum: [],
    tempat: "", tanggal: "",
    penandatangan: { status: "", jabatan: "", jabatanAsal: "", nama: "", pangkat: "", nip: "" },
    lampiran: "I", tembusan: [],
  };
}

/** A deep copy (lists and signer not shared). */
export function cloneMeta(meta: DecreeMeta): DecreeMeta {
  return {
    ...meta,
    menimbang: [...meta.menimbang],
    mengingat: [...meta.mengingat],
    diktum: [...meta.diktum],
    tembusan: [...meta.tembusan],
    penandatangan: { ...meta.penandatangan },
  };
}
