import * as path from "path";
import { decodeText } from "../../src/cli/decode-text";
import { runCli } from "./cli-helpers";

const FIXTURES = path.join(__dirname, "fixtures");

describe("CSV encodings", () => {
  it("decodes UTF-8 (BOM kept for readCsv), UTF-16 with a BOM, and falls back to GB18030", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x45, 0x31]))).toEqual({
      text: "\uFEFFE1",
      encoding: "utf-8",
    });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x45, 0x00, 0x31, 0x00]))).toEqual({
      text: "E1",
      encoding: "utf-16le",
    });
    // "期望1" in GBK: 期 = C6DA, 望 = CDFB.
    expect(decodeText(new Uint8Array([0xc6, 0xda, 0xcd, 0xfb, 0x31]))).toEqual({
      text: "期望1",
      encoding: "gb18030",
    });
  });

  it("analyses a GBK export (Excel on Chinese Windows) like its UTF-8 twin, and says so", async () => {
    const utf8 = await runCli("analyze", path.join(FIXTURES, "survey-zh-utf8.csv"), "--json", "-");
    const gbk = await runCli("analyze", path.join(FIXTURES, "survey-zh-gbk.csv"), "--json", "-");
    expect(utf8.code).toBe(0);
    expect(gbk.code).toBe(0);
    expect(gbk.stderr).toContain("Note: survey-zh-gbk.csv is not UTF-8; read it as GB18030");
    expect(utf8.stderr).not.toContain("Note:");
    expect(JSON.parse(gbk.stdout)).toEqual(JSON.parse(utf8.stdout));
  });

  it("analyses a UTF-16 tab-separated export (Excel's Unicode text) the same way", async () => {
    const utf8 = await runCli("analyze", path.join(FIXTURES, "survey-zh-utf8.csv"), "--json", "-");
    const utf16 = await runCli(
      "analyze",
      path.join(FIXTURES, "survey-zh-utf16.txt"),
      "--json",
      "-"
    );
    expect(utf16.code).toBe(0);
    expect(utf16.stderr).toContain("read it as UTF-16LE");
    expect(JSON.parse(utf16.stdout)).toEqual(JSON.parse(utf8.stdout));
  });
});
