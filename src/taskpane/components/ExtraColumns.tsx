/** Weight (100-point allocation) per dimension, respondent id and segment columns. */
import { Field } from "@fluentui/react-components";
import { type Instrument, label } from "../../core";
import { useI18n } from "../i18n";
import {
  ID_SLOT,
  SEGMENT_SLOT,
  weightSlot,
  type MappingDraft,
  type SlotKey,
} from "../mapping-draft";
import { SlotSelect, useColumnOptions } from "./MappingGrid";
import { useStepStyles } from "./styles";

interface Props {
  instrument: Instrument;
  draft: MappingDraft;
  headers: string[];
  colOffset: number;
  onChange: (slot: SlotKey, index: number | null) => void;
}

export function ExtraColumns({ instrument, draft, headers, colOffset, onChange }: Props) {
  const { t, lang } = useI18n();
  const styles = useStepStyles();
  const options = useColumnOptions(headers, colOffset, t("mapping.none"));
  const slotSelect = (slot: SlotKey, name: string) => (
    <Field label={name} key={slot}>
      <SlotSelect
        slot={slot}
        value={draft.slots[slot] ?? null}
        confidence={draft.confidence[slot]}
        ambiguous={draft.ambiguous[slot]}
        required={false}
        accessibleName={name}
        options={options}
        colOffset={colOffset}
        onChange={onChange}
        t={t}
      />
    </Field>
  );
  return (
    <div className={styles.step}>
      {instrument.dimensions.map((d) =>
        slotSelect(weightSlot(d.id), t("mapping.weightLabel", { dimension: label(d.label, lang) }))
      )}
      {slotSelect(ID_SLOT, t("mapping.id"))}
      {slotSelect(SEGMENT_SLOT, t("mapping.segment"))}
    </div>
  );
}
