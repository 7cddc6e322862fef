/** Step 4: what will happen, the Run button, a determinate progress bar and Cancel. */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
} from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { useStepStyles } from "../components/styles";
import type { Instrument } from "../../core";
import type { LoadedSource, ReportSettings, SavedState } from "../../excel";
import type { Wizard } from "../use-wizard";
import type { RunStage } from "../wizard/use-run";
import { StepHeading, type StepHeadingProps } from "./step-heading";

const STAGE_TEXT = {
  read: "run.stage.read",
  analyse: "run.stage.analyse",
  write: "run.stage.write",
  save: "run.stage.save",
  done: "run.stage.done",
} as const satisfies Record<RunStage, string>;

export interface RunStepProps extends StepHeadingProps {
  run: Wizard["run"];
  instrument: Instrument | null;
  source: LoadedSource | null;
  settings: ReportSettings;
  missing: string[];
  saved: SavedState | null;
  /** The answer texts need codes from the Mapping step's labels table first. */
  answersBlocked: boolean;
}

/** Stages after which Cancel no longer applies: the report is being drawn or saved. */
const COMMITTED = new Set<RunStage>(["write", "save", "done"]);

export function RunStep({
  run: slice,
  instrument,
  source,
  settings,
  missing,
  saved,
  answersBlocked,
  headingRef,
}: RunStepProps) {
  const { t } = useI18n();
  const styles = useStepStyles();
  const run = slice.state;
  const running = run.status === "running";
  const ready =
    (instrument !== null && source !== null && missing.length === 0 && !answersBlocked) ||
    (source === null && saved !== null);
  return (
    <div className={styles.step}>
      <StepHeading headingRef={headingRef}>{t("run.heading")}</StepHeading>
      {instrument && source ? (
        <Text>
          {t("run.summary", {
            items: instrument.items.length,
            dimensions: instrument.dimensions.length,
            respondents: source.table.rows.length,
            source: source.address,
          })}
        </Text>
      ) : null}
      <Text>
        {t("run.sheets", { sheets: settings.sheets.map((key) => t(`sheet.${key}`)).join(", ") })}
      </Text>
      <Field label={t("run.cycle")} hint={t("run.cycleHint")}>
        <RadioGroup
          value={slice.cycle.mode}
          onChange={(_, data) =>
            slice.setCycle({ ...slice.cycle, mode: data.value === "update" ? "update" : "new" })
          }
        >
          <Radio value="new" label={t("run.cycleNew")} />
          <Radio value="update" label={t("run.cycleUpdate")} />
        </RadioGroup>
      </Field>
      <Field label={t("run.cycleLabel")}>
        <Input
          value={slice.cycle.label}
          onChange={(_, data) => slice.setCycle({ ...slice.cycle, label: data.value })}
        />
      </Field>
      <Text className={styles.muted}>{t("run.safe")}</Text>
      {!ready && !running ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("run.notReady")}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={running || !ready}
          onClick={() =>
            source === null && saved !== null ? void slice.refresh() : void slice.runAnalysis()
          }
        >
          {t("run.start")}
        </Button>
        {/* Once drawing has begun the run finishes (docs/architecture.md, "The use-case layer"). */}
        <Button disabled={!running || COMMITTED.has(run.stage)} onClick={slice.cancel}>
          {t("run.cancel")}
        </Button>
      </div>
      {run.status !== "idle" ? (
        <Field
          label={t("run.progress")}
          validationMessage={t(STAGE_TEXT[run.stage])}
          validationState="none"
        >
          <ProgressBar
            value={run.fraction}
            max={1}
            thickness="large"
            aria-label={t("run.progress")}
          />
        </Field>
      ) : null}
      {run.status === "cancelled" ? (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{t("run.cancelled")}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text className={styles.muted} size={200}>
        {t("hint.cellEdit")}
      </Text>
    </div>
  );
}
