/**
 * A1-style references for data-quality issues.
 * TEMPORARY private copy of core/mapping's `cellRef` quoting rules until that module lands;
 * whole-row references ("Sheet1!7:7") are built on the same sheet prefix.
 */

function columnLetters(index0: number): string {
  let letters = "";
  let n = index0 + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Excel leaves plain names unquoted; anything else (spaces, punctuation, A1-like) is quoted. */
function sheetPrefix(sheetName: string | undefined): string {
  if (sheetName === undefined || sheetName === "") return "";
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheetName) && !/^[A-Za-z]{1,3}\d+$/.test(sheetName);
  return plain ? `${sheetName}!` : `'${sheetName.replace(/'/g, "''")}'!`;
}

export function cellRef(sheetName: string | undefined, row1: number, col0: number): string {
  return `${sheetPrefix(sheetName)}${columnLetters(col0)}${row1}`;
}

/** "Sheet1!7:7", "'My sheet'!7:7", or "7:7" without a sheet (CSV). */
export function rowRef(sheetName: string | undefined, row1: number): string {
  const anyCell = cellRef(sheetName, row1, 0);
  const bang = anyCell.lastIndexOf("!");
  const sheet = bang >= 0 ? anyCell.slice(0, bang + 1) : "";
  return `${sheet}${row1}:${row1}`;
}
