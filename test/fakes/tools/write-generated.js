/* Shared by the generators here: formats a generated TypeScript file with the repo's prettier
 * config and writes it, or with --check only compares it (exit 1 when the file is stale). */
/* global require, module, console, process */
const fs = require("fs");
const path = require("path");
const prettier = require("prettier");

function writeGenerated(root, target, source, summary) {
  const file = path.join(root, target);
  return prettier
    .resolveConfig(file)
    .then((options) => prettier.format(source, Object.assign({}, options, { filepath: file })))
    .then((text) => {
      if (process.argv.includes("--check")) {
        const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
        if (current !== text) {
          const generator = path.relative(root, process.argv[1]);
          console.error(`${target} is stale: run node ${generator}`);
          process.exit(1);
        }
        console.log(`${summary}: up to date`);
        return;
      }
      fs.writeFileSync(file, text);
      console.log(`${summary}: written`);
    });
}

module.exports = { writeGenerated };
