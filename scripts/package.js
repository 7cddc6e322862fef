/* global require, process, __dirname */
/**
 * `npm run package [-- --out FILE]`: zips dist/ (built with `npm run build -- --env url=…`)
 * into servqual-addin.zip for any static https host; see docs/deployment.md. Refuses a dist/
 * whose manifest still points at the dev server, because such a zip would load nothing once
 * deployed.
 */
const fs = require("fs");
const path = require("path");
const { parseArgs } = require("util");
const JSZip = require("jszip");

const ROOT = path.resolve(__dirname, "..");

function fail(message) {
  process.stderr.write(`package: ${message}\n`);
  process.exit(2);
}

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

async function main() {
  const { values } = parseArgs({
    options: { out: { type: "string" }, dist: { type: "string" } },
  });
  const dist = path.resolve(values.dist ?? path.join(ROOT, "dist"));
  const out = path.resolve(values.out ?? path.join(ROOT, "servqual-addin.zip"));
  const manifestPath = path.join(dist, "manifest.xml");
  const build = "npm run build -- --env url=https://your.host/path/";
  if (!fs.existsSync(manifestPath) || !fs.existsSync(path.join(dist, "taskpane.html"))) {
    fail(`${dist} has no built add-in; run: ${build}`);
  }
  const manifest = fs.readFileSync(manifestPath, "utf8");
  if (manifest.includes("localhost")) {
    fail(`${manifestPath} points at https://localhost:3000 (a dev build); run: ${build}`);
  }
  const zip = new JSZip();
  const files = filesUnder(dist).sort();
  for (const file of files) {
    const name = path.relative(dist, file).split(path.sep).join("/");
    zip.file(name, fs.readFileSync(file), { date: new Date(fs.statSync(file).mtimeMs) });
  }
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  fs.writeFileSync(out, bytes);
  const appDomain = /<AppDomain>([^<]*)<\/AppDomain>/.exec(manifest)?.[1] ?? "?";
  process.stdout.write(
    `${out}: ${files.length} files, ${bytes.length} bytes, for ${appDomain}\n` +
      "Serve the files at the manifest's URLs over https; give manifest.xml to Office (docs/deployment.md).\n"
  );
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
