/** Translates the plan's CellStyle into exceljs style parts and applies them to cells. */

import type { Alignment, Borders, Cell, Fill, Font, Style } from "exceljs";
import type { CellStyle } from "../report";

/** "#RRGGBB" → exceljs ARGB "FFRRGGBB"; anything else is refused so a typo cannot corrupt the file. */
export function argb(color: string): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!match) throw new Error(`invalid colour "${color}" (expected #RRGGBB)`);
  return `FF${match[1].toUpperCase()}`;
}

export function solidFill(color: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(color) } };
}

const THIN_BORDERS: Partial<Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** A font element without name and size renders differently across apps; start from Excel's default. */
const DEFAULT_FONT: Partial<Font> = { name: "Calibri", size: 11, family: 2 };

const VERTICAL: Record<NonNullable<CellStyle["vAlign"]>, Alignment["vertical"]> = {
  top: "top",
  center: "middle",
  bottom: "bottom",
};

/** Parts of an exceljs style a CellStyle sets; unset parts stay as they were on the cell. */
export interface StyleParts {
  font?: Partial<Font>;
  fill?: Fill;
  alignment?: Partial<Alignment>;
  border?: Partial<Borders>;
}

export function styleParts(style: CellStyle): StyleParts {
  const parts: StyleParts = {};
  const font: Partial<Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (Object.keys(font).length > 0) parts.font = font;
  if (style.fill !== undefined) parts.fill = solidFill(style.fill);
  const alignment: Partial<Alignment> = {};
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.hAlign !== undefined) alignment.horizontal = style.hAlign;
  if (style.vAlign !== undefined) alignment.vertical = VERTICAL[style.vAlign];
  if (Object.keys(alignment).length > 0) parts.alignment = alignment;
  if (style.border) parts.border = THIN_BORDERS;
  return parts;
}

/**
 * Several plan styles may cover one cell (a bold header row and a filled column): each adds
 * its properties to what the cell already has, later entries winning per property.
 */
export function applyStyleParts(cell: Cell, parts: StyleParts): void {
  if (parts.font) cell.font = { ...DEFAULT_FONT, ...cell.font, ...parts.font };
  if (parts.fill) cell.fill = parts.fill;
  if (parts.alignment) cell.alignment = { ...cell.alignment, ...parts.alignment };
  if (parts.border) cell.border = { ...parts.border };
}

/** A new style: `style` with `parts` added, by the same rules as applyStyleParts. */
export function mergeStyleParts(style: Partial<Style>, parts: StyleParts): Partial<Style> {
  const merged: Partial<Style> = { ...style };
  if (parts.font) merged.font = { ...DEFAULT_FONT, ...style.font, ...parts.font };
  if (parts.fill) merged.fill = parts.fill;
  if (parts.alignment) merged.alignment = { ...style.alignment, ...parts.alignment };
  if (parts.border) merged.border = { ...parts.border };
  return merged;
}
