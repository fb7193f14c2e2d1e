import { Spinner } from "@fluentui/react-components";
import { usePane } from "../context";

/** A small spinner with a label (announced to screen readers). */
export function Busy({ label }: { label?: string }) {
  const { t } = usePane();
  return <Spinner size="tiny" labelPosition="after" label={label ?? t("ui.common.working")} />;
}
