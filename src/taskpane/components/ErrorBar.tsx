/** The one place errors appear: what happened, what to do, where, and a retry when it helps. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { errorDetail } from "../../i18n";
import { useI18n } from "../i18n";
import { ERROR_TEXT, officeErrorLocation, type PaneError } from "../pane-error";

export function ErrorBar({ error, onDismiss }: { error: PaneError; onDismiss: () => void }) {
  const { lang, t } = useI18n();
  const text = ERROR_TEXT[error.code];
  const where = error.cell ?? error.field;
  const officeLocation = officeErrorLocation(error);
  // The engine's detail in the pane's language where it gave a key for it (src/i18n/error-detail.ts).
  const detail =
    error.detail === undefined
      ? undefined
      : errorDetail({ code: error.code, message: error.detail, params: error.params }, lang);
  // Cell-edit mode is a pause, not a failure: a warning, and "Try again" is the whole fix.
  const intent = error.code === "excelCellEditMode" ? "warning" : "error";
  return (
    <MessageBar intent={intent} layout="multiline" role="alert" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{t(text.what, error.params)}</MessageBarTitle> {t(text.todo, error.params)}
        {where ? <div>{t("error.at", { where })}</div> : null}
        {detail ? <div>{t("error.details", { detail })}</div> : null}
        {officeLocation ? (
          <div>{t("error.officeLocation", { location: officeLocation })}</div>
        ) : null}
      </MessageBarBody>
      <MessageBarActions>
        {error.fix ? (
          <Button
            appearance="primary"
            onClick={() => {
              onDismiss();
              error.fix?.run();
            }}
          >
            {t(error.fix.label, error.params)}
          </Button>
        ) : null}
        {error.retry ? (
          <Button
            onClick={() => {
              onDismiss();
              error.retry?.();
            }}
          >
            {t("error.retry")}
          </Button>
        ) : null}
        <Button onClick={onDismiss}>{t("error.dismiss")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
