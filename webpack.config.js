/* global require, module, __dirname, process */
/**
 * Builds the task pane into dist/.
 *   webpack --mode production                 the add-in; office.js from Microsoft's CDN
 *   webpack --mode production --env harness   for browser tests: office.js (and the mapping
 *                                             table it loads next to itself) copied into
 *                                             dist/office-js/ and referenced locally
 *   webpack --mode production --env url=https://host/path/   (or ADDIN_URL=…) for a host:
 *                                             dist/manifest.xml points there (docs/deployment.md)
 *   webpack serve --mode development          dev server on https://localhost:3000
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { contentSecurityPolicy, deploymentBase, manifestForDeployment } = require("./scripts/deployment");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL_DIR = "office-js";
const DEV_PORT = 3000;


/** office-addin-dev-certs' files when present (its own API rejects here; see TOOLCHAIN.md). */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (!Object.values(paths).every((p) => fs.existsSync(p))) return null;
  return Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)]));
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const harness = Boolean(env.harness);
  const officeJs = harness ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN;
  const addinUrl = env.url || process.env.ADDIN_URL;
  // Without a URL the build keeps the dev manifest (https://localhost:3000/).
  const deployment = addinUrl && !harness ? deploymentBase(addinUrl) : null;
  const CONTENT_SECURITY_POLICY = contentSecurityPolicy(deployment ? deployment.origin : undefined);

  const copies = [
    { from: "assets", to: "assets", noErrorOnMissing: true },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      ...(deployment && {
        transform: (content) => manifestForDeployment(content.toString("utf8"), deployment),
      }),
    },
  ];
  if (harness) {
    const officeDist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
    // office.js loads o15apptofilemappingtable.js from its own folder; without it Office.onReady never resolves.
    for (const file of ["office.js", "o15apptofilemappingtable.js"]) {
      // Copied byte for byte: `minimized` keeps Terser away from Microsoft's files.
      copies.push({
        from: path.join(officeDist, file),
        to: `${OFFICE_JS_LOCAL_DIR}/${file}`,
        info: { minimized: true },
      });
    }
  }

  const certificates = devCertificates();

  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the Content-Security-Policy forbids eval in development too.
    devtool: production ? false : "cheap-module-source-map",
    entry: { taskpane: "./src/taskpane/index.tsx", commands: "./src/taskpane/commands.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          // The pipeline stages are pure (ARCHITECTURE.md), so unused exports may be dropped
          // whole; package.json does not say so for the CLI's sake, so say it here.
          test: /[\\/]src[\\/](core|report|i18n)[\\/].*\.ts$/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // `npm run typecheck` checks types; the bundle only needs each file transpiled.
              transpileOnly: true,
              // ESM output is what lets webpack tree-shake Fluent UI (CommonJS made it 63× larger).
              compilerOptions: {
                module: "ESNext",
                moduleResolution: "bundler",
                noEmit: false,
                sourceMap: !production,
              },
            },
          },
        },
      ],
    },
    optimization: {
      sideEffects: true,
      usedExports: true,
      splitChunks: { chunks: "async" },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJs,
        csp: CONTENT_SECURITY_POLICY,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        chunks: ["commands"],
        officeJs,
        csp: CONTENT_SECURITY_POLICY,
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
        inject: false,
        csp: CONTENT_SECURITY_POLICY,
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      hot: false,
      headers: {
        "Access-Control-Allow-Origin": "*",
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      },
      static: false,
      server: certificates ? { type: "https", options: certificates } : { type: "https" },
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
