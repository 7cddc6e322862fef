/**
 * Survey platforms' own columns (docs/platform-exports.md): which platform wrote an export,
 * which of its columns are the platform's metadata (never answers, never mapped) and which
 * is the respondent id. Matched on the header text without case or separators, in any of
 * the header rows (Qualtrics' legacy format names its columns in row 2).
 */
import { nameKey } from "./header-normalise";
import type { LocalisedText } from "./types";

export type PlatformId =
  "qualtrics" | "surveymonkey" | "googleForms" | "microsoftForms" | "wenjuanxing" | "tencent";

interface PlatformSpec {
  id: PlatformId;
  name: LocalisedText;
  /** Header texts of the platform's metadata columns. */
  metadata: readonly string[];
  /** Of those, the respondent id columns, best first. */
  idColumns: readonly string[];
  /** How many metadata columns make the platform certain. */
  minimum: number;
}

const SPECS: readonly PlatformSpec[] = [
  {
    id: "qualtrics",
    name: { en: "Qualtrics", zh: "Qualtrics" },
    metadata: [
      "StartDate",
      "EndDate",
      "Status",
      "IPAddress",
      "Progress",
      "Duration (in seconds)",
      "Finished",
      "RecordedDate",
      "ResponseId",
      "ResponseID",
      "ResponseSet",
      "RecipientLastName",
      "RecipientFirstName",
      "RecipientEmail",
      "ExternalReference",
      "ExternalDataReference",
      "LocationLatitude",
      "LocationLongitude",
      "LocationAccuracy",
      "DistributionChannel",
      "UserLanguage",
      "Q_RecaptchaScore",
      "Start Date",
      "End Date",
      "Response Type",
      "IP Address",
      "Recorded Date",
      "Response ID",
      "Recipient Last Name",
      "Recipient First Name",
      "Recipient Email",
      "External Data Reference",
      "Location Latitude",
      "Location Longitude",
      "Distribution Channel",
      "User Language",
    ],
    idColumns: ["ResponseId", "Response ID"],
    minimum: 4,
  },
  {
    id: "surveymonkey",
    name: { en: "SurveyMonkey", zh: "SurveyMonkey" },
    metadata: [
      "Respondent ID",
      "Collector ID",
      "Start Date",
      "End Date",
      "IP Address",
      "Email Address",
      "First Name",
      "Last Name",
      "Custom Data",
      "Custom Data 1",
    ],
    idColumns: ["Respondent ID"],
    minimum: 3,
  },
  {
    id: "googleForms",
    name: { en: "Google Forms", zh: "Google 表单" },
    metadata: ["Timestamp", "Email address", "Score", "时间戳记", "电子邮件地址", "分数"],
    idColumns: [],
    minimum: 1,
  },
  {
    id: "microsoftForms",
    name: { en: "Microsoft Forms", zh: "Microsoft Forms" },
    metadata: [
      "ID",
      "Start time",
      "Completion time",
      "Email",
      "Name",
      "Last modified time",
      "开始时间",
      "完成时间",
      "电子邮件",
      "名称",
      "上次修改时间",
    ],
    idColumns: ["ID"],
    minimum: 3,
  },
  {
    id: "wenjuanxing",
    name: { en: "Wenjuanxing (问卷星)", zh: "问卷星" },
    metadata: [
      "序号",
      "提交答卷时间",
      "所用时间",
      "来源",
      "来源详情",
      "来自IP",
      "总分",
      "用户ID",
      "答题序号",
    ],
    idColumns: ["序号"],
    minimum: 3,
  },
  {
    id: "tencent",
    name: { en: "Tencent Survey (腾讯问卷)", zh: "腾讯问卷" },
    metadata: [
      "编号",
      "开始答题时间",
      "结束答题时间",
      "答题时长",
      "地理位置国家和地区",
      "地理位置省",
      "地理位置市",
      "自定义字段",
      "IP",
      "用户类型",
      "用户标识",
      "昵称",
    ],
    idColumns: ["编号"],
    minimum: 3,
  },
];

const KEYED = SPECS.map((spec) => ({
  spec,
  metadata: new Set(spec.metadata.map(nameKey)),
  id: spec.idColumns.map(nameKey),
}));

export interface PlatformRecognition {
  /** The platform, when its columns say so unambiguously. */
  platform: PlatformId | null;
  /** Table columns (0-based) that are the platform's metadata, id column included. */
  metadata: number[];
  /** The platform's respondent id column, or null. */
  idColumn: number | null;
}

export function platformName(id: PlatformId): LocalisedText {
  return SPECS.find((spec) => spec.id === id)?.name ?? { en: id };
}

/** Every text a column's header rows hold, as comparison keys. */
function columnKeys(headers: string[], headerRows: string[][] | undefined, c: number): string[] {
  const keys = [nameKey(headers[c] ?? "")];
  for (const row of headerRows ?? []) keys.push(nameKey(row[c] ?? ""));
  return keys.filter((key) => key !== "");
}

/**
 * The platform whose metadata columns the table has (at least its minimum, and more of them
 * than any other platform's); Google Forms needs its "Timestamp" as the first column.
 */
export function recognisePlatform(headers: string[], headerRows?: string[][]): PlatformRecognition {
  const keys = headers.map((_, c) => columnKeys(headers, headerRows, c));
  let best: { entry: (typeof KEYED)[number]; columns: number[] } | null = null;
  let tie = false;
  for (const entry of KEYED) {
    const columns = keys.flatMap((k, c) => (k.some((key) => entry.metadata.has(key)) ? [c] : []));
    if (columns.length < entry.spec.minimum) continue;
    if (entry.spec.id === "googleForms" && !keys[0]?.includes(nameKey("Timestamp"))) {
      if (!keys[0]?.includes(nameKey("时间戳记"))) continue;
    }
    if (best === null || columns.length > best.columns.length) {
      best = { entry, columns };
      tie = false;
    } else if (columns.length === best.columns.length) {
      tie = true;
    }
  }
  if (best === null || tie) return { platform: null, metadata: [], idColumn: null };
  const { entry, columns } = best;
  let idColumn: number | null = null;
  for (const id of entry.id) {
    const c = keys.findIndex((k) => k.includes(id));
    if (c >= 0) {
      idColumn = c;
      break;
    }
  }
  return { platform: entry.spec.id, metadata: columns, idColumn };
}
