/**
 * Number formats and styles of a block, resolved per cell and shared between cells. exceljs
 * gives every cell its own style object and, when saving, serialises each one to find
 * duplicates; cells that share one object are recognised at once. On a 100k-row block that
 * is most of the save time, so cells with the same sequence of plan entries get the same
 * (never mutated afterwards) style object.
 */

import type { Style, Worksheet } from "exceljs";
import type { Block, RelRange } from "../report";
import { mergeStyleParts, styleParts, type StyleParts } from "./xlsx-style";

type Entry = { range: RelRange; numFmt: string } | { range: RelRange; parts: StyleParts };

function entriesOf(block: Block): Entry[] {
  return [
    ...(block.numberFormats ?? []).map(({ range, format }): Entry => ({ range, numFmt: format })),
    ...(block.styles ?? []).map(({ range, style }): Entry => ({ range, parts: styleParts(style) })),
  ];
}

function withEntry(style: Partial<Style>, entry: Entry): Partial<Style> {
  return "numFmt" in entry
    ? { ...style, numFmt: entry.numFmt }
    : mergeStyleParts(style, entry.parts);
}

export function applyBlockStyles(ws: Worksheet, block: Block): void {
  const entries = entriesOf(block);
  if (entries.length === 0) return;
  const width = block.values[0].length;
  // styleIds[cell] indexes `styles`; 0 = untouched. A cell's id depends only on the entries
  // that covered it, so `transitions` maps (id, entry) → id and each style is built once.
  const styleIds = new Int32Array(block.values.length * width);
  const styles: Partial<Style>[] = [{}];
  const transitions = new Map<number, number>();
  entries.forEach((entry, e) => {
    const { row, col, rowCount, colCount } = entry.range;
    for (let r = row; r < row + rowCount; r++) {
      for (let c = col; c < col + colCount; c++) {
        const i = r * width + c;
        const key = styleIds[i] * entries.length + e;
        let id = transitions.get(key);
        if (id === undefined) {
          id = styles.length;
          styles.push(withEntry(styles[styleIds[i]], entry));
          transitions.set(key, id);
        }
        styleIds[i] = id;
      }
    }
  });
  for (let r = 0; r < block.values.length; r++) {
    const row = ws.getRow(block.row + r + 1);
    for (let c = 0; c < width; c++) {
      const id = styleIds[r * width + c];
      if (id !== 0) row.getCell(block.col + c + 1).style = styles[id];
    }
  }
}
