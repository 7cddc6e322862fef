/**
 * Data step: the five-gap model's optional surveys (docs/gap-model.md), each a sheet, an
 * Excel table or a range, or none. They are read when the analysis runs and on Refresh.
 */
import { Field, Input, Select, Text } from "@fluentui/react-components";
import { useId } from "react";
import type { GapSources, SourceSpec, WorkbookOverview } from "../../excel";
import { useI18n } from "../i18n";
import type { GapSurvey } from "../use-gap-sources";
import { useStepStyles } from "./styles";

type Kind = "none" | "sheet" | "table" | "range";

export interface GapSourcesPickerProps {
  overview: WorkbookOverview | null;
  gapSources: GapSources;
  setGapSource: (survey: GapSurvey, spec: SourceSpec | null) => void;
  disabled?: boolean;
}

function kindOf(spec: SourceSpec | null): Kind {
  if (spec === null) return "none";
  return spec.kind === "table" || spec.kind === "range" ? spec.kind : "sheet";
}

function SurveySource(props: {
  survey: GapSurvey;
  label: string;
  overview: WorkbookOverview | null;
  spec: SourceSpec | null;
  onChange: (spec: SourceSpec | null) => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const styles = useStepStyles();
  const groupId = useId();
  const sheets = props.overview?.sheets ?? [];
  const tables = props.overview?.tables ?? [];
  const { spec, onChange } = props;
  const kind = kindOf(spec);
  const firstSheet = sheets[0] ?? "";

  const changeKind = (next: Kind) => {
    if (next === "none") onChange(null);
    else if (next === "sheet") onChange({ kind: "sheet", sheet: firstSheet });
    else if (next === "table") onChange({ kind: "table", table: tables[0] ?? "" });
    else onChange({ kind: "range", sheet: firstSheet, address: "" });
  };
  const names = (values: string[], value: string) =>
    (values.includes(value) || value === "" ? values : [value, ...values]).map((name) => (
      <option key={name} value={name}>
        {name}
      </option>
    ));

  return (
    <div role="group" aria-labelledby={groupId} data-testid={`gap-source-${props.survey}`}>
      <Text id={groupId} weight="semibold">
        {props.label}
      </Text>
      <Field label={t("gapSources.kind")}>
        <Select
          className={styles.shrinkable}
          value={kind}
          disabled={props.disabled}
          data-testid={`gap-source-${props.survey}-kind`}
          onChange={(_, data) => changeKind(data.value as Kind)}
        >
          <option value="none">{t("gapSources.none")}</option>
          <option value="sheet">{t("gapSources.sheet")}</option>
          <option value="table" disabled={tables.length === 0}>
            {t("gapSources.table")}
          </option>
          <option value="range">{t("gapSources.range")}</option>
        </Select>
      </Field>
      {spec?.kind === "sheet" ? (
        <Field label={t("data.sheet")}>
          <Select
            className={styles.shrinkable}
            value={spec.sheet}
            disabled={props.disabled}
            data-testid={`gap-source-${props.survey}-sheet`}
            onChange={(_, data) => onChange({ kind: "sheet", sheet: data.value })}
          >
            {names(sheets, spec.sheet)}
          </Select>
        </Field>
      ) : null}
      {spec?.kind === "table" ? (
        <Field label={t("data.table")}>
          <Select
            className={styles.shrinkable}
            value={spec.table}
            disabled={props.disabled}
            onChange={(_, data) => onChange({ kind: "table", table: data.value })}
          >
            {names(tables, spec.table)}
          </Select>
        </Field>
      ) : null}
      {spec?.kind === "range" ? (
        <>
          <Field label={t("gapSources.rangeSheet")}>
            <Select
              className={styles.shrinkable}
              value={spec.sheet}
              disabled={props.disabled}
              onChange={(_, data) => onChange({ ...spec, sheet: data.value })}
            >
              {names(sheets, spec.sheet)}
            </Select>
          </Field>
          <Field label={t("gapSources.address")}>
            <Input
              value={spec.address}
              disabled={props.disabled}
              onChange={(_, data) => onChange({ ...spec, address: data.value.trim() })}
            />
          </Field>
        </>
      ) : null}
    </div>
  );
}

export function GapSourcesPicker(props: GapSourcesPickerProps) {
  const { t } = useI18n();
  const styles = useStepStyles();
  return (
    <section aria-labelledby="gap-sources" className={styles.step}>
      <h3 id="gap-sources" className={styles.subheading}>
        {t("gapSources.heading")}
      </h3>
      <Text className={styles.muted}>{t("gapSources.intro")}</Text>
      <SurveySource
        survey="management"
        label={t("gapSources.management")}
        overview={props.overview}
        spec={props.gapSources.management}
        onChange={(spec) => props.setGapSource("management", spec)}
        disabled={props.disabled}
      />
      <SurveySource
        survey="staff"
        label={t("gapSources.staff")}
        overview={props.overview}
        spec={props.gapSources.staff}
        onChange={(spec) => props.setGapSource("staff", spec)}
        disabled={props.disabled}
      />
    </section>
  );
}
