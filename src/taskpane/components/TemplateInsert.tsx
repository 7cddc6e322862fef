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
import { PRESET_IDS, type Instrument, type PresetId } from "../../core";
import { useI18n } from "../i18n";
import type { SourceBusy } from "../wizard/use-source";
import { useStepStyles } from "./styles";

export interface TemplateInsertProps {
  /** The questionnaire chosen now: the default preset. */
  instrumentSpec: PresetId | Instrument;
  busy: SourceBusy;
  /** Sheet names of the template inserted last (printable form, data entry). */
  inserted: string[] | null;
  onInsert: (preset: PresetId) => Promise<void>;
}

export function TemplateInsert({ instrumentSpec, busy, inserted, onInsert }: TemplateInsertProps) {
  const { t } = useI18n();
  const styles = useStepStyles();
  const [preset, setPreset] = useState<PresetId>(
    typeof instrumentSpec === "string" ? instrumentSpec : "servqual22"
  );
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
        <Button onClick={() => void onInsert(preset)} disabled={busy !== null}>
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
