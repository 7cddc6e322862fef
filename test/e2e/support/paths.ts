/**
 * The repository root, found by walking up to this project's package.json: these helpers
 * run from test/e2e/support (jest) and from dist-cli/test/e2e/support (the built bench).
 */
import { existsSync, readFileSync } from "fs";
import { dirname, join, resolve } from "path";

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (
      existsSync(manifest) &&
      /"name":\s*"servqual-gap-analyzer"/.test(readFileSync(manifest, "utf8"))
    )
      return dir;
    if (dirname(dir) === dir)
      throw new Error(`no servqual-gap-analyzer package.json above ${start}`);
  }
}

export const REPO_ROOT = findRoot(resolve(__dirname));
