/**
 * Instruments: which items a survey has, how they group into dimensions, which are
 * reverse-coded, and the answer scale. SERVQUAL-22 is a preset, never a hard-code: every
 * consumer takes the instrument it is given.
 */
import { ok, type Result } from "./errors";
import { describe, didYouMean, fieldError, oneOf } from "./config-json";
import { PRESET_IDS, PRESETS } from "./instrument-presets";
import { readInstrument, readScale } from "./instrument-validate";
import type { Instrument, Lang, LocalisedText, PresetId, Scale } from "./types";

export { PRESETS, PRESET_IDS, PRESET_NAMES, REVERSE_ITEMS_1988 } from "./instrument-presets";
export { readInstrument } from "./instrument-validate";

export function isPresetId(value: unknown): value is PresetId {
  return typeof value === "string" && (PRESET_IDS as readonly string[]).includes(value);
}

/**
 * The instrument to analyse with: a copy of a preset, or a validated copy of a custom
 * instrument. `scaleOverride` replaces the scale (a 5-point SERVQUAL, say).
 * Errors: instrumentInvalid, with `field` naming what is wrong (e.g. "instrument.items[3].dimension").
 */
export function resolveInstrument(
  spec: PresetId | Instrument,
  scaleOverride?: Scale
): Result<Instrument> {
  let base: Result<Instrument>;
  if (typeof spec === "string") {
    if (!isPresetId(spec)) {
      return fieldError("instrumentInvalid", "instrument", "instrument.unknownPresetOnly", {
        got: describe(spec),
        ...didYouMean(spec, PRESET_IDS),
        presets: oneOf(PRESET_IDS),
      });
    }
    // Round-tripping through the reader gives an unfrozen deep copy of the preset.
    base = readInstrument(PRESETS[spec]);
  } else {
    base = readInstrument(spec);
  }
  if (!base.ok || scaleOverride === undefined) return base;
  const scale = readScale(scaleOverride, "scale");
  if (!scale.ok) return scale;
  return ok({ ...base.value, scale: scale.value });
}

/** The text in `lang`; Chinese falls back to English where no translation was given. */
export function label(text: LocalisedText, lang: Lang): string {
  if (lang === "zh" && text.zh !== undefined && text.zh !== "") return text.zh;
  return text.en;
}
