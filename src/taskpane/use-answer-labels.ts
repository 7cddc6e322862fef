/**
 * The Mapping step's answer-labels state (docs/answers.md, "In the task pane"): the codes the
 * user gave answer texts (or the saved mapping's), how the answer columns read with them, and
 * whether that blocks the run.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { answersForConfig, type AnswersConfig, type Instrument } from "../core";
import type { LoadedSource, SavedState } from "../excel";
import { paneAnswers, withAnswerCode, type AnswerCode, type PaneAnswers } from "./answer-labels";
import type { MappingDraft } from "./mapping-draft";

export interface AnswerLabelsState {
  /** Null until a source is loaded and the questionnaire is valid. */
  answers: PaneAnswers | null;
  /** The run must wait: the table's codes are needed first. */
  blocked: boolean;
  /** The user (or the saved mapping) gave the codes. */
  edited: boolean;
  /** The config's `answers` the run uses and saves with the mapping. */
  config: AnswersConfig | undefined;
  setCode: (text: string, code: AnswerCode) => void;
  reset: () => void;
}

export function useAnswerLabels(
  source: LoadedSource | null,
  draft: MappingDraft,
  instrument: Instrument | null,
  /** The user wrote the scale (custom questionnaire or saved `scale`): labels must fit it. */
  scaleIsExplicit: boolean,
  saved: SavedState | null
): AnswerLabelsState {
  const [given, setGiven] = useState<AnswersConfig | null>(null);
  // A saved mapping's codes win over detection, as its columns do.
  const savedAnswers = saved?.config.answers ?? null;
  useEffect(() => setGiven(savedAnswers), [savedAnswers]);

  const answers = useMemo(
    () =>
      instrument && source
        ? paneAnswers(source.table, draft, given, instrument, scaleIsExplicit)
        : null,
    [draft, given, instrument, scaleIsExplicit, source]
  );
  const config = useMemo(
    () => given ?? (answers?.coding ? answersForConfig(answers.coding) : undefined),
    [answers, given]
  );
  const setCode = useCallback(
    (text: string, code: AnswerCode) => {
      if (answers) setGiven(withAnswerCode(answers, given, text, code));
    },
    [answers, given]
  );
  const reset = useCallback(() => setGiven(null), []);
  return {
    answers,
    blocked: answers?.error != null,
    edited: given !== null,
    config,
    setCode,
    reset,
  };
}
