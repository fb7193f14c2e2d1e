import type { ReactElement } from "react";
import { Button } from "@fluentui/react-components";

/**
 * An icon-only button: its label is the accessible name and the hover hint
 * (a native title rather than Fluent's Tooltip, which brings a positioning engine
 * into the bundle).
 */
export function IconButton({ label, icon, disabled, onClick }: { label: string; icon: ReactElement; disabled?: boolean; onClick(): void }) {
  return <Button aria-label={label} title={label} appearance="subtle" icon={icon} disabled={disabled} onClick={onClick} />;
}
