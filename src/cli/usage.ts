export const USAGE = `Usage:
  servqual analyze <file.csv|file.xlsx> [options]
  servqual demo [--lang en|zh]
  servqual template --xlsx FILE [--instrument ID] [--lang en|zh] [--scale MIN-MAX] [--rows N] [--prefix TEXT]
                        questionnaire template: printable parts 1 (expectations) and 2
                        (perceptions) and a data-entry table (never overwrites FILE)

Options for analyze:
  --sheet NAME          worksheet to read (xlsx; default: the first, or the sheets named
                        Expectations/Perceptions or 期望/感知, joined by their id column);
                        twice: --sheet E-SHEET --sheet P-SHEET joins those two
  --config FILE         mapping and options from a config file (else detected from headers)
  --instrument ID       servqual22 (default), servqual22-1988 (items 10–13, 18–22 reversed),
                        servqual22-hospital, servqual22-property (sector wordings) or
                        quality6 (six quality characteristics, 18 items)
  --scale MIN-MAX       answer scale, e.g. 1-5 (default: the instrument's, 1-7)
  --tolerance D         δ: gaps within ±D count as meeting expectations (default 0)
  --distributed N       questionnaires handed out: the response rate is returned / N
  --history FILE        cycle history (JSON; created when missing): this run is added as a
                        cycle (same label: replaced) and the trend is in --json and --xlsx
  --cycle LABEL         this cycle's label (default: YYYY-MM of today), e.g. "2026 H2"
  --cycle-date DATE     this cycle's date, YYYY-MM-DD (default: today)
  --json FILE|-         write the analysis as JSON to FILE, or to stdout with -
  --save-config FILE    save the mapping and options used, to reuse next cycle
  --xlsx FILE           write the report workbook (charts are drawn by the add-in)
  --management FILE     managers' survey (same headers as the input's expectation columns):
                        gap 1 in --json and a Gap model sheet in --xlsx
  --management-sheet NAME  its worksheet (xlsx)
  --staff FILE          staff survey (columns S1…S32): gaps 1–4's organisational factors
  --staff-sheet NAME    its worksheet (xlsx)
  --lang en|zh          language of the summary and the report (default en)

Exit status: 0 done; 2 bad usage or unreadable input; 3 mapping incomplete or ambiguous.
`;
