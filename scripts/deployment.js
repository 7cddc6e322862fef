/* global module, URL */
/**
 * Where the add-in is served from, for a deployable build (docs/deployment.md).
 * The checked-in manifest.xml points at the dev server (https://localhost:3000/); a build for
 * a host rewrites every one of those URLs to the host's base URL and the AppDomain to its
 * origin, and the pages' Content-Security-Policy names that origin. Plain CommonJS because
 * webpack.config.js and scripts/package.js load it without a compiler.
 */

/** Every URL in manifest.xml starts with this; nothing else in the file does. */
const DEV_BASE = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
/**
 * office.js opens this frame itself on every page load (o15apptofilemappingtable.js); refusing
 * it is a CSP violation on every load. It gets no workbook data; the add-in sends nothing.
 */
const OFFICE_TELEMETRY_FRAME_ORIGIN = "https://telemetryservice.firstpartyapps.oaspapps.com";

/**
 * `https://host/path` → `{ base: "https://host/path/", origin: "https://host" }`.
 * Throws with a sentence for the user on anything Office would not load: not https, a query
 * or fragment, credentials, or not a URL at all.
 */
function deploymentBase(text) {
  let url;
  try {
    url = new URL(String(text).trim());
  } catch {
    throw new Error(`"${text}" is not a URL; give the https address the add-in's files are served from, e.g. https://addins.example.com/servqual/`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`"${text}" is not https; Office only loads add-ins over https`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`"${text}" has a query, fragment or credentials; give the folder address only`);
  }
  const pathname = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return { base: `${url.origin}${pathname}`, origin: url.origin };
}

function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The dev manifest's text with every dev URL moved to `base` and the AppDomain to `origin`. */
function manifestForDeployment(devManifest, { base, origin }) {
  const moved = devManifest
    .split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`)
    .join(`<AppDomain>${escapeXml(origin)}</AppDomain>`)
    .split(DEV_BASE)
    .join(escapeXml(base));
  if (moved.includes("localhost")) {
    throw new Error("manifest.xml still names localhost after moving its URLs; a URL there does not start with " + DEV_BASE);
  }
  return moved;
}

/**
 * The task-pane pages' Content-Security-Policy (a <meta> in each built page, and a header
 * from the dev server): scripts only from our own files (and the deployment origin when
 * built for one) and Microsoft's office.js CDN; inline styles because Fluent UI (Griffel)
 * inserts <style> elements and React sets style attributes; images from our files and data:
 * URLs. Everything else, workers and connections included, falls back to default-src.
 */
function contentSecurityPolicy(origin) {
  const self = origin ? `'self' ${origin}` : "'self'";
  return [
    `default-src ${self}`,
    `script-src ${self} ${OFFICE_JS_ORIGIN}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src ${self} data:`,
    `frame-src 'self' ${OFFICE_TELEMETRY_FRAME_ORIGIN}`,
  ].join("; ");
}

module.exports = {
  DEV_BASE,
  OFFICE_JS_ORIGIN,
  OFFICE_TELEMETRY_FRAME_ORIGIN,
  deploymentBase,
  manifestForDeployment,
  contentSecurityPolicy,
};
