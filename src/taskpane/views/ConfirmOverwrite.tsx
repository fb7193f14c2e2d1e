import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { usePane } from "../context";

/** Asks before a fill replaces `count` non-empty cells. */
export function ConfirmOverwrite({ count, onConfirm, onCancel }: { count: number | null; onConfirm(): void; onCancel(): void }) {
  const { t } = usePane();
  return (
    <Dialog open={count !== null} modalType="alert" onOpenChange={(_e, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("ui.fill.confirmTitle")}</DialogTitle>
          <DialogContent>{t("ui.fill.confirmBody", { n: count ?? 0 })}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t("ui.fill.confirmOk", { n: count ?? 0 })}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {t("ui.common.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
