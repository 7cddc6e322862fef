#!/usr/bin/env node
/* global require, __dirname, process, console */
/**
 * `npm start`: serves the task pane on https://localhost:3000 (webpack-dev-server, rebuilds
 * on change) and prints how to sideload manifest.xml into Excel on the web, Windows and Mac.
 * `npm start -- --production` serves a production build instead (what `npm run build` makes).
 */
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const manifest = path.join(root, "manifest.xml");
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
const haveCerts = ["ca.crt", "localhost.crt", "localhost.key"].every((f) =>
  fs.existsSync(path.join(certDir, f))
);
const mode = process.argv.includes("--production") ? "production" : "development";

const instructions = `
ServQual Gap Analyzer — task pane at https://localhost:3000/taskpane.html
Manifest: ${manifest}

Certificate: ${
  haveCerts
    ? `using ${certDir} (trust ca.crt once: npx office-addin-dev-certs install)`
    : "webpack-dev-server's self-signed certificate. Office only loads add-ins from a trusted\n  https origin: run `npx office-addin-dev-certs install` once and restart, or open\n  https://localhost:3000/taskpane.html in your browser and accept the certificate."
}

Sideload the add-in:
  Excel on the web   Open a workbook > Home > Add-ins > More Add-ins > My Add-ins >
                     Upload My Add-in > choose manifest.xml. Then Home > SERVQUAL gaps.
  Excel on Windows   npx office-addin-debugging start manifest.xml desktop
                     (or: put manifest.xml in a shared network folder, add it under
                     File > Options > Trust Center > Trusted Add-in Catalogs, restart Excel,
                     then Home > Add-ins > Advanced > Shared Folder).
  Excel on Mac       npx office-addin-debugging start manifest.xml desktop
                     (or copy manifest.xml to
                     ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart
                     Excel, then Home > Add-ins).
office-addin-debugging is not a dependency of this project (it needs desktop Office); npx
fetches it on demand.

Press Ctrl+C to stop the server.
`;

console.log(instructions);

const cli = require.resolve("webpack-cli/bin/cli.js");
const child = spawn(process.execPath, [cli, "serve", "--mode", mode], {
  cwd: root,
  stdio: "inherit",
});
const stop = (signal) => {
  if (!child.killed) child.kill(signal);
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
child.on("exit", (code, signal) => process.exit(signal || code === null ? 0 : code));
