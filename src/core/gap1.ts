/**
 * Gap 1, the knowledge gap (docs/gap-model.md): managers answer the expectation items as
 * they believe customers would; gap 1 = mean of the managers' answers − mean of the
 * customers' expectations, per item over every valid answer on each side (customers who
 * skipped the perception still count). Negative: management underestimates what customers
 * expect. The two groups are different people, so the test is Welch's.
 *
 * A dimension's gap 1 is the mean of its items' gap 1; its test compares the managers' and
 * the customers' person-level dimension means (each person's mean over their valid answers
 * in the dimension), and its CI is centred on that difference, which can differ a little from
 * the mean of the item gaps when answers are missing.
 */
import { normaliseHeader } from "./header-normalise";
import type { ResolvedMapping } from "./mapping-types";
import type { NullReasons } from "./null-reasons";
import { summarise } from "./stats";
import { welchFromSummaries } from "./stats-welch";
import type { Instrument, Responses } from "./types";

export type Gap1Field = "meanManagers" | "meanCustomers" | "gap" | "t" | "df" | "p" | "ci95";

export interface Gap1Stats {
  nManagers: number;
  nCustomers: number;
  meanManagers: number | null;
  meanCustomers: number | null;
  gap: number | null;
  t: number | null;
  df: number | null;
  p: number | null;
  ci95: [number, number] | null;
  reasons: NullReasons<Gap1Field>;
}

export interface Gap1Result {
  items: ({ item: string } & Gap1Stats)[];
  dimensions: ({ dimension: string } & Gap1Stats)[];
}

function validValues(values: Float64Array): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) n++;
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) out[k++] = values[i];
  return out;
}

/** Each person's mean over their valid answers among `columns`; people with none are left out. */
function personMeans(columns: Float64Array[]): Float64Array {
  const rows = columns.length === 0 ? 0 : columns[0].length;
  const out: number[] = [];
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    let n = 0;
    for (const column of columns) {
      const v = column[r];
      if (v === v) {
        sum += v;
        n++;
      }
    }
    if (n > 0) out.push(sum / n);
  }
  return Float64Array.from(out);
}

function stats(
  managers: Float64Array,
  customers: Float64Array,
  managersMapped: boolean
): Gap1Stats {
  const m = summarise(managers);
  const c = summarise(customers);
  const test = welchFromSummaries(m, c);
  const reasons: Gap1Stats["reasons"] = {};
  if (m.mean === null) reasons.meanManagers = managersMapped ? "noValidAnswers" : "notMapped";
  if (c.mean === null) reasons.meanCustomers = "noValidAnswers";
  if (test.difference === null) reasons.gap = reasons.meanManagers ?? reasons.meanCustomers;
  if (test.reason !== null) {
    for (const field of ["t", "df", "p", "ci95"] as const) reasons[field] = test.reason;
  }
  return {
    nManagers: m.n,
    nCustomers: c.n,
    meanManagers: m.mean,
    meanCustomers: c.mean,
    gap: test.difference,
    t: test.t,
    df: test.df,
    p: test.p,
    ci95: test.ci95,
    reasons,
  };
}

function meanOf(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((s, v) => s + v, 0) / present.length;
}

/**
 * `managersMapped[i]`: whether the managers' survey has a column for item i (an item without
 * one has its managers' figures null with the reason notMapped).
 */
export function gapOne(
  instrument: Instrument,
  customers: Responses,
  managers: Responses,
  managersMapped: readonly boolean[]
): Gap1Result {
  const items = instrument.items.map((item, i) => ({
    item: item.id,
    ...stats(
      validValues(managers.expectation[i]),
      validValues(customers.expectation[i]),
      managersMapped[i] ?? false
    ),
  }));
  const dimensions = instrument.dimensions.map((dimension) => {
    const indices = instrument.items.flatMap((item, i) =>
      item.dimension === dimension.id ? [i] : []
    );
    const mapped = indices.some((i) => managersMapped[i]);
    const test = stats(
      personMeans(indices.map((i) => managers.expectation[i])),
      personMeans(indices.map((i) => customers.expectation[i])),
      mapped
    );
    const own = indices.map((i) => items[i]);
    const meanManagers = meanOf(own.map((r) => r.meanManagers));
    const meanCustomers = meanOf(own.map((r) => r.meanCustomers));
    const gap = meanOf(own.map((r) => r.gap));
    const reasons: Gap1Stats["reasons"] = { ...test.reasons };
    // The means and the gap are the items' means: null only when no item has one.
    delete reasons.meanManagers;
    delete reasons.meanCustomers;
    delete reasons.gap;
    if (meanManagers === null) reasons.meanManagers = mapped ? "noValidAnswers" : "notMapped";
    if (meanCustomers === null) reasons.meanCustomers = "noValidAnswers";
    if (gap === null)
      reasons.gap = reasons.meanManagers ?? reasons.meanCustomers ?? "noValidAnswers";
    return {
      dimension: dimension.id,
      ...test,
      meanManagers,
      meanCustomers,
      gap,
      reasons,
    };
  });
  return { items, dimensions };
}

export interface ManagersMapping {
  mapping: ResolvedMapping;
  mapped: boolean[];
}

/**
 * The managers' survey carries the customer survey's headers: each item's expectation column
 * is found in it by the same header text (trimmed, Unicode NFKC). Returns the mapping to read
 * the managers' answers with (expectations only) and which items it found.
 */
export function managersMapping(
  customerHeaders: readonly string[],
  customerExpectation: readonly (number | null)[],
  managerHeaders: readonly string[]
): ManagersMapping {
  const byHeader = new Map<string, number>();
  const repeated = new Set<string>();
  managerHeaders.forEach((header, index) => {
    const key = normaliseHeader(header);
    if (byHeader.has(key)) repeated.add(key);
    else byHeader.set(key, index);
  });
  const expectation = customerExpectation.map((column) => {
    if (column === null) return null;
    const key = normaliseHeader(customerHeaders[column] ?? "");
    // A header that appears twice in the managers' file would be a guess: left unmapped.
    if (key === "" || repeated.has(key)) return null;
    return byHeader.get(key) ?? null;
  });
  return expectationsOnly(expectation);
}

/** How a managers' table is read: expectation columns per item, nothing else; which items were found. */
export function expectationsOnly(expectation: (number | null)[]): ManagersMapping {
  return {
    mapping: {
      expectation,
      perception: expectation.map(() => null),
      importance: null,
      adequate: null,
      desired: null,
      weight: null,
      id: null,
      segment: null,
    },
    mapped: expectation.map((column) => column !== null),
  };
}
