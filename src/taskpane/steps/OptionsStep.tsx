/**
 * Step 3: tolerance δ, Q-matrix axes and cross-hairs, which p the significance stars use,
 * which sheets, prefix, report language.
 */
import { useEffect, useId, useState } from "react";
import { Checkbox, Field, Input, Label, Radio, RadioGroup, Text } from "@fluentui/react-components";
import type { Instrument, Lang, Options, Threshold } from "../../core";
import { SHEET_ORDER, type SheetKey } from "../../report";
import { useI18n } from "../i18n";
import { hasRole } from "../mapping-draft";
import { useStepStyles } from "../components/styles";
import type { MappingDraft } from "../mapping-draft";
import type { OptionsSlice } from "../wizard/use-options";
import { StepHeading, type StepHeadingProps } from "./step-heading";

export const ALL_SHEETS: readonly SheetKey[] = SHEET_ORDER;

/** A number field that keeps what the user typed until it parses, then reports the number. */
function NumberField(props: {
  label: string;
  value: number;
  min?: number;
  step?: number;
  onValue: (value: number) => void;
}) {
  const { label, value, min, step, onValue } = props;
  const [text, setText] = useState(String(value));
  useEffect(() => {
    if (Number(text) !== value) setText(String(value));
    // Only an outside change of the value should overwrite the text being typed.
  }, [value]);
  const invalid =
    text.trim() === "" ||
    !Number.isFinite(Number(text)) ||
    (min !== undefined && Number(text) < min);
  return (
    <Field label={label} validationState={invalid ? "error" : "none"}>
      <Input
        type="number"
        min={min}
        step={step}
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          const parsed = Number(data.value);
          if (
            data.value.trim() !== "" &&
            Number.isFinite(parsed) &&
            (min === undefined || parsed >= min)
          )
            onValue(parsed);
        }}
      />
    </Field>
  );
}

type ThresholdKind = "mean" | "midpoint" | "custom";

export interface OptionsStepProps extends StepHeadingProps {
  options: OptionsSlice;
  instrument: Instrument | null;
  draft: MappingDraft;
}

export function OptionsStep({ options: slice, instrument, draft, headingRef }: OptionsStepProps) {
  const { t } = useI18n();
  const styles = useStepStyles();
  const sheetsLabelId = useId();
  const sheetsErrorId = useId();
  const { options, setOptions, settings, setSettings } = slice;
  const threshold = options.qMatrix.threshold;
  const thresholdKind: ThresholdKind = typeof threshold === "string" ? threshold : "custom";
  const importanceMapped = instrument !== null && hasRole(draft, instrument, "importance");
  const midpoint = instrument ? (instrument.scale.min + instrument.scale.max) / 2 : 4;
  const custom = typeof threshold === "object" ? threshold : { x: midpoint, y: midpoint };

  const setThreshold = (next: Threshold) =>
    setOptions({ ...options, qMatrix: { ...options.qMatrix, threshold: next } });
  const setStars = (value: string) => {
    // Holm is the default: leave the field out so saved configs stay as before.
    const next: Options = { ...options };
    if (value === "unadjusted") next.stars = "unadjusted";
    else delete next.stars;
    setOptions(next);
  };
  const toggleSheet = (key: SheetKey, on: boolean) => {
    const chosen = new Set(settings.sheets);
    if (on) chosen.add(key);
    else chosen.delete(key);
    setSettings({ ...settings, sheets: ALL_SHEETS.filter((k) => chosen.has(k)) });
  };

  return (
    <div className={styles.step}>
      <StepHeading headingRef={headingRef}>{t("options.heading")}</StepHeading>
      <NumberField
        label={t("options.tolerance")}
        value={options.tolerance}
        min={0}
        step={0.1}
        onValue={(tolerance) => setOptions({ ...options, tolerance })}
      />
      <Field label={t("options.distributed")}>
        <Input
          type="number"
          min={1}
          step={1}
          value={options.distributed === undefined ? "" : String(options.distributed)}
          onChange={(_, data) => {
            const next: Options = { ...options };
            const value = Number(data.value);
            if (data.value.trim() !== "" && Number.isInteger(value) && value >= 1) {
              next.distributed = value;
            } else delete next.distributed;
            setOptions(next);
          }}
        />
      </Field>
      <Field
        label={t("options.qAxisY")}
        hint={importanceMapped ? undefined : t("options.qAxisYImportanceUnavailable")}
      >
        <RadioGroup
          value={options.qMatrix.y}
          onChange={(_, data) =>
            setOptions({
              ...options,
              qMatrix: {
                ...options.qMatrix,
                y: data.value === "importance" ? "importance" : "expectation",
              },
            })
          }
        >
          <Radio value="expectation" label={t("options.qAxisY.expectation")} />
          <Radio
            value="importance"
            label={t("options.qAxisY.importance")}
            disabled={!importanceMapped}
          />
        </RadioGroup>
      </Field>
      <Field label={t("options.threshold")}>
        <RadioGroup
          value={thresholdKind}
          onChange={(_, data) => {
            const kind = data.value as ThresholdKind;
            setThreshold(kind === "custom" ? custom : kind);
          }}
        >
          <Radio value="mean" label={t("options.threshold.mean")} />
          <Radio value="midpoint" label={t("options.threshold.midpoint")} />
          <Radio value="custom" label={t("options.threshold.custom")} />
        </RadioGroup>
      </Field>
      {thresholdKind === "custom" ? (
        <div className={styles.row}>
          <NumberField
            label={t("options.thresholdX")}
            value={custom.x}
            step={0.1}
            onValue={(x) => setThreshold({ ...custom, x })}
          />
          <NumberField
            label={t("options.thresholdY")}
            value={custom.y}
            step={0.1}
            onValue={(y) => setThreshold({ ...custom, y })}
          />
        </div>
      ) : null}
      <Field label={t("options.stars")} hint={t("options.starsHint")}>
        <RadioGroup value={options.stars ?? "holm"} onChange={(_, data) => setStars(data.value)}>
          <Radio value="holm" label={t("options.stars.holm")} />
          <Radio value="unadjusted" label={t("options.stars.unadjusted")} />
        </RadioGroup>
      </Field>
      {/* A labelled group rather than a Field: a Field's label would become part of every checkbox's name. */}
      <div
        role="group"
        aria-labelledby={sheetsLabelId}
        aria-describedby={settings.sheets.length === 0 ? sheetsErrorId : undefined}
      >
        <Label id={sheetsLabelId}>{t("options.sheets")}</Label>
        {ALL_SHEETS.map((key) => (
          <Checkbox
            key={key}
            label={t(`sheet.${key}`)}
            checked={settings.sheets.includes(key)}
            onChange={(_, data) => toggleSheet(key, data.checked === true)}
          />
        ))}
        {settings.sheets.length === 0 ? (
          <Text id={sheetsErrorId} block className={styles.error}>
            {t("options.noSheets")}
          </Text>
        ) : null}
      </div>
      <Field label={t("options.prefix")}>
        <Input
          value={settings.prefix}
          onChange={(_, data) => setSettings({ ...settings, prefix: data.value })}
        />
      </Field>
      <Field label={t("options.outputLanguage")}>
        <RadioGroup
          value={settings.lang}
          onChange={(_, data) => setSettings({ ...settings, lang: data.value as Lang })}
        >
          <Radio value="en" label="English" />
          <Radio value="zh" label="中文" />
        </RadioGroup>
      </Field>
    </div>
  );
}
