/**
 * Writes kept rows into column arrays through a small row-major block.
 *
 * Reading is row by row (that is how cells arrive), but the output is one large array per
 * column. Writing one value into each of ~50 arrays per row defeats the cache; buffering
 * 256 rows and copying them out column by column is 2–3× faster at 100k respondents.
 */
export class BlockWriter {
  /** The current block, row-major: value j of the block's row s is at s · width + j. */
  readonly buffer: Float64Array;
  private readonly width: number;
  private slot = 0;
  private written = 0;

  constructor(
    private readonly targets: Float64Array[],
    private readonly rowsPerBlock = 256
  ) {
    this.width = targets.length;
    this.buffer = new Float64Array(rowsPerBlock * this.width);
  }

  /** Where the current row's values start in `buffer`. */
  rowBase(): number {
    return this.slot * this.width;
  }

  /** Keeps the current row (a row never committed is overwritten by the next one). */
  commitRow(): void {
    this.slot++;
    if (this.slot === this.rowsPerBlock) this.flush();
  }

  /** Copies the committed rows out; call once more after the last row. */
  flush(): void {
    const { buffer, width, slot, written } = this;
    for (let j = 0; j < width; j++) {
      const target = this.targets[j];
      for (let s = 0, at = j; s < slot; s++, at += width) target[written + s] = buffer[at];
    }
    this.written += slot;
    this.slot = 0;
  }
}
