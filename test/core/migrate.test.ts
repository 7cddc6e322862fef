import { migrateState, STATE_VERSION } from "../../src/core/state-migrations";
import { migrateConfig } from "../../src/core/config-migrate";

describe("one migrate() for the config file and the saved state", () => {
  it("brings a version-1 saved state to the current version, dropping sheet ids", () => {
    const v1 = { version: 1, ownedSheets: [{ key: "gap", name: "Gap", id: "{1}" }], lastRun: null };
    expect(migrateState(v1)).toEqual({
      ok: true,
      value: { version: STATE_VERSION, ownedSheets: [{ key: "gap", name: "Gap" }], lastRun: null },
    });
    expect(v1.ownedSheets[0].id).toBe("{1}");
  });

  it("refuses a newer document with the same words for both", () => {
    const state = migrateState({ version: STATE_VERSION + 1 });
    const config = migrateConfig({ version: 99 });
    expect(state.ok ? null : state.error).toMatchObject({
      code: "configVersion",
      field: "version",
      message: expect.stringContaining(
        `saved state version ${STATE_VERSION + 1} is newer than this build understands`
      ),
    });
    expect(config.ok ? null : config.error.message).toContain(
      "config version 99 is newer than this build understands"
    );
  });

  it("refuses a state without a version number", () => {
    const state = migrateState({ ownedSheets: [] });
    expect(state.ok ? null : state.error.code).toBe("configVersion");
  });
});
