/**
 * A config file's errors under --lang zh: the file is named, then the field, then the detail
 * worded in Chinese (src/i18n/error-detail.ts); in English the line is the engine's as
 * before. Expected lines are written by hand.
 */
import * as fs from "fs";
import * as path from "path";
import { EXAMPLES, lastLine, runCli, tempDir } from "./cli-helpers";

const SAMPLE = path.join(EXAMPLES, "sample-survey.csv");

function configFile(text: string): string {
  const file = path.join(tempDir(), "config.json");
  fs.writeFileSync(file, text, "utf8");
  return file;
}

async function bothLanguages(config: string): Promise<{ zh: string; en: string; code: number }> {
  const zh = await runCli("analyze", SAMPLE, "--config", config, "--lang", "zh");
  const en = await runCli("analyze", SAMPLE, "--config", config);
  expect(zh.code).toBe(en.code);
  return { zh: lastLine(zh.stderr), en: lastLine(en.stderr), code: zh.code };
}

describe("config file errors with --lang zh", () => {
  it("an unknown role: the field and a Chinese detail with the suggestion", async () => {
    const file = configFile(
      JSON.stringify({ version: 2, columns: [{ column: "E1", role: "expectaton", item: 1 }] })
    );
    const { zh, en, code } = await bothLanguages(file);
    expect(code).not.toBe(0);
    const roles =
      '"expectation", "perception", "importance", "adequate", "desired", "management", "weight", "id", "segment"';
    expect(zh).toBe(
      `servqual: 配置文件 ${file} 有误：columns[0].role：未知角色 "expectaton"（是不是 "expectation"？）；可用角色：${roles}`
    );
    expect(en).toBe(
      `servqual: config ${file}: columns[0].role: unknown role "expectaton" (did you mean "expectation"?); roles: ${roles}`
    );
  });

  it("a version newer than this build", async () => {
    const file = configFile(JSON.stringify({ version: 7, columns: [] }));
    const { zh, en } = await bothLanguages(file);
    expect(zh).toBe(
      `servqual: 配置文件 ${file} 有误：version：配置文件版本 7 比本程序能理解的版本（最高 2）更新；请更新加载项`
    );
    expect(en).toBe(
      `servqual: config ${file}: version: config version 7 is newer than this build understands (up to 2); update the add-in`
    );
  });

  it("a custom instrument with a dimension without items", async () => {
    const instrument = {
      scale: { min: 1, max: 5 },
      dimensions: [{ id: "A" }, { id: "B" }],
      items: [{ id: "1", dimension: "A" }],
    };
    const file = configFile(JSON.stringify({ version: 2, instrument }));
    const { zh, en } = await bothLanguages(file);
    expect(zh).toBe(`servqual: 配置文件 ${file} 有误：instrument.dimensions[1]：维度 "B" 没有题项`);
    expect(en).toBe(
      `servqual: config ${file}: instrument.dimensions[1]: dimension "B" has no items`
    );
  });

  it("text that is not JSON: the parser's own reason stays as Node words it", async () => {
    const file = configFile('{"version": 2,');
    const { zh, en } = await bothLanguages(file);
    expect(zh).toMatch(
      new RegExp(`^servqual: 配置文件 .*config\\.json 有误：不是有效的 JSON：\\S`)
    );
    expect(en).toMatch(/^servqual: config .*config\.json is not valid JSON: \S/);
  });

  it("a header pattern that could run for ever", async () => {
    const detect = { pattern: "(?<role>[EP])(?<item>\\d+)(a+)+", roles: { E: "expectation" } };
    const file = configFile(JSON.stringify({ version: 2, detect }));
    const { zh, en } = await bothLanguages(file);
    expect(zh).toBe(
      `servqual: 配置文件 ${file} 有误：detect.pattern：嵌套重复：(a+)+ 重复了一个本身就在重复的分组（a+）；某些表头会让匹配永远运行下去`
    );
    expect(en).toBe(
      `servqual: config ${file}: detect.pattern: nested quantifiers: (a+)+ repeats a group that itself repeats (a+); some headers would make the search run for ever`
    );
  });

  it("two entries for the same column (found when the columns are matched to the file)", async () => {
    const columns = [
      { column: "E1", role: "expectation", item: 1 },
      { column: "E1", role: "perception", item: 1 },
    ];
    const file = configFile(JSON.stringify({ version: 2, columns }));
    const { zh, en } = await bothLanguages(file);
    expect(en).toMatch(
      /^servqual: column E1 \(\w+\) is mapped twice \(item 1 expectation and item 1 perception\): columns\[0\] and columns\[1\]; give each its own column$/
    );
    expect(zh).toMatch(
      /^servqual: [^（]+（E1 \(\w+\) 列被映射了两次：columns\[0\] 和 columns\[1\]；请为每个映射指定各自的列）$/
    );
  });
});
