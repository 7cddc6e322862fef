/**
 * Errors about the files the CLI reads and writes, under --lang zh: one Chinese line naming
 * the file (expected texts written by hand), and the English line as before without --lang.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { EXAMPLES, lastLine, runCli, tempDir } from "./cli-helpers";

const SAMPLE = path.join(EXAMPLES, "sample-survey.csv");

function file(name: string, content: string | Buffer): string {
  const where = path.join(tempDir(), name);
  fs.writeFileSync(where, content);
  return where;
}

async function lines(...argv: string[]): Promise<{ zh: string; en: string; code: number }> {
  const zh = await runCli(...argv, "--lang", "zh");
  const en = await runCli(...argv);
  expect(zh.code).toBe(en.code);
  return { zh: lastLine(zh.stderr), en: lastLine(en.stderr), code: zh.code };
}

describe("file errors with --lang zh", () => {
  it("a CSV with a quote never closed: the file line, in Chinese", async () => {
    const csv = file("broken.csv", 'E1,P1\n6,5\n"7,5\n');
    const { zh, en, code } = await lines("analyze", csv);
    expect(code).toBe(2);
    expect(zh).toBe(`servqual: ${csv} 第 3 行：此处开始的带引号字段没有结束（缺少一个 "）`);
    expect(en).toBe(
      `servqual: ${csv} line 3: a quoted field starts here and is never closed (a " is missing)`
    );
  });

  it("a PDF named .csv: what it is, in Chinese", async () => {
    const pdf = file("survey.csv", Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n", "latin1"));
    const { zh, en } = await lines("analyze", pdf);
    expect(zh).toBe(
      `servqual: ${pdf} 是一个 PDF 文档，不是 CSV 文本；请将调查导出为 CSV（UTF-8）或 .xlsx`
    );
    expect(en).toBe(
      `servqual: ${pdf} is a PDF document, not CSV text; export the survey as CSV (UTF-8) or .xlsx`
    );
  });

  it("CSV text named .xlsx", async () => {
    const xlsx = file("survey.xlsx", "E1,P1\n6,5\n");
    const { zh, en } = await lines("analyze", xlsx);
    expect(zh).toBe(
      `servqual: ${xlsx} 是文本（CSV？），不是 .xlsx 工作簿；如果它是逗号分隔的文本，请将扩展名改为 .csv`
    );
    expect(en).toBe(
      `servqual: ${xlsx} is text (CSV?), not an .xlsx workbook; rename it to .csv if it is comma-separated text`
    );
  });

  it("a sheet the workbook does not have", async () => {
    const workbook = path.join(EXAMPLES, "sample-survey.xlsx");
    const { zh, en } = await lines("analyze", workbook, "--sheet", "Nope");
    expect(zh).toMatch(
      /^servqual: .*sample-survey\.xlsx 中没有名为“Nope”的工作表（现有工作表：".+"）$/
    );
    expect(en).toMatch(
      /^servqual: no sheet named "Nope" in .*sample-survey\.xlsx \(sheets: ".+"\)$/
    );
  });

  it("a history file that is not JSON, and one with a bad field", async () => {
    const notJson = file("history.json", "{ nope");
    const first = await lines("analyze", SAMPLE, "--history", notJson);
    expect(first.zh).toMatch(
      new RegExp(`^servqual: 历史文件 ${escape(notJson)} 不是有效的 JSON（.+）$`)
    );
    expect(first.en).toMatch(
      new RegExp(`^servqual: ${escape(notJson)} is not valid JSON \\(.+\\)$`)
    );

    const badDate = file(
      "history.json",
      JSON.stringify({
        version: 1,
        cycles: [{ label: "H1", date: "June", overall: { n: 1, gap: 0 } }],
      })
    );
    const second = await lines("analyze", SAMPLE, "--history", badDate);
    expect(second.zh).toBe(
      `servqual: 历史文件 ${badDate} 有误：cycles[0].date：应为 YYYY-MM-DD 格式的日期，实际是 "June"`
    );
    expect(second.en).toBe(`servqual: ${badDate}: cycles[0].date: expected YYYY-MM-DD, got "June"`);
  });

  it("an output that would overwrite the input", async () => {
    const copy = file("survey.csv", fs.readFileSync(SAMPLE));
    const { zh, en } = await lines("analyze", copy, "--json", copy);
    expect(zh).toBe(
      `servqual: --json ${copy} 就是输入文件（调查数据文件 ${copy}）；拒绝覆盖它（请选择其他输出文件）`
    );
    expect(en).toBe(
      `servqual: --json ${copy} is the input ${copy}; refusing to overwrite it (choose another output file)`
    );
  });

  it("an output in a directory that does not exist", async () => {
    const out = path.join(tempDir(), "missing", "out.json");
    const { zh, en } = await lines("analyze", SAMPLE, "--json", out);
    expect(zh).toBe(`servqual: 无法写入 ${out}：目录 ${path.dirname(out)} 不存在`);
    expect(en).toBe(`servqual: cannot write ${out}: directory ${path.dirname(out)} does not exist`);
  });

  it("a managers' survey without the customers' columns names the option and the file", async () => {
    const managers = file("managers.csv", "A,B\n1,2\n");
    const { zh, en } = await lines("analyze", SAMPLE, "--management", managers);
    expect(en).toMatch(
      new RegExp(
        `^servqual: --management ${escape(managers)}: none of the customer survey's expectation columns found \\(looked for "E1", .*\\)$`
      )
    );
    expect(zh).toBe(
      `servqual: --management ${managers}：管理层调查中没有客户调查的任何期望列标题（查找的是 "E1", "E2", "E3", "E4", … "E22"）。`
    );
    expect(zh).not.toMatch(/none of|looked for|\{/);
  });
});

describe("two sheets that cannot be matched, with --lang zh", () => {
  it("stops (exit 3) with its own title, in Chinese and in English", async () => {
    const workbook = new ExcelJS.Workbook();
    for (const [name, prefix, rows] of [
      ["Expectations", "E", 3],
      ["Perceptions", "P", 2],
    ] as const) {
      const sheet = workbook.addWorksheet(name);
      sheet.addRow(Array.from({ length: 22 }, (_, i) => `${prefix}${i + 1}`));
      for (let r = 0; r < rows; r++) sheet.addRow(Array.from({ length: 22 }, () => 4));
    }
    const xlsx = path.join(tempDir(), "two.xlsx");
    await workbook.xlsx.writeFile(xlsx);
    const { zh, en, code } = await lines(
      "analyze",
      xlsx,
      "--sheet",
      "Expectations",
      "--sheet",
      "Perceptions"
    );
    expect(code).toBe(3);
    expect(en).toBe(
      'servqual: sheets "Expectations" and "Perceptions" have no respondent id column in common and hold 3 and 2 rows: add an id column (e.g. "Respondent ID") to both'
    );
    expect(zh).toBe(
      'servqual: 期望工作表和感知工作表无法按受访者一一对应。（工作表 "Expectations" 和 "Perceptions" 没有共同的受访者编号列，且行数不同（3 行和 2 行）：请在两个工作表中都加上编号列（例如 "Respondent ID"））'
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
