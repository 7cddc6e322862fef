import { hostSupportsCharts, readOfficeHost } from "../../src/taskpane/office-host";

/** A host that reports ExcelApi sets up to `highest` (minor versions compared as numbers: 1.10 > 1.9). */
function hostUpTo(highest: number, asked: [string, string | undefined][] = []): Office.Context {
  return {
    requirements: {
      isSetSupported(name: string, version?: string) {
        asked.push([name, version]);
        return name === "ExcelApi" && Number(version?.split(".")[1]) <= highest;
      },
    },
  } as unknown as Office.Context;
}

describe("hostSupportsCharts", () => {
  test("asks for ExcelApi 1.7, the set with the chart series calls the report renderer makes", () => {
    const asked: [string, string | undefined][] = [];
    expect(hostSupportsCharts(hostUpTo(17, asked))).toBe(true);
    expect(asked).toEqual([["ExcelApi", "1.7"]]);
    expect(hostSupportsCharts(hostUpTo(7))).toBe(true);
    expect(hostSupportsCharts(hostUpTo(6))).toBe(false);
  });

  test("a host that cannot be asked, or fails when asked, is not assumed to draw charts", () => {
    expect(hostSupportsCharts(null)).toBe(false);
    expect(hostSupportsCharts({} as Office.Context)).toBe(false);
    const throwing = {
      requirements: {
        isSetSupported() {
          throw new Error("not ready");
        },
      },
    } as unknown as Office.Context;
    expect(hostSupportsCharts(throwing)).toBe(false);
  });
});

describe("readOfficeHost", () => {
  const global = globalThis as unknown as { Office?: unknown };
  afterEach(() => {
    delete global.Office;
  });

  test("reads chart support from Office.context", () => {
    global.Office = { context: hostUpTo(6) };
    expect(readOfficeHost().chartsSupported).toBe(false);
    global.Office = { context: hostUpTo(9) };
    expect(readOfficeHost().chartsSupported).toBe(true);
  });

  test("outside Office there is no chart support to rely on", () => {
    expect(readOfficeHost().chartsSupported).toBe(false);
  });

  test("reads the theme once at start and registers no theme handler (Excel raises none)", () => {
    const addHandlerAsync = jest.fn();
    global.Office = {
      context: {
        ...hostUpTo(9),
        officeTheme: { bodyBackgroundColor: "#1F1F1F" },
        document: { addHandlerAsync },
      },
    };
    expect(readOfficeHost().dark).toBe(true);
    global.Office = { context: { officeTheme: { bodyBackgroundColor: "#FFFFFF" } } };
    expect(readOfficeHost().dark).toBe(false);
    expect(addHandlerAsync).not.toHaveBeenCalled();
  });
});
