/** Checks of the signature block: status prefix, own position, NIP. */
import { msg } from "../i18n";
import { toIso, type YMD } from "./dates";
import { SIGNER_STATUSES, type MetaIssue, type Penandatangan } from "./meta";
import { parseNip } from "./nip";

/** Non-standard spellings of the prefixes, folded (lower case, no dots or spaces). */
const PREFIX_SUGGESTIONS: Record<string, string> = {
  pt: "Plt.", plt: "Plt.", pelaksanatugas: "Plt.",
  plh: "Plh.", pelaksanaharian: "Plh.",
  pj: "Pj.", penjabat: "Pj.",
  an: "a.n.", atasnama: "a.n.",
};

const F = "penandatangan";

function issue(field: string, severity: MetaIssue["severity"], message: MetaIssue["message"]): MetaIssue {
  return { field: `${F}.${field}`, severity, message };
}

export function checkStatus(signer: Penandatangan): MetaIssue[] {
  const status = signer.status.trim();
  const out: MetaIssue[] = [];
  if ((SIGNER_STATUSES as readonly string[]).includes(status)) {
    if (status === "Plh.") out.push(issue("status", "warning", msg("decree.check.plh")));
  } else {
    const suggestion = PREFIX_SUGGESTIONS[status.toLowerCase().replace(/[\s.]/g, "")];
    out.push(
      issue("status", "warning", suggestion
        ? msg("decree.check.statusNonStandard", { status, suggestion })
        : msg("decree.check.statusUnknown", { status })),
    );
  }
  if (status === "" && signer.jabatanAsal.trim() !== "") {
    out.push(issue("jabatanAsal", "warning", msg("decree.check.jabatanAsalNotActing")));
  }
  return out;
}

const ym = (y: number, m: number) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;

/** NIP: 18 digits, real birth date, appointment >= 18 years after birth and not after today, sex digit 1 or 2. */
export function checkNip(nip: string, today: YMD): MetaIssue[] {
  const value = nip.trim();
  if (value === "") return [issue("nip", "warning", msg("decree.check.nipMissing"))];
  const parsed = parseNip(value);
  const err = (m: MetaIssue["message"]) => issue("nip", "error", m);
  if (!parsed.ok) {
    const d = parsed.digits;
    return parsed.problems.map((p) => {
      switch (p) {
        case "empty":
        case "notDigits":
          return err(msg("decree.check.nipNotDigits", { value }));
        case "length":
          return err(msg("decree.check.nipLength", { value, count: d.length }));
        case "grouping":
          return err(msg("decree.check.nipGrouping", { value }));
        case "birthDate":
          return err(msg("decree.check.nipBirth", { part: d.slice(0, 8) }));
        case "appointment":
          return err(msg("decree.check.nipAppointment", { part: d.slice(8, 14) }));
        case "sex":
          return err(msg("decree.check.nipSex", { digit: d[14] }));
      }
    });
  }
  const { birth, appointment } = parsed;
  const out: MetaIssue[] = [];
  const appointed = appointment.year * 12 + appointment.month;
  if (appointed < (birth.year + 18) * 12 + birth.month) {
    out.push(err(msg("decree.check.nipTooYoung", { appointment: ym(appointment.year, appointment.month), birth: toIso(birth) })));
  }
  if (appointed > today.year * 12 + today.month) {
    out.push(err(msg("decree.check.nipFuture", { appointment: ym(appointment.year, appointment.month), today: toIso(today) })));
  }
  return out;
}
