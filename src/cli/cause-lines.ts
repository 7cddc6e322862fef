/**
 * The cause chain of a failure, one "Cause: …" line per link after the error line, so a
 * bug report shows what Node or a library said underneath (docs/cli.md#errors). Each link
 * is one line (newlines folded, control characters escaped); a chain is cut at 5 links or
 * where it loops back.
 */
import type { Lang } from "../core";
import { cliEn, cliZh, tableTranslator } from "../i18n";
import { errorMessage } from "./error-text";
import { escapeControl } from "./terminal-text";

const MAX_LINKS = 5;

function causeOf(value: unknown): unknown {
  return typeof value === "object" && value !== null && "cause" in value
    ? (value as { cause: unknown }).cause
    : undefined;
}

function nameOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null || !("name" in value)) return null;
  const name = (value as { name: unknown }).name;
  return typeof name === "string" && name !== "Error" ? name : null;
}

/** One link as text: "SyntaxError: Unexpected token…" (a plain Error's name is left out). */
function linkText(value: unknown): string {
  const full =
    typeof value === "object" && value !== null && "message" in value
      ? String((value as { message: unknown }).message)
      : errorMessage(value);
  const name = nameOf(value);
  const text = full.replace(/\s*\n\s*/g, " ").trim();
  return name === null ? text : `${name}: ${text}`;
}

/** `first`: the failure's own cause (AppError.cause); its causes follow. */
export function causeLines(first: unknown, lang: Lang): string[] {
  const t = tableTranslator({ en: cliEn, zh: cliZh }, lang);
  const lines: string[] = [];
  const seen = new Set<unknown>();
  for (let link = first; link !== undefined && link !== null; link = causeOf(link)) {
    if (seen.has(link) || lines.length >= MAX_LINKS) break;
    seen.add(link);
    lines.push(escapeControl(t("error.cause", { cause: linkText(link) })));
  }
  return lines;
}
