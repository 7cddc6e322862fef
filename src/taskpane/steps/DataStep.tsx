/** Step 1: where the survey is, what was read (header row, respondents, preview), or a sample. */
import {
  Button,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { useMemo } from "react";
import {
  label,
  platformName,
  recognisePlatform,
  type Instrument,
  type PresetId,
  type RawCell,
} from "../../core";
import type { GapSources, LoadedSource, SavedState, SourceSpec } from "../../excel";
import { useI18n } from "../i18n";
import { SAMPLE_RESPONDENTS } from "../../app";
import { useStepStyles } from "../components/styles";
import { GapSourcesPicker, type GapSourcesPickerProps } from "../components/GapSourcesPicker";
import { TemplateInsert } from "../components/TemplateInsert";
import type { SourceSlice } from "../wizard/use-source";
import type { StepHeadingProps } from "./step-heading";
import { StepHeading } from "./step-heading";

const PREVIEW_ROWS = 5;
const PREVIEW_COLUMNS = 8;
/**
 * Fluent's Table is `table-layout: fixed` at 100% width: eight columns in a 360 px pane
 * would be 40 px each and long headers ran into one another. Each column gets at least this
 * much (the preview then scrolls inside its region) and longer text ends in an ellipsis,
 * with the full header as a tooltip.
 */
const PREVIEW_COLUMN_REM = 5.5;

const usePreviewStyles = makeStyles({
  truncate: {
    display: "block",
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
});

function cellText(value: RawCell): string {
  if (value === null || value === undefined) return "";
  return String(value);
}

function SourcePicker({ source }: { source: SourceSlice }) {
  const { t } = useI18n();
  const { overview, spec: sourceSpec, setSpec: setSourceSpec } = source;
  const sheets = overview?.sheets ?? [];
  const tables = overview?.tables ?? [];
  const firstSheet = overview?.activeSheet ?? sheets[0] ?? "";

  const changeKind = (kind: SourceSpec["kind"]) => {
    if (kind === "selection") setSourceSpec({ kind });
    else if (kind === "sheet") setSourceSpec({ kind, sheet: firstSheet });
    else if (kind === "table") setSourceSpec({ kind, table: tables[0] ?? "" });
    else if (kind === "twoSheets")
      setSourceSpec({
        kind,
        expectationSheet: sheets[0] ?? "",
        perceptionSheet: sheets[1] ?? sheets[0] ?? "",
      });
  };

  return (
    <>
      <Field label={t("data.source")}>
        <RadioGroup
          value={sourceSpec.kind}
          onChange={(_, data) => changeKind(data.value as SourceSpec["kind"])}
        >
          <Radio
            value="selection"
            label={t("data.source.selection", {
              detail: overview?.selectionAddress
                ? t("data.selectionIs", { address: overview.selectionAddress })
                : overview?.selectionAreas
                  ? t("data.selectionAreas", { address: overview.selectionAreas })
                  : t("data.selectionNone"),
            })}
          />
          <Radio value="sheet" label={t("data.source.sheet")} />
          <Radio value="table" label={t("data.source.table")} disabled={tables.length === 0} />
          <Radio
            value="twoSheets"
            label={t("data.source.twoSheets")}
            disabled={sheets.length < 2}
          />
        </RadioGroup>
      </Field>
      {sourceSpec.kind === "sheet" ? (
        <NameSelect
          label={t("data.sheet")}
          names={sheets}
          value={sourceSpec.sheet}
          onChange={(value) => setSourceSpec({ kind: "sheet", sheet: value })}
        />
      ) : null}
      {sourceSpec.kind === "table" ? (
        tables.length === 0 ? (
          <Text>{t("data.noTables")}</Text>
        ) : (
          <NameSelect
            label={t("data.table")}
            names={tables}
            value={sourceSpec.table}
            onChange={(value) => setSourceSpec({ kind: "table", table: value })}
          />
        )
      ) : null}
      {sourceSpec.kind === "twoSheets" ? (
        <>
          <NameSelect
            label={t("data.expectationSheet")}
            names={sheets}
            value={sourceSpec.expectationSheet}
            onChange={(value) => setSourceSpec({ ...sourceSpec, expectationSheet: value })}
          />
          <NameSelect
            label={t("data.perceptionSheet")}
            names={sheets}
            value={sourceSpec.perceptionSheet}
            onChange={(value) => setSourceSpec({ ...sourceSpec, perceptionSheet: value })}
          />
          <Field label={t("data.idColumn")}>
            <Input
              value={sourceSpec.idColumn ?? ""}
              onChange={(_, data) =>
                setSourceSpec({
                  ...sourceSpec,
                  idColumn: data.value.trim() ? data.value : undefined,
                })
              }
            />
          </Field>
        </>
      ) : null}
    </>
  );
}

/** A labelled dropdown of sheet or table names that shrinks to the pane's width. */
function NameSelect(props: {
  label: string;
  names: string[];
  value: string;
  onChange: (value: string) => void;
}) {
  const styles = useStepStyles();
  return (
    <Field label={props.label}>
      <Select
        className={styles.shrinkable}
        select={{ className: styles.shrinkable }}
        value={props.value}
        onChange={(_, data) => props.onChange(data.value)}
      >
        {props.names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function SourceSummary({ source }: { source: LoadedSource | null }) {
  const { t, lang } = useI18n();
  const styles = useStepStyles();
  const preview = usePreviewStyles();
  const table = source?.table;
  // Which survey platform wrote the export (core/platform); its own columns are not mapped.
  const platform = useMemo(
    () => (table ? recognisePlatform(table.headers, table.headerRows).platform : null),
    [table]
  );
  if (!source || !table) return null;
  const headerCount = table.headerRows?.length ?? 1;
  const columns = Math.min(PREVIEW_COLUMNS, table.headers.length);
  const rows = table.rows.slice(0, PREVIEW_ROWS);
  return (
    <section aria-labelledby="data-loaded">
      <h3 id="data-loaded" className={styles.subheading}>
        {t("data.loaded", { address: source.address })}
      </h3>
      <ul className={styles.list}>
        {platform !== null && (
          <li data-testid="platform">
            {t("data.platform", { platform: label(platformName(platform), lang) })}
          </li>
        )}
        <li>
          {headerCount > 1
            ? t("data.headerRows", {
                first: table.rowOffset + 2 - headerCount,
                last: table.rowOffset + 1,
              })
            : t("data.headerRow", { row: table.rowOffset + 1 })}
        </li>
        <li data-testid="respondent-count">
          {t("data.respondents", { count: table.rows.length })}
        </li>
        <li>{t("data.columns", { count: table.headers.length })}</li>
        {source.hiddenRows > 0 ? (
          <li data-testid="hidden-rows">{t("data.hiddenRows", { count: source.hiddenRows })}</li>
        ) : null}
        {source.longLayout ? (
          <li data-testid="long-layout">
            {t("data.longLayout", {
              rows: source.longLayout.rows,
              respondents: source.longLayout.respondents,
              items: source.longLayout.items,
            })}
          </li>
        ) : null}
      </ul>
      <div
        className={styles.scroll}
        tabIndex={0}
        role="region"
        aria-label={t("data.preview", { rows: rows.length })}
      >
        <Table
          size="extra-small"
          aria-label={t("data.preview", { rows: rows.length })}
          style={{ minWidth: `${columns * PREVIEW_COLUMN_REM}rem` }}
        >
          <TableHeader>
            <TableRow>
              {table.headers.slice(0, columns).map((header, c) => (
                <TableHeaderCell key={c}>
                  <span className={preview.truncate} title={header}>
                    {header}
                  </span>
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row, r) => (
              <TableRow key={r}>
                {row.slice(0, columns).map((value, c) => (
                  <TableCell key={c}>
                    <span className={preview.truncate} title={cellText(value) || undefined}>
                      {cellText(value)}
                    </span>
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

export interface DataStepProps extends StepHeadingProps {
  source: SourceSlice;
  /** The questionnaire chosen now: the template's default preset. */
  instrumentSpec: PresetId | Instrument;
  saved: SavedState | null;
  running: boolean;
  onRefresh: () => Promise<void>;
  /** The optional management and staff surveys of the gap model. */
  gapSources: GapSources;
  setGapSource: GapSourcesPickerProps["setGapSource"];
}

export function DataStep({
  source,
  instrumentSpec,
  saved,
  running,
  onRefresh,
  gapSources,
  setGapSource,
  headingRef,
}: DataStepProps) {
  const { t } = useI18n();
  const styles = useStepStyles();
  const { busy } = source;
  return (
    <div className={styles.step}>
      <StepHeading headingRef={headingRef}>{t("data.heading")}</StepHeading>
      {saved ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("data.savedHeading")}</MessageBarTitle>{" "}
            {t("data.savedBody", {
              when: saved.lastRun ? new Date(saved.lastRun).toLocaleString() : t("data.savedNever"),
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void onRefresh()} disabled={running}>
              {t("results.refresh")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <Text>{t("data.intro")}</Text>
      <SourcePicker source={source} />
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void source.load()} disabled={busy !== null}>
          {t("data.load")}
        </Button>
        <Button
          appearance="subtle"
          onClick={() => void source.refreshOverview()}
          disabled={busy !== null}
        >
          {t("data.reloadOverview")}
        </Button>
        {busy === "load" || busy === "sample" ? (
          <Spinner size="tiny" label={t("data.loading")} />
        ) : null}
      </div>
      <SourceSummary source={source.loaded} />
      <Divider />
      <GapSourcesPicker
        overview={source.overview}
        gapSources={gapSources}
        setGapSource={setGapSource}
        disabled={busy !== null}
      />
      <Divider />
      <Text className={styles.muted}>{t("data.sampleHint", { count: SAMPLE_RESPONDENTS })}</Text>
      <div className={styles.row}>
        <Button onClick={() => void source.insertSample()} disabled={busy !== null}>
          {t("data.sample")}
        </Button>
      </div>
      <Divider />
      <TemplateInsert
        instrumentSpec={instrumentSpec}
        busy={busy}
        inserted={source.templateSheets}
        onInsert={source.insertTemplate}
      />
    </div>
  );
}
