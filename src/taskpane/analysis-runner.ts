/**
 * How the pane asks for an analysis without caring where it runs. The production runner
 * (worker-runner.ts) uses a Web Worker so a 100k-respondent run never blocks the pane;
 * `createInThreadRunner` is the fallback and the test double.
 */
import type { Result } from "../core";
import type { EngineInput, EngineOutput } from "./analysis-engine";

export interface AnalysisRunner {
  /** Resolves with the engine's result; rejects with an AbortError when `signal` aborts. */
  run(
    input: EngineInput,
    onProgress: (fraction: number) => void,
    signal?: AbortSignal
  ): Promise<Result<EngineOutput>>;
}

// The runner contract is the use-case layer's (src/app); these name its abort error here too.
export { abortError, isAbortError } from "../app";
import { abortError } from "../app";

export function createInThreadRunner(): AnalysisRunner {
  return {
    async run(input, onProgress, signal) {
      if (signal?.aborted) throw abortError();
      // Loaded on demand so the statistics code stays out of the pane's initial bundle.
      const { runEngine } = await import(/* webpackChunkName: "engine" */ "./analysis-engine");
      if (signal?.aborted) throw abortError();
      const result = runEngine(input, (stage) => onProgress(stage === "analyse" ? 0.1 : 0.8));
      onProgress(1);
      return result;
    },
  };
}
