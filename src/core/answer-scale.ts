/**
 * The one place where text answers decide the scale (docs/answers.md): a label set of k points
 * means the answers are 1..k. A preset's scale is only a default and gives way; a scale the
 * user wrote (a custom instrument, --scale) that differs is a contradiction and stops the run.
 */
import type { AnswerCoding } from "./answer-coding";
import { detailedError } from "./error-details";
import { fail, ok, type Result } from "./errors";
import type { Instrument } from "./types";

export function scaleFromAnswerLabels(
  instrument: Instrument,
  scaleIsExplicit: boolean,
  coding: AnswerCoding
): Result<Instrument> {
  const points = coding.points;
  if (points === null) return ok(instrument);
  const { min, max } = instrument.scale;
  if (min === 1 && max === points) return ok(instrument);
  if (scaleIsExplicit) {
    const labels = coding.labels.map((l) => `${JSON.stringify(l.text)} = ${l.value}`).join(", ");
    return fail(
      detailedError("answerLabelsContradictory", "labels.scaleDiffers", {
        labels,
        points,
        min,
        max,
      })
    );
  }
  return ok({ ...instrument, scale: { min: 1, max: points } });
}
