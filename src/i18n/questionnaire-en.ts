/** Words of the questionnaire sheets the add-in inserts (English); src/i18n/questionnaire-zh.ts has the same keys. */
export const questionnaireEn = {
  questionnaireSheet: "Questionnaire",
  dataEntrySheet: "Survey data",
  title: "Service quality questionnaire",
  intro:
    "Thank you for taking part. Each statement is asked twice: first about an excellent organisation of this kind, then about ours. Answers are anonymous.",
  scaleLegend: "Tick one box per statement: {min} = strongly disagree … {max} = strongly agree.",
  part1: "Part 1 — Expectations",
  part1Intro:
    "How far do you agree that an excellent organisation of this kind would have the feature described?",
  part2: "Part 2 — Perceptions",
  part2Intro: "How far do you agree that our organisation has the feature described?",
  number: "No.",
  statement: "Statement",
  dimension: "Dimension",
  entryTitle: "Typing the returned forms",
  entryNote:
    "In the sheet “{entrySheet}”: one row per returned questionnaire, its number in ID, then the ticked value of each statement (E = part 1, P = part 2). Type whole numbers from {min} to {max}; leave a cell blank when the answer is missing. The table grows when you type below its last row.",
  id: "ID",
};

export type QuestionnaireKey = keyof typeof questionnaireEn;
export type QuestionnaireStrings = Record<QuestionnaireKey, string>;
