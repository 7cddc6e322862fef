import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { EXIT_MAPPING, EXIT_OK, EXIT_USAGE } from "../../src/cli/exit-codes";
import { lastLine, runCli, tempDir } from "./cli-helpers";

/*
 * Customers (9 rows) and managers (6 rows) answer the 22 items of servqual22-1988 (items
 * 10–13 and 18–22 reverse-coded: 8 − x). Customer r, item i: E = 1 + ((r² + 3i + r) mod 7),
 * P = 1 + ((5r + 2i) mod 7); customer 0 left every P blank (its E still counts for gap 1),
 * customer 3 left E4 blank. Manager m: E = 1 + ((3m + 5i + m²) mod 7); manager 1 left E12
 * blank, manager 4 left E20 blank, manager 2 wrote 9 for E5 (out of range, not counted).
 *
 * Expected numbers computed independently with scipy 1.17 (python3):
 *   REV = {10,11,12,13,18,19,20,21,22}; rc = lambda i, v: None if v is None else (8-v if i in REV else v)
 *   C[i] = customers' recoded E; M[i] = managers' recoded E (None for blank/invalid)
 *   item: a, b = valid M[i], valid C[i]; t, p = scipy.stats.ttest_ind(a, b, equal_var=False)
 *         va, vb = var(a, ddof=1)/len(a), var(b, ddof=1)/len(b)
 *         df = (va+vb)**2 / (va**2/(len(a)-1) + vb**2/(len(b)-1))
 *         d = mean(a) - mean(b); h = scipy.stats.t.ppf(0.975, df) * sqrt(va+vb); ci = [d-h, d+h]
 *   dimension: the same Welch test on each person's mean over their valid answers in the
 *         dimension; gap = mean of the items' gaps.
 */

const ITEMS = Array.from({ length: 22 }, (_, k) => k + 1);
const HEADERS = ["ID", ...ITEMS.map((i) => `E${i}`), ...ITEMS.map((i) => `P${i}`)];

function customersCsv(): string {
  const rows = Array.from({ length: 9 }, (_, r) => {
    const e = ITEMS.map((i) => (r === 3 && i === 4 ? "" : String(1 + ((r * r + 3 * i + r) % 7))));
    const p = ITEMS.map((i) => (r === 0 ? "" : String(1 + ((5 * r + 2 * i) % 7))));
    return [`C${r}`, ...e, ...p].join(",");
  });
  return [HEADERS.join(","), ...rows].join("\n") + "\n";
}

function managersCsv(): string {
  const rows = Array.from({ length: 6 }, (_, m) => {
    const e = ITEMS.map((i) => {
      if ((m === 1 && i === 12) || (m === 4 && i === 20)) return "";
      if (m === 2 && i === 5) return "9";
      return String(1 + ((3 * m + 5 * i + m * m) % 7));
    });
    return [`M${m}`, ...e, ...ITEMS.map(() => "")].join(",");
  });
  return [HEADERS.join(","), ...rows].join("\n") + "\n";
}

/** Staff member r, statement s: 1 + ((2r + s) mod 7). */
function staffCsv(): string {
  const statements = Array.from({ length: 32 }, (_, k) => k + 1);
  const rows = Array.from({ length: 4 }, (_, r) =>
    statements.map((s) => String(1 + ((2 * r + s) % 7))).join(",")
  );
  return [statements.map((s) => `S${s}`).join(","), ...rows].join("\n") + "\n";
}

interface Gap1Json {
  nManagers: number;
  nCustomers: number;
  meanManagers: number | null;
  meanCustomers: number | null;
  gap: number | null;
  t: number | null;
  df: number | null;
  p: number | null;
  ci95: [number, number] | null;
  reasons: Record<string, string>;
}

interface Doc {
  gap1: null | {
    items: ({ item: string } & Gap1Json)[];
    dimensions: ({ dimension: string } & Gap1Json)[];
  };
  staff: null | {
    respondents: number;
    factors: { factor: string; gap: number; n: number; mean: number | null; alpha: unknown }[];
    gaps: { gap: number; risk: number | null; answers: number; likelyCauses: string[] }[];
  };
}

/** From the scipy script above: [nM, nC, meanM, meanC, gap, t, df, p, ciLo, ciHi]. */
const EXPECTED_ITEMS: Record<string, number[]> = {
  "1": [
    6, 9, 4.0, 4.222222222222222, -0.22222222222222232, -0.26363758922717895, 9.900588762488995,
    0.7974650307847024, -2.102897515783793, 1.6584530713393482,
  ],
  "5": [
    5, 9, 3.4, 3.0, 0.3999999999999999, 0.42721131270534257, 10.302012548172693, 0.6780169245915393,
    -1.6779566781149589, 2.4779566781149587,
  ],
  "12": [
    5, 9, 4.8, 5.0, -0.20000000000000018, -0.19456333053765665, 8.997034235000505,
    0.8500572100763663, -2.5254853129422306, 2.12548531294223,
  ],
  "20": [
    5, 9, 3.2, 2.7777777777777777, 0.4222222222222225, 0.32538110667264436, 5.391982259086652,
    0.7571432060125396, -2.8417922983674067, 3.6862367428118517,
  ],
};

/** [nM, nC, gap (mean of item gaps), t, df, p, ciLo, ciHi]. */
const EXPECTED_DIMENSIONS: Record<string, number[]> = {
  tangibles: [
    6, 9, 0.1562499999999999, 0.5211967344525557, 12.925784709819359, 0.611043355214628,
    -0.5974300347465376, 0.9770596643761673,
  ],
  reliability: [
    6, 9, -0.4311111111111113, -1.6429525491866743, 7.367470007358115, 0.1422535597988589,
    -0.9362528935795614, 0.1640306713573384,
  ],
  responsiveness: [
    6, 9, -0.5083333333333332, -1.8782163860969046, 8.51646482268374, 0.09493420981514875,
    -1.3535638995716224, 0.13134167734940005,
  ],
  assurance: [
    6, 9, -0.09722222222222232, -0.3468918970114191, 6.9938211176635665, 0.738876025584,
    -0.7600661978859478, 0.5656217534415031,
  ],
  empathy: [
    6, 9, -0.1155555555555555, -0.4719632587113926, 7.221803615052533, 0.6508816063863422,
    -0.6809600483686328, 0.4531822705908549,
  ],
};

function close(actual: number | null | undefined, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThan(1e-9);
}

describe("servqual analyze --management / --staff", () => {
  let dir: string;
  let customers: string;
  let managers: string;
  let staff: string;
  beforeAll(() => {
    dir = tempDir();
    customers = path.join(dir, "customers.csv");
    managers = path.join(dir, "managers.csv");
    staff = path.join(dir, "staff.csv");
    fs.writeFileSync(customers, customersCsv());
    fs.writeFileSync(managers, managersCsv());
    fs.writeFileSync(staff, staffCsv());
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const base = () => ["analyze", customers, "--instrument", "servqual22-1988", "--json", "-"];

  it("gap 1 per item and dimension matches scipy's Welch test to 1e-9", async () => {
    const run = await runCli(...base(), "--management", managers);
    expect(run.code).toBe(EXIT_OK);
    const doc = JSON.parse(run.stdout) as Doc;
    expect(doc.staff).toBeNull();
    const gap1 = doc.gap1;
    expect(gap1).not.toBeNull();
    expect(gap1?.items).toHaveLength(22);
    for (const [item, e] of Object.entries(EXPECTED_ITEMS)) {
      const got = gap1?.items.find((r) => r.item === item);
      expect(got && [got.nManagers, got.nCustomers]).toEqual([e[0], e[1]]);
      close(got?.meanManagers, e[2]);
      close(got?.meanCustomers, e[3]);
      close(got?.gap, e[4]);
      close(got?.t, e[5]);
      close(got?.df, e[6]);
      close(got?.p, e[7]);
      close(got?.ci95?.[0], e[8]);
      close(got?.ci95?.[1], e[9]);
      expect(got?.reasons).toEqual({});
    }
    for (const [dimension, e] of Object.entries(EXPECTED_DIMENSIONS)) {
      const got = gap1?.dimensions.find((r) => r.dimension === dimension);
      expect(got && [got.nManagers, got.nCustomers]).toEqual([e[0], e[1]]);
      close(got?.gap, e[2]);
      close(got?.t, e[3]);
      close(got?.df, e[4]);
      close(got?.p, e[5]);
      close(got?.ci95?.[0], e[6]);
      close(got?.ci95?.[1], e[7]);
    }
    expect(Object.keys(gap1?.items[0] ?? {})).toEqual([
      "item",
      "nManagers",
      "nCustomers",
      "meanManagers",
      "meanCustomers",
      "gap",
      "t",
      "df",
      "p",
      "ci95",
      "reasons",
    ]);
  });

  /*
   * The same managers' answers under other headers, in reverse item order, named per item by
   * a config with role management: the scipy figures above must come out unchanged.
   */
  function renamedManagersCsv(): string {
    const rows = managersCsv().trim().split("\n").slice(1);
    const body = rows.map((line) => {
      const cells = line.split(",");
      return [cells[0], ...ITEMS.map((i) => cells[i]).reverse()].join(",");
    });
    const header = ["Name", ...ITEMS.map((i) => `Manager view ${i}`).reverse()];
    return [header.join(","), ...body].join("\n") + "\n";
  }

  function managementConfig(items: number[]): string {
    const file = path.join(dir, `config-${items.length}.json`);
    const columns = [
      ...ITEMS.map((i) => ({ column: `E${i}`, role: "expectation", item: String(i) })),
      ...ITEMS.map((i) => ({ column: `P${i}`, role: "perception", item: String(i) })),
      ...items.map((i) => ({ column: `Manager view ${i}`, role: "management", item: String(i) })),
    ];
    fs.writeFileSync(file, JSON.stringify({ version: 2, instrument: "servqual22-1988", columns }));
    return file;
  }

  it("a config's management columns name the managers' columns per item (same scipy figures)", async () => {
    const renamed = path.join(dir, "managers-renamed.csv");
    fs.writeFileSync(renamed, renamedManagersCsv());
    const args = ["analyze", customers, "--json", "-", "--management", renamed];
    const run = await runCli(...args, "--config", managementConfig(ITEMS));
    expect(run.code).toBe(EXIT_OK);
    const gap1 = (JSON.parse(run.stdout) as Doc).gap1;
    for (const [item, e] of Object.entries(EXPECTED_ITEMS)) {
      const got = gap1?.items.find((r) => r.item === item);
      expect(got && [got.nManagers, got.nCustomers]).toEqual([e[0], e[1]]);
      close(got?.gap, e[4]);
      close(got?.t, e[5]);
      close(got?.df, e[6]);
      close(got?.p, e[7]);
    }
    // Items the config leaves out are not mapped, even though no header text could match.
    const partial = await runCli(...args, "--config", managementConfig([1, 5]));
    expect(partial.code).toBe(EXIT_OK);
    const items = (JSON.parse(partial.stdout) as Doc).gap1?.items ?? [];
    close(items.find((r) => r.item === "5")?.gap, EXPECTED_ITEMS["5"][4]);
    const two = items.find((r) => r.item === "2");
    expect(two?.meanManagers).toBeNull();
    expect(two?.reasons.meanManagers).toBe("notMapped");
  });

  it("exit 3 when a config's management column is not in the managers' file", async () => {
    // managers.csv has E1…E22, not "Manager view …".
    const run = await runCli(
      ...["analyze", customers, "--json", "-", "--management", managers],
      ...["--config", managementConfig([1])]
    );
    expect(run.code).toBe(EXIT_MAPPING);
    expect(lastLine(run.stderr)).toMatch(
      /--management .*managers\.csv.*no header "Manager view 1"/
    );
  });

  it("without the options, gap1 and staff are null", async () => {
    const doc = JSON.parse((await runCli(...base())).stdout) as Doc;
    expect(doc.gap1).toBeNull();
    expect(doc.staff).toBeNull();
  });

  it("reads the staff survey's factors and gaps", async () => {
    const run = await runCli(...base(), "--staff", staff);
    expect(run.code).toBe(EXIT_OK);
    const doc = JSON.parse(run.stdout) as Doc;
    expect(doc.gap1).toBeNull();
    expect(doc.staff?.respondents).toBe(4);
    expect(doc.staff?.factors).toHaveLength(16);
    // S1, S2 (marketing research, not reversed): rows (2,3), (4,5), (6,7), (1,2) → by hand
    // the scores 2.5, 4.5, 6.5, 1.5, mean 3.75.
    const research = doc.staff?.factors.find((f) => f.factor === "marketingResearch");
    expect(research?.n).toBe(4);
    close(research?.mean, 3.75);
    // Gap 1's three factors have two statements each: 6 statements × 4 staff.
    expect(doc.staff?.gaps.map((g) => g.gap)).toEqual([1, 2, 3, 4]);
    expect(doc.staff?.gaps[0].answers).toBe(24);
  });

  it("exit 3 when the managers' file has none of the expectation columns", async () => {
    const other = path.join(dir, "other.csv");
    fs.writeFileSync(other, "Name,Q1,Q2\nA,5,6\nB,4,4\n");
    const run = await runCli(...base(), "--management", other);
    expect(run.code).toBe(EXIT_MAPPING);
    expect(lastLine(run.stderr)).toMatch(/--management .*other\.csv.*looked for "E1", "E2"/);
    expect(run.stdout).toBe("");
  });

  /** The customers' columns as a config names them (a config's columns are not detected). */
  function customerColumns() {
    return [
      ...ITEMS.map((i) => ({ column: `E${i}`, role: "expectation", item: String(i) })),
      ...ITEMS.map((i) => ({ column: `P${i}`, role: "perception", item: String(i) })),
    ];
  }

  it("a config's custom staff instrument: its factors, gaps and reverse coding (by hand)", async () => {
    const config = path.join(dir, "custom-staff.json");
    fs.writeFileSync(
      config,
      JSON.stringify({
        version: 2,
        instrument: "servqual22-1988",
        columns: customerColumns(),
        staffInstrument: {
          scale: { min: 1, max: 5 },
          factors: [
            { id: "briefing", gap: 2, label: { en: "Shift briefing", zh: "班前会" } },
            { id: "handover", gap: 3, label: "Handover" },
          ],
          statements: [
            { id: "B1", factor: "briefing" },
            { id: "B2", factor: "briefing", reverse: true },
            { id: "H1", factor: "handover" },
          ],
        },
      })
    );
    const custom = path.join(dir, "custom-staff.csv");
    fs.writeFileSync(custom, "Name,B1,B2,H1\nA,4,2,1\nB,5,4,2\nC,2,1,5\nD,3,5,4\n");
    const run = await runCli(...base(), "--config", config, "--staff", custom);
    expect(run.code).toBe(EXIT_OK);
    const staffDoc = (JSON.parse(run.stdout) as Doc).staff;
    // B2 reversed on 1–5 (6 − x): 4, 2, 5, 1. Briefing per person: (4+4)/2, (5+2)/2, (2+5)/2,
    // (3+1)/2 = 4, 3.5, 3.5, 2 → mean 3.25; handover: 1, 2, 5, 4 → mean 3.
    expect(staffDoc?.respondents).toBe(4);
    expect(staffDoc?.factors.map((f) => [f.factor, f.gap, f.n, f.mean])).toEqual([
      ["briefing", 2, 4, 3.25],
      ["handover", 3, 4, 3],
    ]);
    // α of briefing: item variances 5/3 and 10/3, total variance 3 → 2 · (1 − 5/3) = −4/3.
    close(staffDoc?.factors[0].alpha as number, -4 / 3);
    expect(staffDoc?.factors[1].alpha).toBeNull();
    // Below the midpoint 3: gap 2 — B1 2; B2 (rescored) 2, 1 → 3 of 8; gap 3 — H1 1, 2 → 2 of 4.
    expect(staffDoc?.gaps.map((g) => [g.gap, g.risk, g.answers, g.likelyCauses])).toEqual([
      [1, null, 0, []],
      [2, 0.375, 8, ["briefing"]],
      [3, 0.5, 4, ["handover"]],
      [4, null, 0, []],
    ]);
  });

  it("exit 3 when the staff file has none of a custom instrument's statements", async () => {
    const config = path.join(dir, "custom-staff-2.json");
    fs.writeFileSync(
      config,
      JSON.stringify({
        version: 2,
        instrument: "servqual22-1988",
        columns: customerColumns(),
        staffInstrument: {
          factors: [{ id: "teamwork", gap: 3 }],
          statements: [
            { id: "T1", factor: "teamwork" },
            { id: "T2", factor: "teamwork" },
          ],
        },
      })
    );
    const run = await runCli(...base(), "--config", config, "--staff", staff);
    expect(run.code).toBe(EXIT_MAPPING);
    expect(lastLine(run.stderr)).toMatch(/--staff .*T1, T2/);
  });

  it("exit 3 when the staff file has none of S1…S32", async () => {
    const other = path.join(dir, "other-staff.csv");
    fs.writeFileSync(other, "Name,Q1,Q2\nA,5,6\n");
    const run = await runCli(...base(), "--staff", other);
    expect(run.code).toBe(EXIT_MAPPING);
    expect(lastLine(run.stderr)).toMatch(/--staff .*S1…S32/);
  });

  it("refuses an output that names the managers' or staff file, leaving it untouched", async () => {
    const before = fs.readFileSync(managers, "utf8");
    const run = await runCli(
      "analyze",
      customers,
      "--management",
      managers,
      "--json",
      path.join(dir, ".", "managers.csv")
    );
    expect(run.code).toBe(EXIT_USAGE);
    expect(lastLine(run.stderr)).toMatch(/--management input file/);
    expect(fs.readFileSync(managers, "utf8")).toBe(before);
    const staffRun = await runCli("analyze", customers, "--staff", staff, "--xlsx", staff);
    expect(staffRun.code).toBe(EXIT_USAGE);
    expect(fs.readFileSync(staff, "utf8")).toBe(staffCsv());
  });

  it("--management-sheet without --management is a usage error", async () => {
    const run = await runCli("analyze", customers, "--management-sheet", "Managers");
    expect(run.code).toBe(EXIT_USAGE);
    expect(lastLine(run.stderr)).toMatch(/--management-sheet needs --management FILE/);
  });

  it("the report workbook has the Gap model sheet only when a gap-model survey is given", async () => {
    const withModel = path.join(dir, "with.xlsx");
    const without = path.join(dir, "without.xlsx");
    const a = await runCli(
      ...["analyze", customers, "--instrument", "servqual22-1988"],
      ...["--management", managers, "--staff", staff, "--xlsx", withModel]
    );
    expect(a.code).toBe(EXIT_OK);
    const b = await runCli("analyze", customers, "--xlsx", without);
    expect(b.code).toBe(EXIT_OK);
    const load = async (file: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      return workbook;
    };
    const names = (workbook: ExcelJS.Workbook) => workbook.worksheets.map((ws) => ws.name);
    const model = await load(withModel);
    expect(names(model)).toContain("Gap model");
    expect(names(await load(without))).not.toContain("Gap model");
    const texts: string[] = [];
    model.getWorksheet("Gap model")?.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") texts.push(cell.value);
      })
    );
    // Gap 1 is labelled with the mean of the dimensions' gap 1 (scipy values above):
    // (0.15625 − 0.43111 − 0.50833 − 0.09722 − 0.11556) / 5 = −0.199 → "-0.20".
    expect(texts.some((t) => t.includes("managers − customers (expectations) = -0.20"))).toBe(true);
    // Gaps 2–4 measured by the staff survey: no "not measured" label remains for them.
    expect(texts.some((t) => t.startsWith("not measured: add the staff survey"))).toBe(false);
    for (const gap of [2, 3, 4]) {
      const label = new RegExp(`^Gap ${gap} · .*: risk \\d+% of staff answers`);
      expect(texts.some((t) => label.test(t))).toBe(true);
    }
  });
});
