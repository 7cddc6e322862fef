#!/usr/bin/env node
/* global require, process, __dirname */
/**
 * `servqual` on the PATH (package.json "bin": npx servqual …, npm install -g). The CLI is
 * TypeScript compiled into dist-cli/ by `npm run build:cli` (run by `npm ci`/`npm install`
 * through the "prepare" script, and before `npm pack`); if it is missing, say what to run
 * instead of failing with a stack trace. Exit 2 is the CLI's "cannot run" status (docs/cli.md).
 */
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const cli = path.join(root, "dist-cli", "src", "cli");

if (!fs.existsSync(path.join(cli, "main.js"))) {
  process.stderr.write(
    `servqual: the command-line tool is not built yet; run \`npm run build:cli\` in ${root}\n`
  );
  process.exitCode = 2;
} else {
  const { main } = require(path.join(cli, "main.js"));
  const { ignoreClosedPipes, processIo } = require(path.join(cli, "io.js"));
  ignoreClosedPipes();
  main(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`servqual: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  );
}
