/**
 * Entry point: waits for Office, then renders the pane with the real workbook API, the
 * Web Worker analysis runner and the Office host's language and theme.
 */
import { createRoot } from "react-dom/client";
import { createWorkbookApi } from "../excel";
import { App } from "./App";
import { readOfficeHost } from "./office-host";
import { createWorkerRunner } from "./worker-runner";

function mount(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <App api={createWorkbookApi()} runner={createWorkerRunner()} host={readOfficeHost()} />
  );
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => mount());
} else {
  // Opened outside Office (a plain browser): render anyway so the page says something useful.
  mount();
}
