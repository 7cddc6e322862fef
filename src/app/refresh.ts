/**
 * The "refresh" use case: the next survey cycle in one click — the workbook's saved state
 * (mapping, source, settings, optional surveys) is read and analysed again with `analyse`,
 * updating the latest cycle. The caller's own copy is used when the workbook holds none
 * (docs/architecture.md, "The use-case layer"; docs/cycles-and-segments.md).
 */
import type { AppError } from "../core";
import { failed, type Outcome } from "./outcome";
import type { StateStore } from "./ports";

export interface RefreshRequest<State, T, E extends AppError<string>> {
  /** The state the caller holds already (from opening the workbook or its last run). */
  known: State | null;
  /** The analyse use case on a saved state (the pane applies the state to its steps first). */
  rerun: (state: State) => Promise<Outcome<T, E>>;
  /** Nothing saved anywhere: a first run with the current choices instead. */
  firstRun: () => Promise<Outcome<T, E>>;
}

export async function refresh<State, T, E extends AppError<string>, SE extends AppError<string>>(
  store: StateStore<State, SE>,
  request: RefreshRequest<State, T, E>
): Promise<Outcome<T, E | SE>> {
  const loaded = await store.loadState();
  if (!loaded.ok) return failed(loaded.error);
  const state = loaded.value ?? request.known;
  return state === null ? request.firstRun() : request.rerun(state);
}
