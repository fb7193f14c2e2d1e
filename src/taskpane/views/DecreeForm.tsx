import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { fieldLabel, SIGNER_STATUSES, type DecreeMeta, type MetaIssue } from "../../core/decree";
import type { PaneMessageKey } from "../messages";
import { usePane } from "../context";
import { issueOf } from "../hooks/useDecree";
import { MetaField } from "./MetaField";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  heading: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalS} 0 0` },
});

type Layout = { title: PaneMessageKey; fields: { field: string; multiline?: boolean; placeholder?: string }[] };

const SECTIONS: Layout[] = [
  {
    title: "ui.decree.section.kop",
    fields: ["pemerintah", "instansi", "alamat", "telepon", "faksimile", "email", "laman"].map((field) => ({ field })),
  },
  {
    title: "ui.decree.section.title",
    fields: [{ field: "penetap" }, { field: "nomor" }, { field: "tentang", multiline: true }, { field: "lampiran" }],
  },
  {
    title: "ui.decree.section.body",
    fields: [{ field: "menimbang" }, { field: "mengingat" }, { field: "diktum" }],
  },
  {
    title: "ui.decree.section.issue",
    fields: [{ field: "tempat" }, { field: "tanggal", placeholder: "12 Januari 2026" }],
  },
];

const SIGNER = ["jabatan", "jabatanAsal", "nama", "pangkat", "nip"] as const;

function valueOf(meta: DecreeMeta, field: string): string | readonly string[] {
  const [top, sub] = field.split(".");
  if (top === "penandatangan") return meta.penandatangan[sub as keyof DecreeMeta["penandatangan"]];
  return meta[top as Exclude<keyof DecreeMeta, "penandatangan">];
}

interface Props {
  meta: DecreeMeta;
  issues: readonly MetaIssue[];
  onChange(field: string, value: string | string[]): void;
}

/** Every field of the Info Keputusan sheet, in sections. */
export function DecreeForm({ meta, issues, onChange }: Props) {
  const { t, text, lang } = usePane();
  const s = useStyles();
  const status = meta.penandatangan.status;
  const statuses: string[] = (SIGNER_STATUSES as readonly string[]).includes(status) ? [...SIGNER_STATUSES] : [...SIGNER_STATUSES, status];
  const statusIssues = issues.filter((i) => issueOf(i, "penandatangan.status"));
  return (
    <>
      {SECTIONS.map((sec) => (
        <section key={sec.title} className={s.section}>
          <h3 className={s.heading}>{t(sec.title)}</h3>
          {sec.fields.map((f) => (
            <MetaField key={f.field} {...f} value={valueOf(meta, f.field)} issues={issues} onChange={onChange} />
          ))}
        </section>
      ))}
      <section className={s.section}>
        <h3 className={s.heading}>{t("ui.decree.section.signer")}</h3>
        <Field
          label={fieldLabel("penandatangan.status")[lang]}
          validationState={statusIssues.length ? "warning" : "none"}
          validationMessage={statusIssues.length ? statusIssues.map((i) => text(i.message)).join(" ") : undefined}
        >
          <Select value={status} onChange={(_e, d) => onChange("penandatangan.status", d.value)}>
            {statuses.map((st) => (
              <option key={st} value={st}>
                {st === "" ? t("ui.decree.statusNone") : st}
              </option>
            ))}
          </Select>
        </Field>
        {SIGNER.map((k) => (
          <MetaField key={k} field={`penandatangan.${k}`} value={valueOf(meta, `penandatangan.${k}`)} issues={issues} onChange={onChange} />
        ))}
      </section>
      <section className={s.section}>
        <MetaField field="tembusan" value={meta.tembusan} issues={issues} onChange={onChange} />
      </section>
    </>
  );
}
