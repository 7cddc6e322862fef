/** Checked-in generated fake code must match what its generator writes today. */
import { spawnSync } from "child_process";
import path from "path";

const root = path.resolve(__dirname, "../..");

describe("generated fake files", () => {
  it("excel-fake-enums.generated.ts is what tools/generate-excel-enums.js writes", () => {
    const run = spawnSync(
      process.execPath,
      [path.join(root, "test/fakes/tools/generate-excel-enums.js"), "--check"],
      { cwd: root, encoding: "utf8" }
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
