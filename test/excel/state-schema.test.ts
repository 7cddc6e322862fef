import {
  parseState,
  serializeState,
  STATE_VERSION,
  stateToXml,
  xmlToStateText,
} from "../../src/excel/state-schema";
import type { SavedState } from "../../src/excel/workbook-api";
import { defaultOptions } from "../../src/core/config";

const config = {
  version: 2 as const,
  instrument: "servqual22" as const,
  columns: [],
  options: defaultOptions(),
};

const state: SavedState = {
  version: STATE_VERSION,
  config,
  source: { kind: "sheet", sheet: "Survey" },
  settings: { lang: "zh", prefix: "Q3 ", sheets: ["gap", "about"] },
  ownedSheets: [{ key: "gap", name: "Q3 差距分析", id: "{A}" }],
  lastRun: "2024-05-01T10:00:00.000Z",
};

describe("saved state", () => {
  it("round-trips through the CustomXmlPart document, even with ]]> and < in user text", () => {
    const tricky: SavedState = { ...state, source: { kind: "table", table: "a]]>b<c&d" } };
    const text = xmlToStateText(stateToXml(tricky));
    expect(text).not.toBeNull();
    const parsed = parseState(text as string);
    expect(parsed).toEqual({ ok: true, value: tricky });
  });

  it("keeps the gap model's surveys (a sheet and a range) and drops an unreadable one", () => {
    const withGap: SavedState = {
      ...state,
      gapSources: {
        management: { kind: "range", sheet: "Managers", address: "A1:W9" },
        staff: { kind: "sheet", sheet: "Staff" },
      },
    };
    expect(parseState(serializeState(withGap))).toEqual({ ok: true, value: withGap });
    const broken = JSON.parse(serializeState(withGap)) as Record<string, unknown>;
    broken.gapSources = { management: { kind: "range", sheet: "Managers" }, staff: null };
    const parsed = parseState(JSON.stringify(broken));
    expect(parsed.ok && parsed.value.gapSources).toEqual({ management: null, staff: null });
    // A state saved before the surveys existed has none.
    const before = parseState(serializeState(state));
    expect(before.ok && before.value.gapSources).toBeUndefined();
  });

  it("reads the element when the host re-serialised the CDATA as escaped text", () => {
    const json = serializeState(state).replace(/&/g, "&amp;").replace(/</g, "&lt;");
    const xml = `<ns0:state xmlns:ns0="urn:servqual-gap-analyzer:state" version="2">${json}</ns0:state>`;
    expect(parseState(xmlToStateText(xml) as string)).toEqual({ ok: true, value: state });
  });

  it("migrates a version 1 document (owned sheets known by name only)", () => {
    const v1 = {
      version: 1,
      config,
      source: { kind: "selection" },
      settings: { lang: "en", prefix: "", sheets: ["gap"] },
      ownedSheets: [{ key: "gap", name: "Gap table" }],
      lastRun: null,
    };
    const parsed = parseState(JSON.stringify(v1));
    expect(parsed).toEqual({
      ok: true,
      value: {
        version: 3,
        config,
        source: { kind: "selection" },
        settings: { lang: "en", prefix: "", sheets: ["gap"] },
        ownedSheets: [{ key: "gap", name: "Gap table" }],
        lastRun: null,
      },
    });
  });

  it("refuses a document from a newer add-in instead of guessing", () => {
    const parsed = parseState(JSON.stringify({ ...state, version: 99 }));
    expect(parsed.ok ? null : parsed.error.code).toBe("configVersion");
  });

  it("names the offending field", () => {
    const parsed = parseState(
      JSON.stringify({ ...state, ownedSheets: [{ key: "nope", name: "x" }] })
    );
    expect(parsed.ok ? null : parsed.error.field).toBe("ownedSheets[0]");
  });
});
