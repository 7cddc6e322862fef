/** Step 2: the questionnaire, detection (with an optional pattern rule) and the item × role grid. */
import { useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Switch,
  Text,
} from "@fluentui/react-components";
import { type Instrument, type PresetId, PRESET_IDS, PRESETS, columnLetter } from "../../core";
import { useI18n } from "../i18n";
import { ITEM_ROLES, REQUIRED_ROLES, hasRole, itemSlot } from "../mapping-draft";
import { AnswerLabelsTable } from "../components/AnswerLabelsTable";
import { ExtraColumns } from "../components/ExtraColumns";
import { InstrumentEditor } from "../components/InstrumentEditor";
import { MappingGrid } from "../components/MappingGrid";
import { PatternRuleEditor } from "../components/PatternRuleEditor";
import { useStepStyles } from "../components/styles";
import type { LoadedSource } from "../../excel";
import type { MappingSlice } from "../wizard/use-mapping";
import type { ReportError } from "../wizard/unwrap";
import type { AnswerLabelsState } from "../use-answer-labels";
import { StepHeading, type StepHeadingProps } from "./step-heading";

type InstrumentChoice = PresetId | "custom";

export interface MappingStepProps extends StepHeadingProps {
  mapping: MappingSlice;
  /** The loaded table (null before Load). */
  source: LoadedSource | null;
  answerLabels: AnswerLabelsState;
  onError: ReportError;
}

export function MappingStep({
  mapping,
  source,
  answerLabels,
  onError,
  headingRef,
}: MappingStepProps) {
  const { t, lang } = useI18n();
  const styles = useStepStyles();
  const { instrument, instrumentSpec, draft, missing } = mapping;
  const [optionalRoles, setOptionalRoles] = useState(
    () =>
      instrument !== null &&
      ITEM_ROLES.some((role) => !REQUIRED_ROLES.includes(role) && hasRole(draft, instrument, role))
  );
  const choice: InstrumentChoice = typeof instrumentSpec === "string" ? instrumentSpec : "custom";

  const choose = (value: InstrumentChoice) => {
    if (value !== "custom") mapping.changeInstrument(value);
    else if (instrument)
      mapping.changeInstrument({ ...structuredCloneInstrument(instrument), id: "custom" });
  };

  if (!source) {
    return (
      <div className={styles.step}>
        <StepHeading headingRef={headingRef}>{t("mapping.heading")}</StepHeading>
        <Text>{t("mapping.noData")}</Text>
      </div>
    );
  }

  const { headers, colOffset } = source.table;
  const required = instrument ? instrument.items.length * REQUIRED_ROLES.length : 0;
  const found = instrument
    ? instrument.items.reduce(
        (n, item) =>
          n + REQUIRED_ROLES.filter((r) => draft.slots[itemSlot(r, item.id)] != null).length,
        0
      )
    : 0;
  const roles = optionalRoles ? ITEM_ROLES : REQUIRED_ROLES;
  // An invalid custom questionnaire is still what the user is editing: show it, not a preset.
  const editable =
    typeof instrumentSpec === "string" ? (instrument ?? PRESETS[instrumentSpec]) : instrumentSpec;

  return (
    <div className={styles.step}>
      <StepHeading headingRef={headingRef}>{t("mapping.heading")}</StepHeading>
      <Field label={t("mapping.instrument")}>
        <Select
          className={styles.shrinkable}
          select={{ className: styles.shrinkable }}
          value={choice}
          onChange={(_, data) => choose(data.value as InstrumentChoice)}
        >
          {PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`mapping.preset.${id}`)}
            </option>
          ))}
          <option value="custom">{t("mapping.preset.custom")}</option>
        </Select>
      </Field>
      {mapping.instrumentError ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t("instrument.invalid", { detail: mapping.instrumentError.message })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => mapping.detect()} disabled={!instrument}>
          {t("mapping.detect")}
        </Button>
        <Text aria-live="polite">{t("mapping.detected", { found, total: required })}</Text>
      </div>
      <MessageBar intent={missing.length === 0 ? "success" : "warning"}>
        <MessageBarBody>
          {missing.length === 0
            ? t("mapping.complete")
            : t("mapping.incomplete", { count: missing.length })}
        </MessageBarBody>
      </MessageBar>
      {(draft.undecided ?? []).map((undecided) => (
        <MessageBar key={undecided.indices[0]} intent="warning" data-testid="mapping-undecided">
          <MessageBarBody>
            {t(`mapping.undecided.${undecided.reason}`, {
              columns: undecided.indices
                .map((i) => columnLetter((source?.table.colOffset ?? 0) + i))
                .join(", "),
            })}
          </MessageBarBody>
        </MessageBar>
      ))}
      <AnswerLabelsTable labels={answerLabels} />
      <Accordion collapsible multiple>
        <AccordionItem value="pattern">
          <AccordionHeader>{t("mapping.patternHeading")}</AccordionHeader>
          <AccordionPanel>
            <PatternRuleEditor
              rule={mapping.rule}
              onApply={mapping.applyRule}
              onInvalid={(problem) => onError({ code: problem.code, detail: problem.message })}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="instrument">
          <AccordionHeader>{t("mapping.editInstrument")}</AccordionHeader>
          <AccordionPanel>
            <InstrumentEditor
              instrument={editable}
              onChange={(next: Instrument) => mapping.changeInstrument(next)}
            />
          </AccordionPanel>
        </AccordionItem>
        {instrument ? (
          <AccordionItem value="extra">
            <AccordionHeader>{t("mapping.otherColumns")}</AccordionHeader>
            <AccordionPanel>
              <ExtraColumns
                instrument={instrument}
                draft={draft}
                headers={headers}
                colOffset={colOffset}
                onChange={mapping.setSlot}
              />
            </AccordionPanel>
          </AccordionItem>
        ) : null}
      </Accordion>
      <Switch
        checked={optionalRoles}
        onChange={(_, data) => setOptionalRoles(data.checked)}
        label={t("mapping.showOptionalRoles")}
      />
      {instrument ? (
        <MappingGrid
          instrument={instrument}
          draft={draft}
          roles={roles}
          headers={headers}
          colOffset={colOffset}
          lang={lang}
          onChange={mapping.setSlot}
        />
      ) : null}
    </div>
  );
}

function structuredCloneInstrument(instrument: Instrument): Instrument {
  return {
    ...instrument,
    scale: { ...instrument.scale },
    dimensions: instrument.dimensions.map((d) => ({ ...d, label: { ...d.label } })),
    items: instrument.items.map((item) => ({ ...item, label: { ...item.label } })),
  };
}
