/**
 * What a file really is, from its first bytes, so that a workbook renamed .csv, a PDF or
 * random bytes are named as such (exit 2) instead of being parsed as text with garbage
 * headers, and a CSV saved as .xlsx is recognised too (docs/cli.md#input-files).
 */

/**
 * What a file holds, as a key of the CLI's message tables (`fileKind.<kind>` in
 * src/i18n/cli-en.ts: "an Excel workbook (.xlsx)"), so messages name it in the run's language.
 */
export type FileKind =
  | "xlsx"
  | "docx"
  | "pptx"
  | "ods"
  | "zip"
  | "emptyZip"
  | "oldOffice"
  | "pdf"
  | "gzip"
  | "xz"
  | "zstd"
  | "sevenZip"
  | "rar"
  | "png"
  | "jpeg"
  | "gif"
  | "sqlite"
  | "elf"
  | "utf16be"
  | "utf16le"
  | "binary"
  | "xml2003"
  | "html"
  | "empty"
  | "textNotXlsx";

/** The kind of a binary file, or null for plain text. */
export type BinaryKind = FileKind | null;

const SAMPLE_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((b, i) => bytes[at + i] === b);
}

function ascii(text: string): number[] {
  return Array.from(text, (ch) => ch.charCodeAt(0));
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(text, 0, "latin1");
}

/** Zip containers, told apart by the names of the entries near the start. */
function zipKind(bytes: Uint8Array): FileKind {
  if (containsAscii(bytes, "xl/")) return "xlsx";
  if (containsAscii(bytes, "word/")) return "docx";
  if (containsAscii(bytes, "ppt/")) return "pptx";
  if (containsAscii(bytes, "opendocument.spreadsheet")) return "ods";
  return "zip";
}

const SIGNATURES: { bytes: number[]; kind: FileKind | ((bytes: Uint8Array) => FileKind) }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: zipKind },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: "emptyZip" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: "oldOffice" },
  { bytes: ascii("%PDF"), kind: "pdf" },
  { bytes: [0x1f, 0x8b], kind: "gzip" },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], kind: "xz" },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], kind: "zstd" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: "sevenZip" },
  { bytes: ascii("Rar!"), kind: "rar" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: "png" },
  { bytes: [0xff, 0xd8, 0xff], kind: "jpeg" },
  { bytes: ascii("GIF8"), kind: "gif" },
  { bytes: ascii("SQLite format 3"), kind: "sqlite" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: "elf" },
];

/**
 * The kind of a binary (non-text) file, or null when the bytes look like text in an
 * encoding the CLI reads (UTF-8, UTF-16 with BOM, GBK).
 */
export function sniffBinary(bytes: Uint8Array): BinaryKind {
  for (const { bytes: signature, kind } of SIGNATURES) {
    if (startsWith(bytes, signature)) return typeof kind === "string" ? kind : kind(bytes);
  }
  const hasBom =
    startsWith(bytes, [0xff, 0xfe]) ||
    startsWith(bytes, [0xfe, 0xff]) ||
    startsWith(bytes, [0xef, 0xbb, 0xbf]);
  if (hasBom) return null;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let zeros = 0;
  let zerosAtEven = 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) {
      zeros++;
      if (i % 2 === 0) zerosAtEven++;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) {
      controls++;
    }
  }
  // ASCII in UTF-16 is every other byte zero, all on one side.
  if (zeros > sample.length / 8 && (zerosAtEven > zeros * 0.9 || zerosAtEven < zeros * 0.1)) {
    return zerosAtEven > zeros / 2 ? "utf16be" : "utf16le";
  }
  // Text never holds NUL; a few stray control characters can occur, a binary's share cannot.
  if (zeros > 0 || controls > Math.max(2, sample.length / 100)) return "binary";
  return null;
}

/** For a file named .xlsx that is not a zip: what it holds instead, for the message. */
export function notAWorkbook(bytes: Uint8Array): FileKind {
  const binary = sniffBinary(bytes);
  if (binary !== null) return binary;
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("utf8").trimStart().toLowerCase();
  if (head.startsWith("<?xml") && head.includes("urn:schemas-microsoft-com:office:spreadsheet"))
    return "xml2003";
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<table"))
    return "html";
  if (bytes.length === 0) return "empty";
  return "textNotXlsx";
}
