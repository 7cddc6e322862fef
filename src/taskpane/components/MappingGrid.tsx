/**
 * The item × role grid: one header dropdown per cell, the detector's confidence beside it,
 * missing required cells and ambiguous detections highlighted (colour plus text, never colour alone).
 */
import { memo, useId, useMemo, type ReactElement } from "react";
import {
  Badge,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { type Instrument, type ItemRole, type Lang, columnLetter, label } from "../../core";
import { useI18n, type Translate } from "../i18n";
import { REQUIRED_ROLES, itemSlot, type MappingDraft, type SlotKey } from "../mapping-draft";
import { evidenceText } from "../mapping-evidence";
import { useStepStyles } from "./styles";

/**
 * Fluent's Table lays out with `table-layout: fixed` at 100% width, so cell min-widths do
 * nothing: the item column gets a width and the role columns share the rest. With the two
 * required roles that fits a 320–360 px pane; with all five the table is given a minimum
 * width and scrolls inside its region.
 */
const ITEM_COLUMN_REM = 6;
const ROLE_COLUMN_REM = 6.5;

const useGridStyles = makeStyles({
  cell: { verticalAlign: "top" },
  missing: { backgroundColor: tokens.colorPaletteRedBackground1 },
  ambiguous: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  note: {
    display: "block",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  // The native <select> is otherwise as wide as its longest header, wider than its cell.
  select: { width: "100%", minWidth: 0 },
  itemCell: { width: `${ITEM_COLUMN_REM}rem`, overflowWrap: "break-word" },
  // Read by screen readers with the badge; sighted users get the same text as its tooltip.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** "C · Expectation 1": the letter finds the column in the sheet, the header says what it is. */
export function columnOptionText(headers: string[], index: number, colOffset: number): string {
  const header = headers[index] ?? "";
  const short = header.length > 48 ? `${header.slice(0, 47)}…` : header;
  return `${columnLetter(colOffset + index)} · ${short}`;
}

export function useColumnOptions(
  headers: string[],
  colOffset: number,
  noneText: string
): ReactElement[] {
  return useMemo(
    () => [
      <option key="none" value="">
        {noneText}
      </option>,
      ...headers.map((_, index) => (
        <option key={index} value={String(index)}>
          {columnOptionText(headers, index, colOffset)}
        </option>
      )),
    ],
    [colOffset, headers, noneText]
  );
}

export function confidenceColour(confidence: number): "success" | "warning" | "danger" {
  if (confidence >= 0.9) return "success";
  if (confidence >= 0.6) return "warning";
  return "danger";
}

interface SlotSelectProps {
  slot: SlotKey;
  value: number | null;
  confidence: number | undefined;
  /** Why detection chose this column (question blocks), shown on the badge. */
  evidence?: string;
  ambiguous: number[] | undefined;
  required: boolean;
  accessibleName: string;
  options: ReactElement[];
  colOffset: number;
  onChange: (slot: SlotKey, index: number | null) => void;
  t: Translate;
}

export const SlotSelect = memo(function SlotSelect(props: SlotSelectProps) {
  const {
    slot,
    value,
    confidence,
    evidence,
    ambiguous,
    required,
    accessibleName,
    options,
    colOffset,
    onChange,
    t,
  } = props;
  const styles = useGridStyles();
  const noteId = useId();
  const missing = required && value === null && !ambiguous;
  const note = ambiguous
    ? t("mapping.ambiguous", {
        columns: ambiguous.map((i) => columnLetter(colOffset + i)).join(", "),
      })
    : missing
      ? t("mapping.missing")
      : null;
  return (
    <>
      <Select
        className={styles.select}
        select={{ className: styles.select }}
        size="small"
        aria-label={accessibleName}
        aria-describedby={note || confidence !== undefined ? noteId : undefined}
        aria-invalid={missing || Boolean(ambiguous) ? true : undefined}
        value={value === null ? "" : String(value)}
        onChange={(_, data) => onChange(slot, data.value === "" ? null : Number(data.value))}
      >
        {options}
      </Select>
      <span id={noteId} className={styles.note}>
        {note ??
          (confidence !== undefined && value !== null ? (
            <Badge
              size="small"
              appearance="tint"
              color={confidenceColour(confidence)}
              title={evidence}
            >
              {t("mapping.confidence", { percent: Math.round(confidence * 100) })}
              {evidence ? <span className={styles.hidden}>{`: ${evidence}`}</span> : null}
            </Badge>
          ) : null)}
      </span>
    </>
  );
});

interface MappingGridProps {
  instrument: Instrument;
  draft: MappingDraft;
  roles: ItemRole[];
  headers: string[];
  colOffset: number;
  lang: Lang;
  onChange: (slot: SlotKey, index: number | null) => void;
}

export function MappingGrid({
  instrument,
  draft,
  roles,
  headers,
  colOffset,
  lang,
  onChange,
}: MappingGridProps) {
  const { t } = useI18n();
  const styles = useGridStyles();
  const stepStyles = useStepStyles();
  const options = useColumnOptions(headers, colOffset, t("mapping.none"));
  return (
    <div className={stepStyles.scroll} tabIndex={0} role="region" aria-label={t("mapping.grid")}>
      <Table
        size="small"
        aria-label={t("mapping.grid")}
        style={{ minWidth: `${ITEM_COLUMN_REM + roles.length * ROLE_COLUMN_REM}rem` }}
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.itemCell}>{t("mapping.item")}</TableHeaderCell>
            {roles.map((role) => (
              <TableHeaderCell key={role}>{t(`role.${role}`)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {instrument.items.map((item) => (
            <TableRow key={item.id}>
              <TableCell className={styles.itemCell}>
                <strong>{item.id}</strong> {label(item.label, lang)}
              </TableCell>
              {roles.map((role) => {
                const slot = itemSlot(role, item.id);
                const value = draft.slots[slot] ?? null;
                const required = REQUIRED_ROLES.includes(role);
                const ambiguous = draft.ambiguous[slot];
                const highlight = ambiguous
                  ? styles.ambiguous
                  : required && value === null
                    ? styles.missing
                    : undefined;
                return (
                  <TableCell key={role} className={mergeClasses(styles.cell, highlight)}>
                    <SlotSelect
                      slot={slot}
                      value={value}
                      confidence={draft.confidence[slot]}
                      evidence={
                        draft.evidence?.[slot]
                          ? evidenceText(draft.evidence[slot], colOffset, t)
                          : undefined
                      }
                      ambiguous={ambiguous}
                      required={required}
                      accessibleName={t("mapping.cellLabel", {
                        role: t(`role.${role}`),
                        item: item.id,
                      })}
                      options={options}
                      colOffset={colOffset}
                      onChange={onChange}
                      t={t}
                    />
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
