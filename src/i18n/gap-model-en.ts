/** Words of the report's gap-model sheet (English); src/i18n/gap-model-zh.ts has the same keys. */
export const gapModelEn = {
  sheet: "Gap model",
  title: "The five-gap model",
  note: "Where the service falls short, and why. Gap 5 is what customers experience; gaps 1–4 are its causes inside the organisation.",
  customer: "CUSTOMER",
  provider: "SERVICE PROVIDER",
  wordOfMouth: "Word of mouth",
  personalNeeds: "Personal needs",
  pastExperience: "Past experience",
  expected: "Expected service",
  perceived: "Perceived service",
  delivery: "Service delivery",
  communications: "External communications to customers",
  standards: "Service standards",
  perceptions: "Management perceptions of customer expectations",
  gap1: "Gap 1 · knowledge",
  gap2: "Gap 2 · standards",
  gap3: "Gap 3 · delivery",
  gap4: "Gap 4 · communication",
  gap5: "Gap 5 · perceived quality",
  gapValue: "{gap}: {value}",
  gap5Value: "SERVQUAL score P − E = {value}",
  gap1Value: "managers − customers (expectations) = {value}",
  riskValue: "risk {value} of staff answers below the midpoint; likely causes: {causes}",
  riskNoCauses: "risk {value} of staff answers below the midpoint",
  unmeasured5: "not measured: map expectation and perception columns",
  unmeasured1:
    "not measured: add a management survey (managers answer the expectation items as they think customers would)",
  unmeasuredStaff: "not measured: add the staff survey (docs/gap-model.md)",
  tableTitle: "Causes and countermeasures (edit them: Refresh keeps your text)",
  colGap: "Gap",
  colStatus: "Status",
  colCauses: "Typical causes",
  colCountermeasures: "Countermeasures",
  statusProblem: "Problem",
  statusWatch: "Watch",
  statusOk: "OK",
  statusUnmeasured: "Not measured",
  causes1:
    "Managers rarely hear customers directly; surveys that cannot reach the truth (staff standing by while customers answer); too many layers between the front line and management.",
  causes2:
    "No service standards, or standards set without customers' expectations; management not committed to service quality; standards thought impossible to meet.",
  causes3:
    "Staff lack skills or training; supervision and rewards ignore service; standards staff do not accept; role conflict and ambiguity; poor tools or teamwork.",
  causes4:
    "Advertising and sales promise more than operations deliver (facilities announced and never built); marketing and front line do not talk.",
  causes5: "The sum of gaps 1–4 as customers experience it.",
};

export type GapModelKey = keyof typeof gapModelEn;
export type GapModelStrings = Record<GapModelKey, string>;
