/**
 * English details of errors about the data and the files around it (sheets, cycle history,
 * long layouts, joined sheets): keys of core/error-details.ts, worded in other languages by
 * src/i18n/error-details-input-zh.ts.
 */
export const inputDetailsEn = {
  "input.placeholder": "{text}",
};

export type InputDetailKey = keyof typeof inputDetailsEn;
