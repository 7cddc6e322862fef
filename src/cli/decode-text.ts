export interface DecodedText {
  text: string;
  /** What the bytes were read as. */
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030";
}

/**
 * Survey CSVs are meant to be UTF-8 (with or without BOM), but Excel on Chinese Windows
 * saves "CSV" in GBK and "Unicode text" in UTF-16. Rather than mis-read those headers
 * (and report a baffling incomplete mapping), decode them and let the caller say so.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    // The decoder keeps a BOM when ignoreBOM is set; readCsv strips it.
    return {
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: "utf-8",
    };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}
