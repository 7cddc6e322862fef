/**
 * `servqual template --xlsx FILE`: writes the questionnaire template (a printable
 * questionnaire and a data-entry table the analysis maps without a question) for a preset,
 * in English or Chinese. See docs/action-plan.md#questionnaire-template.
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import {
  ok,
  ServqualError,
  type Result,
  PRESET_IDS,
  isPresetId,
  resolveInstrument,
  type Lang,
  type PresetId,
  type Scale,
} from "../core";
import { buildQuestionnairePlan, DEFAULT_ENTRY_ROWS } from "../report";
import { parseScale } from "./args";
import { errorMessage } from "./error-text";
import { EXIT_OK } from "./exit-codes";
import { cliEn, cliZh, tableTranslator } from "../i18n";
import { cliError, parseArgsError, usageError, usageProblem } from "./usage-error";
import type { CliIo } from "./io";
import { planToXlsxBuffer } from "./xlsx-writer";

export interface TemplateArgs {
  xlsx: string;
  instrument: PresetId;
  lang: Lang;
  scale?: Scale;
  rows: number;
  prefix: string;
}

/** Beyond this a template is a data dump, not a form; Excel tables grow as rows are added. */
const MAX_ROWS = 100000;

export function parseTemplateArgs(argv: string[]): Result<TemplateArgs> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        xlsx: { type: "string" },
        instrument: { type: "string" },
        lang: { type: "string" },
        scale: { type: "string" },
        rows: { type: "string" },
        prefix: { type: "string" },
      },
      allowPositionals: false,
      strict: true,
    });
  } catch (error) {
    return parseArgsError(error);
  }
  const values = parsed.values;
  if (values.xlsx === undefined) return usageError("usage.templateXlsx");
  const instrument = values.instrument ?? "servqual22";
  if (!isPresetId(instrument)) {
    return usageError("usage.instrument", { ids: PRESET_IDS.join(", "), value: instrument });
  }
  const lang = values.lang ?? "en";
  if (lang !== "en" && lang !== "zh") return usageError("usage.lang", { value: lang });
  let scale: Scale | undefined;
  if (values.scale !== undefined) {
    const parsedScale = parseScale(values.scale);
    if (!parsedScale.ok) return parsedScale;
    scale = parsedScale.value;
  }
  const rowsText = values.rows ?? String(DEFAULT_ENTRY_ROWS);
  const rows = Number(rowsText);
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS) {
    return usageError("usage.rows", { max: MAX_ROWS, value: rowsText });
  }
  return ok({ xlsx: values.xlsx, instrument, lang, scale, rows, prefix: values.prefix ?? "" });
}

export async function template(args: TemplateArgs, io: CliIo): Promise<number> {
  const instrument = resolveInstrument(args.instrument, args.scale);
  if (!instrument.ok) throw new ServqualError(instrument.error);
  // A template is filled in by hand: never overwrite one that may hold answers.
  if (fs.existsSync(args.xlsx)) {
    throw new ServqualError(usageProblem("usage.templateExists", { file: args.xlsx }));
  }
  const plan = buildQuestionnairePlan({
    lang: args.lang,
    instrument: instrument.value,
    prefix: args.prefix,
    entryRows: args.rows,
  });
  const bytes = await planToXlsxBuffer(plan);
  const temp = path.join(
    path.dirname(args.xlsx),
    `.${path.basename(args.xlsx)}.${process.pid}.tmp`
  );
  try {
    fs.writeFileSync(temp, bytes, { flag: "wx" });
    fs.renameSync(temp, args.xlsx);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const params = { file: args.xlsx, reason: errorMessage(error) };
    throw cliError("usage", "template.cannotWrite", params, error);
  }
  const t = tableTranslator({ en: cliEn, zh: cliZh }, args.lang);
  const wrote = { file: args.xlsx, items: instrument.value.items.length, rows: args.rows };
  io.stderr(`${t("template.wrote", wrote)}\n`);
  return EXIT_OK;
}
