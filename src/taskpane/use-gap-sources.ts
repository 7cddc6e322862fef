/**
 * The five-gap model's optional surveys in the pane (docs/gap-model.md): which sheet, table
 * or range holds the managers' and the staff survey, and reading them through the Excel
 * layer like the main source, just before a run.
 */
import { useCallback, useState } from "react";
import { detailedError, fail, ok, type GapModelTables } from "../core";
import type { GapSources, HostResult, LoadedSource, SourceSpec, WorkbookApi } from "../excel";

export const NO_GAP_SOURCES: GapSources = { management: null, staff: null };

export type GapSurvey = keyof GapSources;

/** Reads the chosen surveys (each in its own Excel.run); undefined when none is chosen. */
export async function readGapTables(
  api: WorkbookApi,
  sources: GapSources
): Promise<HostResult<GapModelTables | undefined>> {
  if (sources.management === null && sources.staff === null) return ok(undefined);
  const read = async (spec: SourceSpec | null): Promise<HostResult<LoadedSource | null>> => {
    if (spec === null) return ok(null);
    if (spec.kind === "range" && spec.address === "") {
      return fail(detailedError("inputUnreadable", "host.rangeNoAddress", { sheet: spec.sheet }));
    }
    return api.loadSource(spec);
  };
  const management = await read(sources.management);
  if (!management.ok) return management;
  const staff = await read(sources.staff);
  if (!staff.ok) return staff;
  return ok({
    management: management.value?.table ?? null,
    staff: staff.value?.table ?? null,
  });
}

export function useGapSources() {
  const [gapSources, setGapSources] = useState<GapSources>(NO_GAP_SOURCES);
  const setGapSource = useCallback(
    (survey: GapSurvey, spec: SourceSpec | null) =>
      setGapSources((sources) => ({ ...sources, [survey]: spec })),
    []
  );
  return { gapSources, setGapSources, setGapSource };
}
