import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "../icons";
import type { Text } from "../../core/i18n";
import { usePane } from "../context";

/** A port failure, in the user's language. */
export function ErrorBar({ error, onDismiss }: { error: Text | null; onDismiss?: () => void }) {
  const { t, text } = usePane();
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("ui.error.title")}</MessageBarTitle>
        {text(error)}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" icon={<DismissRegular />} aria-label={t("ui.common.dismiss")} onClick={onDismiss} />
          }
        />
      )}
    </MessageBar>
  );
}
