/**
 * Every line the CLI writes on stderr follows --lang (docs/cli.md): with --lang zh the
 * detection summary, the recoding and the "wrote" lines are Chinese. A line counts as Chinese
 * when it holds a CJK character outside quoted data (headers and answer texts are quoted).
 */
import * as path from "path";
import { EXAMPLES, runCli, tempDir } from "./cli-helpers";

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
