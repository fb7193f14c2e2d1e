import { Field, Input, Textarea } from "@fluentui/react-components";
import { fieldLabel, type MetaIssue } from "../../core/decree";
import { usePane } from "../context";
import { issueOf } from "../hooks/useDecree";

interface Props {
  /** The metadata key: "nomor", "menimbang", "penandatangan.nip". */
  field: string;
  value: string | readonly string[];
  issues: readonly MetaIssue[];
  onChange(field: string, value: string | string[]): void;
  /** A Textarea (long text); lists always get one, one item per line. */
  multiline?: boolean;
  placeholder?: string;
}

/** One field of the decree form, with its problems (checkMeta, reading the sheet) beside it. */
export function MetaField({ field, value, issues, onChange, multiline, placeholder }: Props) {
  const { t, text, lang } = usePane();
  const mine = issues.filter((i) => issueOf(i, field));
  const severity = mine.some((i) => i.severity === "error") ? "error" : mine.length ? "warning" : "none";
  const list = Array.isArray(value);
  const shown = list ? value.join("\n") : (value as string);
  const change = (v: string) => onChange(field, list ? v.split("\n") : v);
  return (
    <Field
      label={fieldLabel(field)[lang]}
      hint={list ? t("ui.decree.listHint") : undefined}
      validationState={severity}
      validationMessage={mine.length ? mine.map((i) => text(i.message)).join(" ") : undefined}
    >
      {list || multiline ? (
        <Textarea resize="vertical" rows={list ? 4 : 2} value={shown} placeholder={placeholder} onChange={(_e, d) => change(d.value)} />
      ) : (
        <Input value={shown} placeholder={placeholder} onChange={(_e, d) => change(d.value)} />
      )}
    </Field>
  );
}
