import type { ErrorCode } from "../core";

export const EXIT_OK = 0;
/** Unexpected failure (a bug): reported in one line like every other error. */
export const EXIT_INTERNAL = 1;
/** Bad usage, an unreadable or unusable input, an invalid config. */
export const EXIT_USAGE = 2;
/** The mapping is incomplete or ambiguous: the user must fix it (or write a config). */
export const EXIT_MAPPING = 3;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case "mappingIncomplete":
    case "mappingAmbiguous":
    case "sheetsNotJoined":
    case "columnNotFound":
    case "managementColumnsNotFound":
    case "staffColumnsNotFound":
    case "answerLabelsAmbiguous":
    case "answerLabelsContradictory":
    case "longLayoutInvalid":
      return EXIT_MAPPING;
    default:
      return EXIT_USAGE;
  }
}
