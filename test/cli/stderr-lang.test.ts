/**
 * Every line the CLI writes on stderr follows --lang (docs/cli.md): with --lang zh the
 * detection summary, the recoding and the "wrote" lines are Chinese. A line counts as Chinese
 * when it holds a CJK character outside quoted data (headers and answer texts are quoted).
 * `servqual --help --lang zh` and usage errors follow --lang as well.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { PARAPHRASED_EN } from "../core/fixtures/question-statements";
import { EXAMPLES, lastLine, runCli, tempDir } from "./cli-helpers";

const FIXTURES = path.join(__dirname, "fixtures");

/** The line with quoted data ("…", “…”) removed: what the CLI itself wrote. */
function ownWords(line: string): string {
  return line.replace(/"[^"]*"/g, "").replace(/“[^”]*”/g, "");
}

const CJK = /[\u3400-\u9fff\uff08-\uff1a]/;

describe.each([
  ["sample-survey.csv", path.join(EXAMPLES, "sample-survey.csv")],
  ["text-answers-wjx-5.csv", path.join(FIXTURES, "text-answers-wjx-5.csv")],
])("%s with --lang zh", (_name, file) => {
  it("writes every stderr line in Chinese, and in English without it", async () => {
    const dir = tempDir();
    const zh = await runCli(
      "analyze",
      file,
      "--json",
      path.join(dir, "zh.json"),
      "--save-config",
      path.join(dir, "zh-config.json"),
      "--lang",
      "zh"
    );
    expect(zh.code).toBe(0);
    const lines = zh.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^在 .* 中检测到的列：$/);
    expect(lines.some((l) => /^ {2}期望 +\d+\/22 个题项（/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith("已将分析 JSON 写入 "))).toBe(true);
    expect(lines.some((l) => l.startsWith("已将映射和选项保存到 "))).toBe(true);
    const english = lines.filter((l) => !CJK.test(ownWords(l)));
    expect(english).toEqual([]);
    for (const word of ["Detected", "column", "confidence", "items", "Wrote", "Saved"]) {
      expect(zh.stderr).not.toContain(word);
    }

    const en = await runCli("analyze", file, "--json", path.join(dir, "en.json"));
    expect(en.code).toBe(0);
    expect(en.stderr).toMatch(/^Detected columns in /);
    expect(en.stderr).toMatch(/\n {2}expectation +\d+\/22 items \(/);
    const ownCjk = en.stderr
      .trimEnd()
      .split("\n")
      .filter((l) => CJK.test(ownWords(l)) && !/^Recognised: /.test(l));
    expect(ownCjk).toEqual([]);
  });
});

// ---- Every other line the CLI writes, with fixtures that produce each of them. ----

const K = 22;

/** A 1–5 answer of respondent r to item i: fixed, only there so the runs have data. */
function answer(r: number, i: number, role: "E" | "P"): number {
  return 1 + ((r * 7 + i * 3 + (role === "E" ? 2 : 0)) % 5);
}

const csvCell = (cell: string): string =>
  /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

function writeCsv(name: string, rows: string[][]): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, rows.map((row) => row.map(csvCell).join(",")).join("\n") + "\n", "utf8");
  return file;
}

const ITEMS = Array.from({ length: K }, (_, i) => i);

/** Wide numbered headers E1…E22, P1…P22 and five respondents. */
function wideRows(extraHeader?: string): string[][] {
  const headers = ["Respondent ID", ...ITEMS.map((i) => `E${i + 1}`)];
  headers.push(...ITEMS.map((i) => `P${i + 1}`));
  if (extraHeader !== undefined) headers.push(extraHeader);
  const rows = [headers];
  for (let r = 0; r < 5; r++) {
    const row = [`R${r + 1}`, ...ITEMS.map((i) => String(answer(r, i, "E")))];
    row.push(...ITEMS.map((i) => String(answer(r, i, "P"))));
    if (extraHeader !== undefined) row.push(String(answer(r, 1, "P")));
    rows.push(row);
  }
  return rows;
}

/**
 * A line is English-only when nothing the CLI wrote on it is Chinese: no CJK character once
 * quoted data (file, sheet and column names, answer texts) are taken out.
 */
function englishOnly(stderr: string): string[] {
  return stderr
    .trimEnd()
    .split("\n")
    .filter((line) => line.trim() !== "" && !CJK.test(ownWords(line)));
}

/**
 * English prose on a usage line: three lowercase words in a row once option names (--x),
 * placeholders (<…>, […], FILE) and examples in quotes are taken out.
 */
function englishProse(text: string): string[] {
  return text.split("\n").filter((line) => {
    const own = ownWords(line)
      .replace(/<[^>]*>|\[[^\]]*\]/g, " ")
      .replace(/(^|\s)-{1,2}[\w-]+/g, " ");
    return /\b[a-z][a-z']+ [a-z][a-z']+ [a-z][a-z']+\b/.test(own);
  });
}

interface Case {
  name: string;
  /** The arguments after the file; the zh run adds --lang zh. */
  args: (dir: string) => string[];
  file: () => Promise<string> | string;
  code: number;
  /** Lines (or parts of lines) the Chinese run must write on stderr. */
  zh: (string | RegExp)[];
  /** The same lines in English, as they always were. */
  en: (string | RegExp)[];
}

const CASES: Case[] = [
  {
    name: "a long layout, with a column that varies within a respondent",
    file: () => {
      const rows = [["respondent", "item", "expectation", "perception", "comment"]];
      for (let r = 0; r < 5; r++) {
        for (const i of ITEMS) {
          rows.push([`R${r}`, String(i + 1), String(answer(r, i, "E"))]);
          rows[rows.length - 1].push(String(answer(r, i, "P")), `c${i}`);
        }
      }
      return writeCsv("long.csv", rows);
    },
    args: (dir) => ["--json", path.join(dir, "out.json")],
    code: 0,
    zh: [
      "已识别：长格式（respondent，item，expectation，perception）：110 行 → 5 名受访者 × 22 个题项；未使用（每名受访者的值不唯一）：comment",
    ],
    en: [
      "Recognised: long layout (respondent, item, expectation, perception): 110 rows → 5 respondents × 22 items; left out (not one value per respondent): comment",
    ],
  },
  {
    name: "a GBK-encoded CSV (Excel on Chinese Windows)",
    file: () => path.join(FIXTURES, "survey-zh-gbk.csv"),
    args: (dir) => ["--json", path.join(dir, "out.json")],
    code: 0,
    zh: ["注意：survey-zh-gbk.csv 不是 UTF-8 编码，已按 GB18030 读取"],
    en: ["Note: survey-zh-gbk.csv is not UTF-8; read it as GB18030"],
  },
  {
    name: "an .xlsx with Expectations and Perceptions sheets joined by their id column",
    file: async () => {
      const workbook = new ExcelJS.Workbook();
      for (const [name, role] of [
        ["Expectations", "E"],
        ["Perceptions", "P"],
      ] as const) {
        const sheet = workbook.addWorksheet(name);
        sheet.addRow(["Respondent ID", ...ITEMS.map((i) => `Q${i + 1}`)]);
        // The perception sheet lists the respondents in another order: joined by id, not by row.
        const order = role === "E" ? [0, 1, 2, 3, 4] : [4, 3, 2, 1, 0];
        for (const r of order) sheet.addRow([`R${r}`, ...ITEMS.map((i) => answer(r, i, role))]);
      }
      const file = path.join(tempDir(), "two-sheets.xlsx");
      await workbook.xlsx.writeFile(file);
      return file;
    },
    args: (dir) => ["--json", path.join(dir, "out.json")],
    code: 0,
    zh: [
      "注意：期望取自工作表“Expectations”，感知取自工作表“Perceptions”，按“Respondent ID”列合并",
      /^在 two-sheets\.xlsx（工作表“Expectations”） 中检测到的列：$/,
    ],
    en: [
      'Note: expectations from sheet "Expectations", perceptions from sheet "Perceptions", joined by "Respondent ID"',
      'Detected columns in two-sheets.xlsx (sheet "Expectations"):',
    ],
  },
  {
    name: "Qualtrics tags without their question text: both blocks undecided (exit 3)",
    file: () => {
      const headers = ["ResponseId", ...ITEMS.map((i) => `Q1_${i + 1}`)];
      headers.push(...ITEMS.map((i) => `Q2_${i + 1}`));
      const rows = [headers];
      for (let r = 0; r < 5; r++) {
        const row = [`R_${r}`, ...ITEMS.map((i) => String(answer(r, i, "E")))];
        rows.push([...row, ...ITEMS.map((i) => String(answer(r, i, "P")))]);
      }
      return writeCsv("tags.csv", rows);
    },
    args: () => ["--json", "-"],
    code: 3,
    zh: [
      /^ {2}未决定： +列 B–W（"Q1_1" …）：22 个题目列对应题项，但没有词语表明是期望还是感知$/,
      /^servqual: 映射不完整：期望 1–22；感知 1–22 没有对应的列；未决定：列 B–W：22 个题目列.*；请在配置文件中指定这些列（--save-config 会写出一个可编辑的配置文件）$/,
    ],
    en: [
      "undecided: columns B–W: 22 question columns",
      "mapping incomplete: no column for expectation 1–22; perception 1–22",
    ],
  },
  {
    name: "a Qualtrics question whose number and wording name different items (exit 3)",
    file: () => {
      // Row 1 tags, row 2 the question text, row 3 the import ids (docs/platform-exports.md).
      // Q1_1 carries statement 12's wording: its number and its wording disagree.
      const statement = (i: number): string => PARAPHRASED_EN[i === 0 ? 11 : i];
      const rows = [
        ["ResponseId", ...ITEMS.map((i) => `Q1_${i + 1}`), ...ITEMS.map((i) => `Q2_${i + 1}`)],
        [
          "Response ID",
          ...ITEMS.map((i) => `What do you expect? - ${statement(i)}`),
          ...ITEMS.map((i) => `What did you experience? - ${PARAPHRASED_EN[i]}`),
        ],
        [
          '{"ImportId":"_recordId"}',
          ...ITEMS.map((i) => `{"ImportId":"QID1_${i + 1}"}`),
          ...ITEMS.map((i) => `{"ImportId":"QID2_${i + 1}"}`),
        ],
      ];
      for (let r = 0; r < 5; r++) {
        const row = [`R_${r}`, ...ITEMS.map((i) => String(answer(r, i, "E")))];
        rows.push([...row, ...ITEMS.map((i) => String(answer(r, i, "P")))]);
      }
      return writeCsv("contradiction.csv", rows);
    },
    args: () => ["--json", "-"],
    code: 3,
    zh: [
      /^ {2}未决定： +列 B（"Q1_1" …）：Q1_1：题号指向题项 1，措辞指向题项 12$/,
      "servqual: 映射不完整：期望 1 没有对应的列",
    ],
    en: [
      'columns B ("Q1_1" …): Q1_1: number says item 1, wording says item 12',
      "mapping incomplete: no column for expectation 1;",
    ],
  },
  {
    name: "two columns claiming the same item (mapping ambiguous, exit 3)",
    file: () => writeCsv("ambiguous.csv", wideRows("P2")),
    args: () => ["--json", "-"],
    code: 3,
    zh: [/^servqual: 映射有歧义：感知 2 ← "P2" \(Y\) 或 "P2" \(AT\)；请在配置文件中指定这些列/],
    en: [/^servqual: mapping ambiguous: perception 2 ← "P2" \(Y\) or "P2" \(AT\); map them/m],
  },
  {
    name: "answers all within 1–5 on the 1–7 preset (the scale is narrowed)",
    file: () => writeCsv("narrow.csv", wideRows()),
    args: (dir) => ["--json", path.join(dir, "out.json")],
    code: 0,
    zh: [/^注意：所有答案都在 1–5 之内，因此使用量表 1–5，而不是预设的 1–7/],
    en: [
      /^Note: every answer lies within 1–5, so the scale 1–5 is used instead of the preset's 1–7/m,
    ],
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  it("is Chinese on every stderr line with --lang zh, and English as before without it", async () => {
    const file = await c.file();
    const zh = await runCli("analyze", file, ...c.args(tempDir()), "--lang", "zh");
    expect(zh.code).toBe(c.code);
    const zhLines = zh.stderr.trimEnd().split("\n");
    for (const wanted of c.zh) {
      if (typeof wanted === "string") expect(zh.stderr).toContain(wanted);
      else expect(zhLines.some((line) => wanted.test(line))).toBe(true);
    }
    expect(englishOnly(zh.stderr)).toEqual([]);

    const en = await runCli("analyze", file, ...c.args(tempDir()));
    expect(en.code).toBe(c.code);
    for (const wanted of c.en) {
      if (typeof wanted === "string") expect(en.stderr).toContain(wanted);
      else expect(en.stderr).toMatch(wanted);
    }
  });
});

describe("help and usage errors with --lang zh", () => {
  it.each([
    [["--help", "--lang", "zh"]],
    [["help", "--lang", "zh"]],
    [["analyze", "--help", "--lang=zh"]],
  ])("servqual %j prints the Chinese usage", async (argv) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^用法：\n/);
    expect(run.stdout).toContain(
      "退出状态：0 完成；2 用法错误或无法读取输入；3 映射不完整或有歧义。"
    );
    expect(englishProse(run.stdout)).toEqual([]);
  });

  it("prints the English usage without --lang (the prose detector finds it)", async () => {
    const run = await runCli("--help");
    expect(run.stdout).toMatch(/^Usage:\n/);
    expect(englishProse(run.stdout).length).toBeGreaterThan(10);
  });

  it.each([
    [["analyze", "--lang", "zh"], "servqual: analyze 需要一个输入文件（.csv 或 .xlsx）"],
    [
      ["analyse", "s.csv", "--lang", "zh"],
      "servqual: 未知命令“analyse”（应为 analyze、demo 或 template）",
    ],
    [["analyze", "s.csv", "--bogus", "--lang", "zh"], "servqual: 未知选项 --bogus"],
    [
      ["analyze", "s.csv", "--lang", "zh", "--tolerance", "abc"],
      "servqual: --tolerance 必须是 ≥ 0 的数字，却给出了“abc”",
    ],
    [["demo", "--json", "-", "--lang", "zh"], "servqual: demo 只接受 --lang，却给出了 --json"],
    [["template", "--lang", "zh"], "servqual: template 需要 --xlsx FILE"],
  ])("%j: one Chinese line and exit 2", async (argv, line) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${line}\n`);
  });

  it("an input file that does not exist: one Chinese line and exit 2", async () => {
    const missing = path.join(tempDir(), "none.csv");
    const zh = await runCli("analyze", missing, "--lang", "zh");
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(`servqual: 无法读取 ${missing}：文件不存在\n`);
    const en = await runCli("analyze", missing);
    expect(en.stderr).toBe(`servqual: cannot read ${missing}: no such file\n`);
    const ods = await runCli("analyze", path.join(tempDir(), "s.ods"), "--lang", "zh");
    expect(ods.stderr).toMatch(
      /^servqual: .*s\.ods：不支持 \.ods 文件；请另存为 \.xlsx 或 \.csv\n$/
    );
  });

  it("a usage error stays English without --lang", async () => {
    const run = await runCli("analyze", "s.csv", "--bogus");
    expect(run.stderr).toMatch(/^servqual: Unknown option '--bogus'/);
  });

  it("servqual template --lang zh says what it wrote in Chinese", async () => {
    const file = path.join(tempDir(), "form.xlsx");
    const run = await runCli("template", "--xlsx", file, "--lang", "zh", "--rows", "3");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `已写入 ${file}：问卷（22 个题项，第 1 部分和第 2 部分）以及可录入 3 名受访者的数据录入表。\n`
    );
  });
});

// ---- Text answers whose numbers cannot be decided: the engine's own detail, in Chinese too. ----

/** E1…E22, P1…P22; respondent r answers every item with texts[r mod texts.length]. */
function labelRows(texts: string[]): string[][] {
  const headers = ["ID", ...ITEMS.map((i) => `E${i + 1}`), ...ITEMS.map((i) => `P${i + 1}`)];
  const rows = [headers];
  for (let r = 0; r < 6; r++)
    rows.push([`R${r}`, ...Array<string>(2 * K).fill(texts[r % texts.length])]);
  return rows;
}

const HOW_TO_ZH = "（任务窗格：“映射”步骤中的选项分值表）。";
const HOW_TO_EN = " (task pane: the answer labels table in the Mapping step).";

describe.each([
  {
    name: "labels that fit the 5- and the 7-point agreement scale",
    texts: ["Disagree", "Agree", "Strongly agree"],
    extra: [] as string[],
    zh:
      '作答是文字，可以对应不止一种量表："Disagree", "Agree", "Strongly agree" 可读作 ' +
      "5 点同意程度量表上的 2, 4, 5，或 7 点同意程度量表上的 2, 6, 7。" +
      '请在配置中给出每个选项的分值："answers": {"labels": {"Disagree": 2, "Agree": 4, "Strongly agree": 5}}' +
      HOW_TO_ZH,
    en:
      'The answers are written as text that fits more than one scale: "Disagree", "Agree", "Strongly agree" read as ' +
      "2, 4, 5 on the 5-point agreement scale, or 2, 6, 7 on the 7-point agreement scale. " +
      'Give the number of each answer in the config: "answers": {"labels": {"Disagree": 2, "Agree": 4, "Strongly agree": 5}}' +
      HOW_TO_EN,
  },
  {
    name: "numbers that contradict their labels",
    texts: ["1 - Strongly agree", "5 - Strongly disagree", "3"],
    extra: [] as string[],
    // On the 5-point agreement set, the first set holding both labels, "Strongly agree" is 5.
    zh:
      '作答中的数字与其文字标签不一致："1 - Strongly agree", "5 - Strongly disagree"' +
      '（在 5 点同意程度量表上，"1 - Strongly agree" 是 5，"5 - Strongly disagree" 是 1）。' +
      '请在配置中给出每个选项的分值："answers": {"labels": {"Strongly agree": 1, "Strongly disagree": 5}}' +
      HOW_TO_ZH,
    en:
      'Numbers in the answers contradict their labels: "1 - Strongly agree", "5 - Strongly disagree" ' +
      '(on the 5-point agreement scale, "1 - Strongly agree" is 5, "5 - Strongly disagree" is 1). ' +
      'Give the number of each answer in the config: "answers": {"labels": {"Strongly agree": 1, "Strongly disagree": 5}}' +
      HOW_TO_EN,
  },
  {
    name: "a 5-point label set under --scale 1-7",
    texts: ["非常不同意", "不同意", "一般", "同意", "非常同意"],
    extra: ["--scale", "1-7"],
    zh:
      '作答是 5 点量表的选项（"非常不同意" = 1, "不同意" = 2, "一般" = 3, "同意" = 4, "非常同意" = 5），' +
      '但问卷的量表是 1–7。请将量表设为 1–5，或在配置中给出每个选项的分值（"answers": {"labels": …}）。',
    en:
      'The answers are labels of a 5-point scale ("非常不同意" = 1, "不同意" = 2, "一般" = 3, "同意" = 4, "非常同意" = 5), ' +
      "but the questionnaire's scale is 1–7. Set the scale to 1–5, or give each answer its number in the config " +
      '("answers": {"labels": …}).',
  },
])("text answers: $name (exit 3)", ({ texts, extra, zh, en }) => {
  it("is the engine's detail in Chinese with --lang zh, and in English as before", async () => {
    const file = writeCsv("labels.csv", labelRows(texts));
    const zhRun = await runCli("analyze", file, "--json", "-", ...extra, "--lang", "zh");
    expect(zhRun.code).toBe(3);
    expect(lastLine(zhRun.stderr)).toBe(`servqual: ${zh}`);
    expect(englishOnly(zhRun.stderr)).toEqual([]);
    expect(englishProse(lastLine(zhRun.stderr))).toEqual([]);

    const enRun = await runCli("analyze", file, "--json", "-", ...extra);
    expect(enRun.code).toBe(3);
    expect(lastLine(enRun.stderr)).toBe(`servqual: ${en}`);
  });
});

describe("a history file with a field that is not a number, with --lang zh", () => {
  it("is one Chinese line, with no English cause line after it", async () => {
    const history = path.join(tempDir(), "history.json");
    const cycle = { label: "2026 H1", overall: { n: "many", gap: -0.5 } };
    fs.writeFileSync(history, JSON.stringify({ version: 1, cycles: [cycle] }));
    const sample = path.join(EXAMPLES, "sample-survey.csv");
    const zh = await runCli("analyze", sample, "--history", history, "--json", "-", "--lang", "zh");
    expect(zh.code).toBe(2);
    expect(lastLine(zh.stderr)).toBe(
      `servqual: 历史文件 ${history} 有误：cycles[0].overall.n：应为数字或 null`
    );
    expect(englishOnly(zh.stderr)).toEqual([]);
    expect(zh.stderr).not.toContain("原因：");

    const en = await runCli("analyze", sample, "--history", history, "--json", "-");
    expect(en.stderr.trimEnd().split("\n").pop()).toBe(
      `servqual: ${history}: cycles[0].overall.n: expected a number or null`
    );
  });
});
