/**
 * defineFake, checked on a throwaway fake (a chart title over a plain object) so the rules are
 * tested apart from any workbook model: load guards, queued writes, navigations in load paths,
 * queued methods with their action names, request bytes, and compile-time member checks.
 */
import { createFakeExcel } from "./excel-fake";
import { CORE, createFake } from "./excel-fake-proxy";
import type { FakeRequestContext } from "./excel-fake-context";
import { FakeDef, defineFake, nav, queued } from "./excel-fake-define";
import { asReal } from "./excel-fake-typing";

interface TitleModel {
  text: string;
  visible: boolean;
  formula: string | null;
  font: { bold: boolean };
}

const FakeFont = defineFake<Excel.ChartFont, { bold: boolean }>("ChartFont", {
  bold: { get: (f) => f.bold, set: (f, value) => void (f.bold = value) },
});

const FakeTitleFormat = defineFake<Excel.ChartTitleFormat, TitleModel>("ChartTitleFormat", {
  font: nav(
    () => FakeFont,
    (t: TitleModel) => t.font
  ),
});

const FakeTitle = defineFake<Excel.ChartTitle, TitleModel>("ChartTitle", {
  text: { get: (t) => t.text, set: (t, value) => void (t.text = value), forgets: ["visible"] },
  visible: { get: (t) => t.visible },
  format: nav(
    () => FakeTitleFormat,
    (t: TitleModel) => t
  ),
  setFormula: queued((t: TitleModel, formula) => void (t.formula = formula)),
});

/** Runs `body` with a fresh title fake bound to `model`, as the only object of one Excel.run. */
async function withTitle(
  model: TitleModel,
  body: (title: Excel.ChartTitle, context: Excel.RequestContext) => Promise<void>
): Promise<ReturnType<ReturnType<typeof createFakeExcel>["stats"]>> {
  const fake = createFakeExcel();
  await fake.Excel.run(async (context) => {
    const ctx = asReal<FakeRequestContext>(context)[CORE];
    const title = createFake(ctx, FakeTitle, FakeTitle.spec, null, {
      name: "Probe",
      resolve: () => model,
    });
    await body(asReal<Excel.ChartTitle>(title), context);
  });
  return fake.stats();
}

const newModel = (): TitleModel => ({
  text: "Gaps",
  visible: true,
  formula: null,
  font: { bold: false },
});

describe("defineFake", () => {
  test("a property reads only after load + sync, and a load reads the model at sync", async () => {
    const model = newModel();
    await withTitle(model, async (title, context) => {
      expect(() => title.text).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }) as unknown as Error
      );
      title.load("text");
      model.text = "Changed before the sync";
      expect(() => title.text).toThrow(/text/);
      await context.sync();
      expect(title.text).toBe("Changed before the sync");
      expect(() => title.visible).toThrow(/visible/);
    });
  });

  test("a write is queued, applied at sync, and forgets what it makes stale", async () => {
    const model = newModel();
    const stats = await withTitle(model, async (title, context) => {
      title.load("text, visible");
      await context.sync();
      title.text = "New";
      expect(model.text).toBe("Gaps");
      expect(() => title.text).toThrow(/text/);
      expect(() => title.visible).toThrow(/visible/); // listed in `forgets`
      await context.sync();
      expect(model.text).toBe("New");
    });
    // The second sync sends exactly this request (written out by hand; the workbook is object 1).
    const sent =
      '{"Actions":[{"Id":1,"ObjectPathId":2,"Name":"set:text","Args":["New"]}],' +
      '"ObjectPaths":{"2":{"ParentId":null,"Name":"Probe","Args":[]}}}';
    expect(stats.syncs).toBe(2);
    expect(stats.perSync[1]).toMatchObject({ operations: 1, requestBytes: sent.length, ok: true });
  });

  test("a queued method is sent under its PascalCase action name with its arguments", async () => {
    const model = newModel();
    const stats = await withTitle(model, async (title, context) => {
      title.setFormula("=Sheet1!A1");
      expect(model.formula).toBeNull();
      await context.sync();
      expect(model.formula).toBe("=Sheet1!A1");
    });
    const sent =
      '{"Actions":[{"Id":1,"ObjectPathId":2,"Name":"SetFormula","Args":["=Sheet1!A1"]}],' +
      '"ObjectPaths":{"2":{"ParentId":null,"Name":"Probe","Args":[]}}}';
    expect(stats.perSync).toEqual([{ operations: 1, requestBytes: sent.length, ok: true }]);
  });

  test("load paths walk navigations; `*` loads every scalar; an unknown path fails at sync", async () => {
    const model = newModel();
    model.font.bold = true;
    await withTitle(model, async (title, context) => {
      title.load("format/font/bold");
      const all = title.load();
      await context.sync();
      expect(title.format.font.bold).toBe(true);
      expect(title.format).toBe(title.format); // a navigation is one object, reused
      expect([all.text, all.visible]).toEqual(["Gaps", true]);
      title.load("format/font/colour");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  test("a member the spec does not list is refused at run time, naming it", async () => {
    await withTitle(newModel(), async (title) => {
      expect(() => title.overlay).toThrow(/ChartTitle\.overlay is not supported by the fake/);
      expect(() => {
        title.top = 5;
      }).toThrow(/ChartTitle\.top cannot be set/);
    });
  });

  test("member names and types are checked against @types/office-js at compile time", () => {
    // A chart font over the title's model: right model, wrong Office.js type for `format`.
    const fontNavigation = nav(
      () => FakeFont,
      (t: TitleModel) => t.font
    );
    const checks: FakeDef<unknown, unknown>[] = [
      defineFake<Excel.ChartTitle, TitleModel>("ChartTitle", {
        // @ts-expect-error misspelled member: ChartTitle has no `txet`
        txet: { get: (t) => t.text },
      }),
      defineFake<Excel.ChartTitle, TitleModel>("ChartTitle", {
        // @ts-expect-error `height` is readonly in Office.js, so it cannot have a setter
        height: { get: () => 0, set: () => undefined },
      }),
      defineFake<Excel.ChartTitle, TitleModel>("ChartTitle", {
        // @ts-expect-error a navigation must lead to a fake of the member's type
        format: fontNavigation,
      }),
      defineFake<Excel.ChartTitle, TitleModel>("ChartTitle", {
        // @ts-expect-error a setter takes the member's type (text is a string)
        text: { get: (t) => t.text, set: (_t, value: number) => void value },
      }),
      // @ts-expect-error ChartFill has no `load` in Office.js: the spec must say loadable: false
      defineFake<Excel.ChartFill, TitleModel>("ChartFill", {}),
      defineFake<Excel.ChartFill, TitleModel>("ChartFill", {}, { loadable: false }),
    ].map((def) => def as unknown as FakeDef<unknown, unknown>);
    expect(checks.every((def) => typeof def.spec.typeName === "string")).toBe(true);
  });
});
