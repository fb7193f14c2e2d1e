import { useEffect, useId, useRef, useState, type ReactElement } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { findingAddress, findingPlace, type RuleGroup } from "../../app/findingView";
import type { Finding } from "../../core/finding";
import { usePane } from "../context";

const useStyles = makeStyles({
  item: {
    width: "100%",
    justifyContent: "flex-start",
    alignItems: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    minWidth: 0,
  },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  cell: { fontWeight: tokens.fontWeightSemibold },
  count: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  hint: { color: tokens.colorNeutralForeground3 },
  toggle: { marginInlineStart: tokens.spacingHorizontalXXL },
  cells: { listStyle: "none", margin: 0, padding: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
});

/** Cells of one group listed before "show all": a rule firing on thousands of rows stays quick to open. */
export const CELL_PREVIEW = 100;

interface Props {
  group: RuleGroup;
  icon: ReactElement;
  onSelect(f: Finding): void;
  /** Write a finding's suggestion into its cell; without it, no button offers to. */
  onApply?(f: Finding): void;
}

/**
 * One problem in the list: its first cell, message and hint as a button that selects the cell;
 * when the same rule says the same thing on other cells of the sheet, the count of all its cells
 * and a disclosure button that lists the others (it counts them: the first is already shown),
 * each one a button that selects its cell. A cell is labelled as a person reads it ("Lampiran I, sel K12");
 * each finding button carries its reference ('Lampiran I'!K12) in data-address.
 */
export function FindingItem({ group, icon, onSelect, onApply }: Props) {
  const { t, text } = usePane();
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const listId = useId();
  const cells = useRef<HTMLUListElement>(null);
  // "Show all" disappears when pressed: keep the keyboard where the new cells start.
  useEffect(() => {
    if (all) cells.current?.children[CELL_PREVIEW]?.querySelector("button")?.focus();
  }, [all]);
  const [first, ...rest] = group.findings;
  const n = group.findings.length;
  const message = n > 1 && !group.sameText ? t("ui.validate.example", { message: first.message }) : text(first.message);
  const listed = all ? rest : rest.slice(0, CELL_PREVIEW);
  // "Lampiran I, sel K12": the sheet and the cell as a person reads them ('Lampiran I'!K12 stays in data-address).
  const label = (f: Finding) => {
    const p = findingPlace(f);
    return t(p.single ? "ui.validate.place" : "ui.validate.placeRange", { sheet: p.sheet, cell: p.cell });
  };
  // A finding that knows what its cell should say offers to write it (one click, undoable).
  const apply = (f: Finding) => f.suggestion !== undefined && onApply && (
    <Button
      appearance="secondary"
      size="small"
      className={s.toggle}
      aria-label={t("ui.validate.applyLabel", { cell: findingPlace(f).cell, name: f.suggestion })}
      onClick={() => onApply(f)}
    >
      {t("ui.validate.apply")}
    </Button>
  );
  return (
    <li>
      <Button
        appearance="subtle"
        className={s.item}
        icon={icon}
        data-finding={first.rule}
        data-address={findingAddress(first)}
        onClick={() => onSelect(first)}
      >
        <span className={s.text}>
          <span className={s.cell}>
            {label(first)}
            {n > 1 && <span className={s.count}>{` · ${t("ui.validate.cells", { n })}`}</span>}
          </span>
          <span>{message}</span>
          {first.hint && <span className={s.hint}>{t("ui.validate.hint", { hint: first.hint })}</span>}
        </span>
      </Button>
      {apply(first)}
      {n > 1 && (
        <>
          <Button
            appearance="transparent"
            size="small"
            className={s.toggle}
            aria-expanded={open}
            aria-controls={open ? listId : undefined}
            onClick={() => setOpen(!open)}
          >
            {open ? t("ui.validate.hideCells") : t("ui.validate.showCells", { n: rest.length })}
          </Button>
          {open && (
            <ul id={listId} className={s.cells} ref={cells}>
              {listed.map((f, i) => (
                <li key={i}>
                  <Button
                    appearance="subtle"
                    size="small"
                    className={s.item}
                    data-finding={f.rule}
                    data-address={findingAddress(f)}
                    onClick={() => onSelect(f)}
                  >
                    <span className={s.text}>
                      <span className={s.cell}>{label(f)}</span>
                      {!group.sameText && <span>{text(f.message)}</span>}
                    </span>
                  </Button>
                  {apply(f)}
                </li>
              ))}
              {listed.length < rest.length && (
                <li>
                  <Button appearance="transparent" size="small" onClick={() => setAll(true)}>
                    {t("ui.validate.moreCells", { n: rest.length - listed.length })}
                  </Button>
                </li>
              )}
            </ul>
          )}
        </>
      )}
    </li>
  );
}
