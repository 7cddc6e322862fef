/**
 * The "insert sample data" use case: the synthetic survey, in the pane's language, on a new
 * sheet (never overwriting one), returned as the source to load next
 * (docs/architecture.md, "The use-case layer").
 */
import type { AppError, Lang } from "../core";
import { done, failed, type Outcome } from "./outcome";
import type { SheetInserter } from "./ports";
import { generateSampleSurvey } from "./sample-survey";

export interface SampleInserted {
  /** The sheet it was written to (the preferred name, or a free variant of it). */
  sheet: string;
  source: { kind: "sheet"; sheet: string };
}

export async function insertSample<E extends AppError<string>>(
  workbook: SheetInserter<E>,
  request: { lang: Lang; sheetName: string }
): Promise<Outcome<SampleInserted, E>> {
  const inserted = await workbook.insertSheet(
    request.sheetName,
    generateSampleSurvey(request.lang)
  );
  if (!inserted.ok) return failed(inserted.error);
  return done({ sheet: inserted.value, source: { kind: "sheet", sheet: inserted.value } });
}
