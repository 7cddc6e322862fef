/**
 * The slice of the `Office` global the add-in touches: document settings (persisted into the
 * fake workbook by saveAsync), display language, requirement-set checks and onReady.
 * Enum values are the strings office.js uses at run time ("Excel", "succeeded").
 */
import { versionAtMost } from "./excel-fake-requirements";
import type { WorkbookModel } from "./excel-fake-model";
import { asReal } from "./excel-fake-typing";

export interface OfficeShimOptions {
  displayLanguage: string;
  /** Highest ExcelApi requirement set reported as supported, e.g. "1.12". */
  excelApiVersion: string;
  platform: string;
}

type SaveCallback = (result: Office.AsyncResult<void>) => void;

/** Office.context.document.settings: edits stay in memory until saveAsync writes them to the workbook. */
export class FakeSettings implements Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync"> {
  private current: Record<string, unknown>;

  constructor(private readonly model: WorkbookModel) {
    this.current = JSON.parse(model.savedSettings) as Record<string, unknown>;
  }

  /** Reads the settings again from the workbook (a reopened or imported file). */
  reload(): void {
    this.current = JSON.parse(this.model.savedSettings) as Record<string, unknown>;
  }

  get(name: string): unknown {
    return name in this.current ? structuredClone(this.current[name]) : null;
  }

  set(name: string, value: unknown): void {
    // Settings are stored as JSON in the document; anything else would not survive a save.
    this.current[name] = JSON.parse(JSON.stringify(value ?? null)) as unknown;
  }

  remove(name: string): void {
    delete this.current[name];
  }

  saveAsync(
    optionsOrCallback?: Office.SaveSettingsOptions | SaveCallback,
    callback?: SaveCallback
  ): void {
    this.model.savedSettings = JSON.stringify(this.current);
    const done = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
    const asyncContext =
      typeof optionsOrCallback === "object" ? optionsOrCallback?.asyncContext : undefined;
    if (done) {
      setTimeout(() =>
        done(
          asReal<Office.AsyncResult<void>>({
            status: "succeeded",
            value: undefined,
            error: null,
            asyncContext,
            diagnostics: null,
          })
        )
      );
    }
  }
}

export interface FakeOffice {
  context: {
    document: { settings: Office.Settings };
    displayLanguage: string;
    contentLanguage: string;
    platform: string;
    host: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  };
  onReady(
    callback?: (info: { host: string; platform: string }) => unknown
  ): Promise<{ host: string; platform: string }>;
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  AsyncResultStatus: { Succeeded: string; Failed: string };
}

export function createOfficeShim(
  model: WorkbookModel,
  options: OfficeShimOptions,
  settings: FakeSettings = new FakeSettings(model)
): FakeOffice {
  const info = { host: "Excel", platform: options.platform };
  return {
    context: {
      document: { settings: asReal<Office.Settings>(settings) },
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      platform: options.platform,
      host: "Excel",
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          if (name !== "ExcelApi") return false;
          return (
            minVersion === undefined || versionAtMost(String(minVersion), options.excelApiVersion)
          );
        },
      },
    },
    onReady(callback) {
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
}
