/**
 * The manifest's function file: the ribbon button only opens the task pane, so nothing
 * runs here but telling Office the file is ready. A bundle rather than an inline script:
 * the pages' Content-Security-Policy allows scripts from files only (docs/workbook-safety.md).
 */
if (typeof Office !== "undefined" && typeof Office.onReady === "function") void Office.onReady();
