/**
 * The sample survey behind "Insert sample survey" (insert-sample.ts): the same synthetic hospital survey as
 * examples/sample-survey.csv (or sample-survey-zh.csv), generated in the browser so there
 * is no file to ship. Headers follow the UI language, so detection works in both.
 */
import {
  generateSurvey,
  SAMPLE_RESPONDENTS,
  SAMPLE_SEED,
  syntheticHeaders,
  type Lang,
  type RawCell,
} from "../core";

export { SAMPLE_RESPONDENTS };

export function sampleHeaders(lang: Lang): string[] {
  return syntheticHeaders(lang);
}

/** Header row followed by one row per respondent. */
export function generateSampleSurvey(lang: Lang): RawCell[][] {
  const survey = generateSurvey({
    respondents: SAMPLE_RESPONDENTS,
    seed: SAMPLE_SEED,
    messy: true,
    headerLanguage: lang,
  });
  return [survey.headers, ...survey.rows];
}
