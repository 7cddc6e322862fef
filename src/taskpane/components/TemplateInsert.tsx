/**
 * "Insert questionnaire template": for teams that collect paper forms. Inserts a printable
 * questionnaire (part 1 expectations, part 2 perceptions) and a data-entry table for the
 * chosen questionnaire, in the pane's language (docs/action-plan.md#questionnaire-template).
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { PRESET_IDS, type PresetId } from "../../core";
import { useI18n } from "../i18n";
import type { Wizard } from "../use-wizard";
import { useStepStyles } from "./styles";

export function TemplateInsert({ wizard }: { wizard: Wizard }) {
  const { t } = useI18n();
  const styles = useStepStyles();
  const [preset, setPreset] = useState<PresetId>(
    typeof wizard.instrumentSpec === "string" ? wizard.instrumentSpec : "servqual22"
  );
  const busy = wizard.busy;
  const inserted = wizard.templateSheets;
  return (
    <>
      <Text className={styles.muted}>{t("data.templateHint")}</Text>
      <Field label={t("data.templatePreset")}>
        <Select
          className={styles.shrinkable}
          select={{ className: styles.shrinkable }}
          value={preset}
          onChange={(_, data) => setPreset(data.value as PresetId)}
        >
          {PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`mapping.preset.${id}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button onClick={() => void wizard.insertTemplate(preset)} disabled={busy !== null}>
          {t("data.template")}
        </Button>
        {busy === "template" ? <Spinner size="tiny" label={t("data.loading")} /> : null}
      </div>
      {inserted && inserted.length >= 2 ? (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("data.templateInserted", { form: inserted[0], entry: inserted[1] })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
