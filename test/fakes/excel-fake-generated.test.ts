/** Checked-in generated fake code must match what its generator writes today. */
import { spawnSync } from "child_process";
import path from "path";

const root = path.resolve(__dirname, "../..");

function check(generator: string): { status: number | null; stderr: string } {
  const run = spawnSync(
    process.execPath,
    [path.join(root, "test/fakes/tools", generator), "--check"],
    { cwd: root, encoding: "utf8" }
  );
  return { status: run.status, stderr: run.stderr };
}

describe("generated fake files", () => {
  it("excel-fake-enums.generated.ts is what tools/generate-excel-enums.js writes", () => {
    expect(check("generate-excel-enums.js")).toEqual({ status: 0, stderr: "" });
  });

  it("excel-fake-api-sets.generated.ts matches @types/office-js and the fake's specs", () => {
    expect(check("generate-excel-api-sets.js")).toEqual({ status: 0, stderr: "" });
  });
});
