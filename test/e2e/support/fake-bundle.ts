/**
 * Bundles test/e2e/harness-entry.ts (the in-memory Excel fake plus `window.__servqualFake`)
 * into one browser script for `page.addInitScript`. Built once and cached in the OS temp
 * folder, keyed by the sources' modification times, so several e2e files share one build.
 */
import { createHash } from "crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import webpack from "webpack";
import { REPO_ROOT as ROOT } from "./paths";

const ENTRY = resolve(ROOT, "test/e2e/harness-entry.ts");
const SOURCES = [resolve(ROOT, "test/fakes"), ENTRY];

function sourceStamp(): string {
  const hash = createHash("sha1");
  const visit = (path: string) => {
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else if (/\.ts$/.test(path) && !/\.test\.ts$/.test(path)) {
      hash.update(`${path}:${info.mtimeMs}:${info.size}\n`);
    }
  };
  SOURCES.forEach(visit);
  return hash.digest("hex").slice(0, 16);
}

function compile(outDir: string, fileName: string): Promise<void> {
  const compiler = webpack({
    mode: "production",
    devtool: false,
    target: "web",
    entry: ENTRY,
    output: { path: outDir, filename: fileName, iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: {
                module: "ESNext",
                moduleResolution: "bundler",
                noEmit: false,
                sourceMap: false,
              },
            },
          },
        },
      ],
    },
    performance: { hints: false },
  });
  if (!compiler)
    return Promise.reject(new Error("webpack returned no compiler for the harness bundle"));
  return new Promise((done, fail) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return fail(error);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      done();
    });
  });
}

/** The fake's browser bundle as source text. */
export async function fakeBundleSource(): Promise<string> {
  const dir = join(tmpdir(), "servqual-e2e");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `harness-${sourceStamp()}.js`);
  if (!existsSync(file)) {
    // Build beside the final name, then rename: parallel jest workers never read half a file.
    const scratch = join(dir, `build-${process.pid}-${Date.now()}`);
    await compile(scratch, "harness.js");
    renameSync(join(scratch, "harness.js"), file);
  }
  return readFileSync(file, "utf8");
}

/** Writes the bundle where a human can load it by hand (debugging a failing scenario). */
export async function writeFakeBundle(path: string): Promise<void> {
  writeFileSync(path, await fakeBundleSource());
}
