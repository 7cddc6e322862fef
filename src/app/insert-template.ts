/**
 * The "insert questionnaire template" use case: the preset's forms and data-entry sheet in
 * the pane's language, drawn under free sheet names; the data-entry sheet (the plan's last)
 * is the source to choose once the forms are typed in (docs/architecture.md,
 * "The use-case layer"; the template itself: docs/instruments.md).
 */
import { resolveInstrument, type AppError, type Lang, type PresetId } from "../core";
import { buildQuestionnairePlan } from "../report";
import { done, failed, type Outcome } from "./outcome";
import type { TemplateInserter } from "./ports";

export interface TemplateInserted {
  /** The sheets drawn, in plan order. */
  sheets: string[];
  /** The data-entry sheet, to read once filled in; null if the plan drew none. */
  entrySheet: string | null;
  preset: PresetId;
}

export async function insertTemplate<E extends AppError<string>>(
  workbook: TemplateInserter<E>,
  request: { preset: PresetId; lang: Lang }
): Promise<Outcome<TemplateInserted, E | AppError>> {
  const resolved = resolveInstrument(request.preset);
  if (!resolved.ok) return failed(resolved.error);
  const plan = buildQuestionnairePlan({
    lang: request.lang,
    instrument: resolved.value,
    prefix: "",
  });
  const names = await workbook.insertTemplate(plan);
  if (!names.ok) return failed(names.error);
  return done({
    sheets: names.value,
    entrySheet: names.value[names.value.length - 1] ?? null,
    preset: request.preset,
  });
}
