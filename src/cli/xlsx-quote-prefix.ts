/**
 * Text cells Excel would re-read as something else when the user presses F2 + Enter (or
 * double-clicks and leaves): "=1+1" becomes a formula, "-5" a number, "1/2" a date,
 * "TRUE" a boolean. Such cells get the cell style's quotePrefix flag (what typing a leading
 * apostrophe sets), so they stay text. exceljs 4.4 has no quotePrefix: `enableQuotePrefix`
 * teaches its style writer the attribute (docs/cli.md#output-safety).
 */
import type { Style } from "exceljs";

const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/,]*\d/i;
const ERROR_LITERAL = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA)/i;

/** True when Excel would not keep `text` as text if it were typed into a cell. */
export function excelWouldReinterpret(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "") return false;
  // Formulas: = + - @ start one, also after leading spaces.
  if (/^[=+\-@]/.test(trimmed)) return true;
  // Numbers, percentages, currency, fractions, dates and times all start with a digit,
  // a decimal point, a sign, a currency sign or an accounting-style parenthesis.
  if (/^\(?[$€£¥]?\s*[.,]?\d/.test(trimmed)) return true;
  if (/^(true|false)$/i.test(trimmed)) return true;
  return ERROR_LITERAL.test(trimmed) || MONTH.test(trimmed);
}

/** The style with quotePrefix set; one shared object per source style (see xlsx-cell-styles). */
export function quotedStyle(style: Partial<Style>, cache: Map<Partial<Style>, Partial<Style>>) {
  let quoted = cache.get(style);
  if (quoted === undefined) {
    quoted = { ...style, quotePrefix: true } as Partial<Style>;
    cache.set(style, quoted);
  }
  return quoted;
}

interface XmlStream {
  openNode(name: string, attributes?: Record<string, unknown>): void;
}
interface StyleXformClass {
  prototype: {
    render(this: unknown, xmlStream: XmlStream, model: { quotePrefix?: boolean }): void;
  };
}
interface StylesXformClass {
  prototype: {
    addStyleModel(
      this: unknown,
      model: { quotePrefix?: boolean } | undefined,
      type?: unknown
    ): number;
    _addStyle(this: unknown, style: { quotePrefix?: boolean }): number;
  };
}

let enabled = false;

/**
 * Makes exceljs write `quotePrefix="1"` on the cell format (xf) of any cell whose style has
 * `quotePrefix: true`. Idempotent. Formats are deduplicated by their XML, so a quoted and
 * an unquoted style never share an index.
 */
export function enableQuotePrefix(): void {
  if (enabled) return;
  enabled = true;
  const StyleXform = require("exceljs/lib/xlsx/xform/style/style-xform") as StyleXformClass;
  const StylesXform = require("exceljs/lib/xlsx/xform/style/styles-xform") as StylesXformClass;
  let quoting = false;

  const addStyleModel = StylesXform.prototype.addStyleModel;
  StylesXform.prototype.addStyleModel = function (model, type) {
    quoting = model?.quotePrefix === true;
    try {
      return addStyleModel.call(this, model, type);
    } finally {
      quoting = false;
    }
  };
  const addStyle = StylesXform.prototype._addStyle;
  StylesXform.prototype._addStyle = function (style) {
    return addStyle.call(this, quoting ? { ...style, quotePrefix: true } : style);
  };
  const render = StyleXform.prototype.render;
  StyleXform.prototype.render = function (xmlStream, model) {
    if (model.quotePrefix !== true) return render.call(this, xmlStream, model);
    const openNode = xmlStream.openNode;
    // The xf element's own attributes go with its opening tag; its children are unchanged.
    xmlStream.openNode = function (this: XmlStream, name, attributes) {
      xmlStream.openNode = openNode;
      openNode.call(this, name, { ...attributes, quotePrefix: "1" });
    };
    try {
      render.call(this, xmlStream, model);
    } finally {
      xmlStream.openNode = openNode;
    }
  };
}
