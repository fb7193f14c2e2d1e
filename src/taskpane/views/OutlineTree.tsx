import { useMemo, useState } from "react";
import { Tree, TreeItem, TreeItemLayout, type TreeItemValue, type TreeOpenChangeData } from "@fluentui/react-components";
import type { RangeRef } from "../../core/grid";
import type { Plan } from "../../core/plan/types";
import { planOutline, type OutlineItem } from "../../app/outline";
import { usePane } from "../context";

interface Props {
  plan: Plan;
  /** Select the row in Excel. */
  onSelect(range: RangeRef): void;
  /** Accessible name of the tree. */
  label: string;
}

function itemLabel(item: OutlineItem, t: ReturnType<typeof usePane>["t"]): string {
  if (item.level === "indikator") {
    const base = t("ui.node.indikator", { text: item.name });
    return item.target ? `${base} (${t("ui.node.target", { target: item.target })})` : base;
  }
  const name = item.name || t("ui.node.unnamed");
  return item.numbering ? `${item.numbering} ${name}` : name;
}

/** Sasaran and Program open at first, so the Kegiatan are in view. */
function initialOpen(items: OutlineItem[]): Set<TreeItemValue> {
  const open = new Set<TreeItemValue>();
  const walk = (list: OutlineItem[]) => {
    for (const it of list) {
      if (it.children.length && (it.level === "sasaran" || it.level === "program")) open.add(it.key);
      walk(it.children);
    }
  };
  walk(items);
  return open;
}

/**
 * The plan's outline as a Fluent tree. Click, Enter or Space on an item selects
 * its row in Excel without toggling it (the tree reports those as "Click",
 * which onOpenChange ignores); the expand icon and the arrow keys open and close.
 */
export function OutlineTree({ plan, onSelect, label }: Props) {
  const { t } = usePane();
  const items = useMemo(() => planOutline(plan), [plan]);
  const [open, setOpen] = useState(() => initialOpen(items));

  const onOpenChange = (_e: unknown, data: TreeOpenChangeData) => {
    if (data.type === "Click" || data.type === "Enter") return; // a click selects; it does not toggle
    setOpen(new Set(data.openItems));
  };

  const render = (list: OutlineItem[]) =>
    list.map((item) => {
      const select = () => onSelect(item.range);
      return (
        <TreeItem
          key={item.key}
          value={item.key}
          itemType={item.children.length ? "branch" : "leaf"}
          data-level={item.level}
          onClick={select}
          onKeyDown={(e) => {
            if (e.key !== " " || e.currentTarget !== e.target) return;
            e.preventDefault(); // Space selects too (and does not scroll the pane)
            select();
          }}
        >
          <TreeItemLayout>{itemLabel(item, t)}</TreeItemLayout>
          {item.children.length > 0 && <Tree>{render(item.children)}</Tree>}
        </TreeItem>
      );
    });

  return (
    <Tree aria-label={label} openItems={open} onOpenChange={onOpenChange}>
      {render(items)}
    </Tree>
  );
}
