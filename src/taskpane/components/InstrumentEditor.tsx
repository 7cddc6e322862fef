/**
 * Editing a questionnaire: scale, dimensions, and items (dimension, label, reverse flag).
 * Any edit turns the instrument into a custom one; the engine validates it (resolveInstrument).
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import {
  type Dimension,
  type Instrument,
  type Item,
  type Lang,
  type LocalisedText,
  label,
} from "../../core";
import { useI18n } from "../i18n";
import { useStepStyles } from "./styles";

const MAX_ITEMS = 200;

function withLabel(text: LocalisedText, lang: Lang, value: string): LocalisedText {
  return lang === "zh" ? { ...text, zh: value } : { ...text, en: value };
}

function unusedId(prefix: string, taken: string[]): string {
  for (let n = taken.length + 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!taken.includes(id)) return id;
  }
}

export function resizeItems(
  instrument: Instrument,
  count: number,
  newLabel: (index: number) => string
): Instrument {
  const target = Math.max(1, Math.min(MAX_ITEMS, Math.floor(count)));
  const items = instrument.items.slice(0, target);
  const dimension = instrument.dimensions[instrument.dimensions.length - 1]?.id ?? "";
  const ids = items.map((item) => item.id);
  while (items.length < target) {
    // Numeric ids continue the numbering, so detection of "E23"/"P23" finds them.
    const id = ids.includes(String(items.length + 1))
      ? unusedId("item", ids)
      : String(items.length + 1);
    ids.push(id);
    items.push({ id, dimension, label: { en: newLabel(items.length + 1) }, reverse: false });
  }
  // Shrinking can empty whole dimensions; the engine rejects empty dimensions, so drop them.
  const used = new Set(items.map((item) => item.dimension));
  const dimensions = instrument.dimensions.filter((d) => used.has(d.id));
  return {
    ...instrument,
    id: "custom",
    dimensions: dimensions.length > 0 ? dimensions : instrument.dimensions.slice(0, 1),
    items,
  };
}

/** Applied on blur or Enter, so typing "24" never passes through a 2-item questionnaire. */
function ItemCountField({ count, onApply }: { count: number; onApply: (count: number) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(String(count));
  useEffect(() => setText(String(count)), [count]);
  const apply = () => {
    const value = Number(text);
    if (Number.isInteger(value) && value >= 1 && value !== count) onApply(value);
    else setText(String(count));
  };
  return (
    <Field label={t("instrument.itemCount")}>
      <Input
        type="number"
        min={1}
        max={MAX_ITEMS}
        value={text}
        onChange={(_, data) => setText(data.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === "Enter") apply();
        }}
      />
    </Field>
  );
}

export function InstrumentEditor({
  instrument,
  onChange,
}: {
  instrument: Instrument;
  onChange: (next: Instrument) => void;
}) {
  const { t, lang } = useI18n();
  const styles = useStepStyles();
  const update = (patch: Partial<Instrument>) =>
    onChange({ ...instrument, ...patch, id: "custom" });
  const updateItem = (index: number, patch: Partial<Item>) =>
    update({
      items: instrument.items.map((item, i) => (i === index ? { ...item, ...patch } : item)),
    });
  const updateDimension = (index: number, patch: Partial<Dimension>) =>
    update({
      dimensions: instrument.dimensions.map((d, i) => (i === index ? { ...d, ...patch } : d)),
    });
  const addDimension = () => {
    const id = unusedId(
      "d",
      instrument.dimensions.map((d) => d.id)
    );
    update({
      dimensions: [
        ...instrument.dimensions,
        {
          id,
          label: { en: t("instrument.newDimension", { index: instrument.dimensions.length + 1 }) },
        },
      ],
    });
  };
  const removeDimension = (index: number) => {
    const removed = instrument.dimensions[index];
    const dimensions = instrument.dimensions.filter((_, i) => i !== index);
    const fallback = dimensions[0]?.id ?? "";
    update({
      dimensions,
      items: instrument.items.map((item) =>
        item.dimension === removed.id ? { ...item, dimension: fallback } : item
      ),
    });
  };
  const number = (text: string, fallback: number) =>
    text.trim() === "" || !Number.isFinite(Number(text)) ? fallback : Number(text);

  return (
    <div className={styles.step}>
      <h3 className={styles.subheading}>{t("instrument.scale")}</h3>
      <div className={styles.row}>
        <Field label={t("instrument.scaleMin")}>
          <Input
            type="number"
            value={String(instrument.scale.min)}
            onChange={(_, data) =>
              update({
                scale: { ...instrument.scale, min: number(data.value, instrument.scale.min) },
              })
            }
          />
        </Field>
        <Field label={t("instrument.scaleMax")}>
          <Input
            type="number"
            value={String(instrument.scale.max)}
            onChange={(_, data) =>
              update({
                scale: { ...instrument.scale, max: number(data.value, instrument.scale.max) },
              })
            }
          />
        </Field>
      </div>

      <h3 className={styles.subheading}>{t("instrument.dimensions")}</h3>
      {instrument.dimensions.map((dimension, index) => (
        <div className={styles.row} key={dimension.id}>
          <Input
            aria-label={t("instrument.dimensionLabel", { index: index + 1 })}
            value={label(dimension.label, lang)}
            onChange={(_, data) =>
              updateDimension(index, { label: withLabel(dimension.label, lang, data.value) })
            }
          />
          <Button
            appearance="subtle"
            disabled={instrument.dimensions.length <= 1}
            onClick={() => removeDimension(index)}
            aria-label={t("instrument.removeDimension", { name: label(dimension.label, lang) })}
          >
            ✕
          </Button>
        </div>
      ))}
      <div className={styles.row}>
        <Button onClick={addDimension}>{t("instrument.addDimension")}</Button>
      </div>

      <h3 className={styles.subheading}>{t("instrument.items")}</h3>
      <ItemCountField
        count={instrument.items.length}
        onApply={(count) =>
          onChange(resizeItems(instrument, count, (i) => t("instrument.newItem", { index: i })))
        }
      />
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={t("instrument.items")}>
        <Table size="extra-small" aria-label={t("instrument.items")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("instrument.itemId")}</TableHeaderCell>
              <TableHeaderCell>{t("instrument.dimensions")}</TableHeaderCell>
              <TableHeaderCell>{t("instrument.items")}</TableHeaderCell>
              <TableHeaderCell>{t("instrument.reverse")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {instrument.items.map((item, index) => (
              <TableRow key={index}>
                <TableCell>{item.id}</TableCell>
                <TableCell>
                  <Select
                    size="small"
                    aria-label={t("instrument.itemDimension", { item: item.id })}
                    value={item.dimension}
                    onChange={(_, data) => updateItem(index, { dimension: data.value })}
                  >
                    {instrument.dimensions.map((d) => (
                      <option key={d.id} value={d.id}>
                        {label(d.label, lang)}
                      </option>
                    ))}
                  </Select>
                </TableCell>
                <TableCell>
                  <Input
                    size="small"
                    aria-label={t("instrument.itemLabel", { item: item.id })}
                    value={label(item.label, lang)}
                    onChange={(_, data) =>
                      updateItem(index, { label: withLabel(item.label, lang, data.value) })
                    }
                  />
                </TableCell>
                <TableCell>
                  <Checkbox
                    aria-label={t("instrument.itemReverse", { item: item.id })}
                    checked={item.reverse}
                    onChange={(_, data) => updateItem(index, { reverse: data.checked === true })}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
